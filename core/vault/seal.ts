/**
 * AES-GCM with a fresh random 96-bit IV for every write. The tag authenticates the ciphertext and
 * the additional data together: a box opened under the wrong additional data, or with one bit
 * changed anywhere, yields nothing rather than garbage.
 * Random IVs are safe for far more writes than a provider makes under one key (NIST SP 800-38D
 * allows 2^32 random IVs per key).
 */
import { type Bytes, fromUtf8, randomBytes, utf8 } from './bytes.ts';

export const IV_BYTES = 12;

export interface SealedBox {
  iv: Bytes;
  data: Bytes;
}

export async function encryptBytes(
  key: CryptoKey,
  plaintext: Bytes,
  additionalData: Bytes,
): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plaintext);
  return { iv, data: new Uint8Array(data) };
}

/** The plaintext, or undefined when the key, the additional data or any byte is not right. */
export async function decryptBytes(
  key: CryptoKey,
  box: SealedBox,
  additionalData: Bytes,
): Promise<Bytes | undefined> {
  if (box.iv.length !== IV_BYTES) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: box.iv, additionalData },
      key,
      box.data,
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

export const sealJson = (key: CryptoKey, value: unknown, additionalData: Bytes) =>
  encryptBytes(key, utf8(JSON.stringify(value)), additionalData);

export async function openJson(
  key: CryptoKey,
  box: SealedBox,
  additionalData: Bytes,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const plain = await decryptBytes(key, box, additionalData);
  if (!plain) return { ok: false };
  return { ok: true, value: JSON.parse(fromUtf8(plain)) };
}

/**
 * Additional data as one unambiguous byte string: a JSON array, so that ("a", "bc") and ("ab",
 * "c") differ and a field can never be read as its neighbour.
 */
export const additionalData = (...parts: (string | number | null)[]): Bytes =>
  utf8(JSON.stringify(parts));
