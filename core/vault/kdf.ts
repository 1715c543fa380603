/**
 * The passphrase's key derivation: PBKDF2-HMAC-SHA-256 through WebCrypto.
 *
 * Why PBKDF2 and not Argon2id: WebCrypto has PBKDF2 in every browser, the MV3 service worker and
 * Node, with no dependency, no WebAssembly (which MV3 allows only with 'wasm-unsafe-eval' in the
 * extension's CSP) and no install script. Argon2id resists GPUs better; the iteration count and
 * the parameters stored with every header leave room to move to it in a later header version.
 *
 * OWASP Password Storage Cheat Sheet (cheatsheetseries.owasp.org, "PBKDF2", since 2023):
 * "PBKDF2-HMAC-SHA256: 600,000 iterations". Bitwarden's default is the same.
 */
import * as z from 'zod/mini';
import { type Bytes, fromBase64, randomBytes, toBase64, utf8 } from './bytes.ts';

/** OWASP's current minimum for PBKDF2-HMAC-SHA-256; fewer is refused when reading a header. */
export const OWASP_PBKDF2_SHA256_ITERATIONS = 600_000;
/** What a new vault or backup uses. Above OWASP's floor to land in 300–1000 ms on a 2-core PC. */
export const DEFAULT_PBKDF2_ITERATIONS = 1_000_000;
/** A ceiling, so that a crafted file cannot make the unlock hang for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;

export const KdfParamsSchema = z.object({
  name: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().check(z.int(), z.gte(1), z.lte(MAX_PBKDF2_ITERATIONS)),
  /** Base64, at least 16 bytes. */
  salt: z.string().check(z.minLength(24)),
});
export type KdfParams = z.output<typeof KdfParamsSchema>;

export function newKdfParams(iterations = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * Whether a header's or a backup's parameters are strong enough to trust. A weaker count in a
 * file is refused: it could be a downgrade planted to make a later guess cheaper.
 */
export const kdfStrongEnough = (kdf: KdfParams, floor = OWASP_PBKDF2_SHA256_ITERATIONS) =>
  kdf.iterations >= floor;

/**
 * The key that wraps the data key. Passphrases are NFC-normalised: "å" typed on a Mac and on
 * Windows can arrive as different code points and must unlock the same vault.
 */
export async function deriveWrappingKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * The key that wraps the data key for the recovery code. The code carries 160 random bits, so a
 * slow derivation would add nothing: HKDF only separates it from every other use.
 */
export async function deriveRecoveryKey(code: Bytes, salt: Bytes): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', code, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('stodkollen/vault/recovery/v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
