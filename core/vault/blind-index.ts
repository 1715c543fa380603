/**
 * Keyed lookups that reveal nothing without the data key: HMAC-SHA-256 under the index key
 * (derived from the data key with HKDF), over the normalised value and the name of what it is.
 * Never an unkeyed hash: a personnummer has so few possible values that SHA-256 of one is
 * reversed by trying every birth date and serial.
 *
 * Also the opaque ids: today's record ids contain an organisationsnummer or a personnummer
 * (`m-<orgnr>-<personnummer>`), so the id a sealed record is stored under is the HMAC of its
 * real id, which itself stays inside the sealed content.
 */
import { parsePersonnummer } from '../ids/index.ts';
import { toBase64Url, utf8 } from './bytes.ts';
import type { VaultKeys } from './keys.ts';

/** 128 bits: ample against collisions among a provider's records, and short index keys. */
const INDEX_BYTES = 16;

export type BlindField = 'personnummer' | 'name' | 'organisationsnummer';

export function normaliseForIndex(field: BlindField, value: string): string {
  const text = value.normalize('NFC').trim();
  if (field === 'personnummer') {
    const parsed = parsePersonnummer(text);
    return parsed.ok ? parsed.normalized : text.replace(/\D/g, '');
  }
  if (field === 'organisationsnummer') return text.replace(/\D/g, '');
  return text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
}

async function hmac(keys: VaultKeys, parts: string[]): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.indexKey, utf8(JSON.stringify(parts)));
  return toBase64Url(new Uint8Array(mac, 0, INDEX_BYTES));
}

export const blindIndex = (keys: VaultKeys, field: BlindField, value: string): Promise<string> =>
  hmac(keys, ['blind/v1', field, normaliseForIndex(field, value)]);

/**
 * The blind index entries of a name: the whole name and each word, so that "Karin" and "Karin
 * Lind" both find "Karin Lind". Only whole words: substring search runs on the decrypted records in
 * memory after unlock.
 */
export async function nameIndex(keys: VaultKeys, name: string): Promise<string[]> {
  const whole = normaliseForIndex('name', name);
  const words = whole.split(/[\s-]+/).filter(Boolean);
  const entries = [...new Set([whole, ...words])];
  return Promise.all(entries.map((e) => hmac(keys, ['blind/v1', 'name', e])));
}

/** The id a record of `kind` is stored and referred to under, while encrypted. */
export async function opaqueId(keys: VaultKeys, kind: string, id: string): Promise<string> {
  const cacheKey = `${kind}\u0000${id}`;
  const cached = keys.opaqueIdCache.get(cacheKey);
  if (cached) return cached;
  const opaque = await hmac(keys, ['id/v1', kind, id]);
  keys.opaqueIdCache.set(cacheKey, opaque);
  return opaque;
}
