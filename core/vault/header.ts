/**
 * The vault header: the one record stored in plain sight that makes the others readable. It holds
 * the KDF parameters and salt, the data key wrapped under the passphrase and under the recovery
 * code, and a verifier. Changing the passphrase re-wraps the data key and rewrites only this
 * header; the records stay as they are.
 *
 * Without the passphrase or the recovery code there is no way back: nothing else can unwrap the
 * data key, by design.
 */
import * as z from 'zod/mini';
import {
  type Bytes,
  fromBase64,
  fromUtf8,
  randomBytes,
  toBase64,
  toBase64Url,
  utf8,
} from './bytes.ts';
import { failure, type VaultResult } from './errors.ts';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveRecoveryKey,
  deriveWrappingKey,
  KdfParamsSchema,
  kdfStrongEnough,
  newKdfParams,
  SALT_BYTES,
} from './kdf.ts';
import { DATA_KEY_BYTES, VaultKeys } from './keys.ts';
import { newRecoveryCode, parseRecoveryCode } from './recovery-code.ts';
import { additionalData, decryptBytes, encryptBytes, type SealedBox } from './seal.ts';

export const VAULT_HEADER_FORMAT = 'stodkollen-vault';
export const VAULT_HEADER_VERSION = 1;
/** The shortest passphrase accepted: with PBKDF2 the passphrase's own length is most of the work. */
export const MIN_PASSPHRASE_LENGTH = 12;

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const BoxTextSchema = z.object({ iv: base64, data: base64 });
export type BoxText = z.output<typeof BoxTextSchema>;

export const VaultHeaderSchema = z.object({
  format: z.literal(VAULT_HEADER_FORMAT),
  version: z.literal(VAULT_HEADER_VERSION),
  /** Random, base64url: binds the wrapped keys and the verifier to this vault. */
  vaultId: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  /** ISO date-time of the setup. */
  createdAt: z.string(),
  kdf: KdfParamsSchema,
  /** The data key under the key derived from the passphrase. */
  passphrase: BoxTextSchema,
  /** The data key under the key derived from the recovery code. */
  recovery: z.object({ salt: base64, iv: base64, data: base64 }),
  /** A known text under the record key: proves that an unwrapped key is this vault's key. */
  verifier: BoxTextSchema,
});
export type VaultHeader = z.output<typeof VaultHeaderSchema>;

const VERIFIER_TEXT = 'stodkollen-vault-verifier';

const boxToText = (box: SealedBox): BoxText => ({ iv: toBase64(box.iv), data: toBase64(box.data) });
function boxFromText(box: BoxText): SealedBox | undefined {
  try {
    return { iv: fromBase64(box.iv), data: fromBase64(box.data) };
  } catch {
    return undefined;
  }
}

const passphraseAad = (vaultId: string) => additionalData('vault/passphrase/v1', vaultId);
const recoveryAad = (vaultId: string) => additionalData('vault/recovery/v1', vaultId);
const verifierAad = (vaultId: string) => additionalData('vault/verifier/v1', vaultId);

/** A header from storage or a file: its shape, its version and a KDF cost we accept. */
export function parseVaultHeader(value: unknown): VaultResult<{ header: VaultHeader }> {
  const head = value as { format?: unknown; version?: unknown } | null;
  if (head && typeof head === 'object' && head.format === VAULT_HEADER_FORMAT) {
    if (typeof head.version === 'number' && head.version > VAULT_HEADER_VERSION) {
      return failure('header_too_new');
    }
  }
  const parsed = VaultHeaderSchema.safeParse(value);
  if (!parsed.success) return failure('header_invalid');
  if (!kdfStrongEnough(parsed.data.kdf)) return failure('kdf_too_weak');
  return { ok: true, header: parsed.data };
}

export function checkNewPassphrase(passphrase: string): VaultResult<object> {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    return failure('passphrase_too_short');
  }
  return { ok: true };
}

async function wrapForPassphrase(
  keys: VaultKeys,
  passphrase: string,
  iterations: number,
): Promise<Pick<VaultHeader, 'kdf' | 'passphrase'>> {
  const kdf = newKdfParams(iterations);
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  const box = await encryptBytes(
    wrappingKey,
    keys.dataKeyForWrapping(),
    passphraseAad(keys.vaultId),
  );
  return { kdf, passphrase: boxToText(box) };
}

async function wrapForRecovery(
  keys: VaultKeys,
): Promise<{ recovery: VaultHeader['recovery']; recoveryCode: string }> {
  const { code, bytes } = newRecoveryCode();
  const salt = randomBytes(SALT_BYTES);
  const box = await encryptBytes(
    await deriveRecoveryKey(bytes, salt),
    keys.dataKeyForWrapping(),
    recoveryAad(keys.vaultId),
  );
  bytes.fill(0);
  return { recovery: { salt: toBase64(salt), ...boxToText(box) }, recoveryCode: code };
}

export interface NewVault {
  header: VaultHeader;
  keys: VaultKeys;
  /** Shown to the user once, never stored. */
  recoveryCode: string;
}

/** Setup: a new random data key, wrapped under the passphrase and a new recovery code. */
export async function createVault(
  passphrase: string,
  { iterations = DEFAULT_PBKDF2_ITERATIONS, now = new Date() } = {},
): Promise<VaultResult<NewVault>> {
  const checked = checkNewPassphrase(passphrase);
  if (!checked.ok) return checked;
  const vaultId = toBase64Url(randomBytes(16));
  const keys = await VaultKeys.fromDataKey(vaultId, VaultKeys.generateDataKey());
  const [wrapped, recovery, verifier] = await Promise.all([
    wrapForPassphrase(keys, passphrase, iterations),
    wrapForRecovery(keys),
    encryptBytes(keys.recordKey, utf8(VERIFIER_TEXT), verifierAad(vaultId)),
  ]);
  const header: VaultHeader = {
    format: VAULT_HEADER_FORMAT,
    version: VAULT_HEADER_VERSION,
    vaultId,
    createdAt: now.toISOString(),
    ...wrapped,
    recovery: recovery.recovery,
    verifier: boxToText(verifier),
  };
  return { ok: true, header, keys, recoveryCode: recovery.recoveryCode };
}

/** Whether `keys` are this vault's keys (after a restart from `storage.session`, say). */
export async function keysMatchHeader(header: VaultHeader, keys: VaultKeys): Promise<boolean> {
  if (keys.vaultId !== header.vaultId) return false;
  const box = boxFromText(header.verifier);
  if (!box) return false;
  const plain = await decryptBytes(keys.recordKey, box, verifierAad(header.vaultId));
  return plain !== undefined && fromUtf8(plain) === VERIFIER_TEXT;
}

async function keysFromWrapped(
  header: VaultHeader,
  wrappingKey: CryptoKey,
  box: BoxText,
  aad: Bytes,
): Promise<VaultKeys | undefined> {
  const sealed = boxFromText(box);
  if (!sealed) return undefined;
  const dataKey = await decryptBytes(wrappingKey, sealed, aad);
  if (dataKey?.length !== DATA_KEY_BYTES) return undefined;
  const keys = await VaultKeys.fromDataKey(header.vaultId, dataKey);
  dataKey.fill(0);
  return (await keysMatchHeader(header, keys)) ? keys : undefined;
}

/** Unlock. A wrong passphrase is an answer with a bilingual message, never an exception. */
export async function unlockWithPassphrase(
  header: VaultHeader,
  passphrase: string,
): Promise<VaultResult<{ keys: VaultKeys }>> {
  if (!kdfStrongEnough(header.kdf)) return failure('kdf_too_weak');
  const wrappingKey = await deriveWrappingKey(passphrase, header.kdf);
  const keys = await keysFromWrapped(
    header,
    wrappingKey,
    header.passphrase,
    passphraseAad(header.vaultId),
  );
  return keys ? { ok: true, keys } : failure('wrong_passphrase');
}

export async function unlockWithRecoveryCode(
  header: VaultHeader,
  recoveryCode: string,
): Promise<VaultResult<{ keys: VaultKeys }>> {
  const code = parseRecoveryCode(recoveryCode);
  if (!code) return failure('recovery_code_malformed');
  let salt: Bytes;
  try {
    salt = fromBase64(header.recovery.salt);
  } catch {
    return failure('header_invalid');
  }
  const wrappingKey = await deriveRecoveryKey(code, salt);
  code.fill(0);
  const keys = await keysFromWrapped(
    header,
    wrappingKey,
    header.recovery,
    recoveryAad(header.vaultId),
  );
  return keys ? { ok: true, keys } : failure('wrong_recovery_code');
}

/**
 * A new passphrase for unlocked keys (after the old passphrase or the recovery code unlocked
 * them): a new salt, the same data key re-wrapped, the recovery code unchanged. The records are
 * not touched.
 */
export async function rewrapWithPassphrase(
  header: VaultHeader,
  keys: VaultKeys,
  newPassphrase: string,
  { iterations = Math.max(header.kdf.iterations, DEFAULT_PBKDF2_ITERATIONS) } = {},
): Promise<VaultResult<{ header: VaultHeader }>> {
  const checked = checkNewPassphrase(newPassphrase);
  if (!checked.ok) return checked;
  if (!(await keysMatchHeader(header, keys))) return failure('header_invalid');
  return {
    ok: true,
    header: { ...header, ...(await wrapForPassphrase(keys, newPassphrase, iterations)) },
  };
}

/** The passphrase change the user makes: the current passphrase proves who asks. */
export async function changePassphrase(
  header: VaultHeader,
  currentPassphrase: string,
  newPassphrase: string,
): Promise<VaultResult<{ header: VaultHeader; keys: VaultKeys }>> {
  if (currentPassphrase.normalize('NFC') === newPassphrase.normalize('NFC')) {
    return failure('passphrase_same');
  }
  const checked = checkNewPassphrase(newPassphrase);
  if (!checked.ok) return checked;
  const unlocked = await unlockWithPassphrase(header, currentPassphrase);
  if (!unlocked.ok) return unlocked;
  const rewrapped = await rewrapWithPassphrase(header, unlocked.keys, newPassphrase);
  return rewrapped.ok ? { ...rewrapped, keys: unlocked.keys } : rewrapped;
}

/**
 * A new recovery code, when the old one was used or may have been seen. The old code stops
 * working once the returned header is stored.
 */
export async function replaceRecoveryCode(
  header: VaultHeader,
  keys: VaultKeys,
): Promise<VaultResult<{ header: VaultHeader; recoveryCode: string }>> {
  if (!(await keysMatchHeader(header, keys))) return failure('header_invalid');
  const { recovery, recoveryCode } = await wrapForRecovery(keys);
  return { ok: true, header: { ...header, recovery }, recoveryCode };
}
