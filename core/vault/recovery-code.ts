/**
 * The recovery code shown once at setup: 160 random bits in Crockford's base32, 32 characters in
 * eight groups of four. Crockford's alphabet has no I, L, O or U, and reading maps the look-alikes
 * back, so a code copied by hand from paper still works.
 */
import { type Bytes, randomBytes } from './bytes.ts';

export const RECOVERY_CODE_BYTES = 20;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCode(): { code: string; bytes: Bytes } {
  const bytes = randomBytes(RECOVERY_CODE_BYTES);
  return { code: formatRecoveryCode(bytes), bytes };
}

export function formatRecoveryCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The code's bytes, or undefined when it is not 32 base32 characters (spaces and dashes aside). */
export function parseRecoveryCode(text: string): Bytes | undefined {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== (RECOVERY_CODE_BYTES * 8) / 5) return undefined;
  const bytes = new Uint8Array(RECOVERY_CODE_BYTES);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of chars) {
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes[at++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return bytes;
}
