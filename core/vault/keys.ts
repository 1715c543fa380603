/**
 * The unlocked vault's keys. One random 256-bit data key is the only secret that is wrapped and
 * stored; every working key is derived from it with HKDF under its own label, so no key serves two
 * algorithms (AES-GCM for records and backups, HMAC for opaque ids and blind indexes).
 * The working keys are non-extractable CryptoKeys; the raw data key stays inside this object and
 * leaves it only through `toSessionSecret`, for the background's `storage.session`.
 */
import { type Bytes, fromBase64, randomBytes, toBase64, utf8 } from './bytes.ts';

export const DATA_KEY_BYTES = 32;

async function hkdf(
  root: CryptoKey,
  label: string,
  algorithm: AesKeyGenParams | HmacKeyGenParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(label) },
    root,
    algorithm,
    false,
    usages,
  );
}

export class VaultKeys {
  #dataKey: Bytes;
  /** Opaque ids already computed in this unlocked session: an import repeats each employer's. */
  readonly opaqueIdCache = new Map<string, string>();

  private constructor(
    readonly vaultId: string,
    dataKey: Bytes,
    /** AES-GCM-256 for record contents. */
    readonly recordKey: CryptoKey,
    /** AES-GCM-256 for backup files. */
    readonly backupKey: CryptoKey,
    /** HMAC-SHA-256 for opaque ids and blind indexes. */
    readonly indexKey: CryptoKey,
  ) {
    this.#dataKey = dataKey;
  }

  static async fromDataKey(vaultId: string, dataKey: Bytes): Promise<VaultKeys> {
    if (dataKey.length !== DATA_KEY_BYTES) throw new Error('data key must be 32 bytes');
    const root = await crypto.subtle.importKey('raw', dataKey, 'HKDF', false, ['deriveKey']);
    const aes = { name: 'AES-GCM', length: 256 } as const;
    const [recordKey, backupKey, indexKey] = await Promise.all([
      hkdf(root, 'stodkollen/vault/records/aes-gcm/v1', aes, ['encrypt', 'decrypt']),
      hkdf(root, 'stodkollen/vault/backup/aes-gcm/v1', aes, ['encrypt', 'decrypt']),
      hkdf(root, 'stodkollen/vault/index/hmac-sha-256/v1', { name: 'HMAC', hash: 'SHA-256' }, [
        'sign',
      ]),
    ]);
    return new VaultKeys(vaultId, new Uint8Array(dataKey), recordKey, backupKey, indexKey);
  }

  static generateDataKey(): Bytes {
    return randomBytes(DATA_KEY_BYTES);
  }

  /** The data key itself, for wrapping under a passphrase or a recovery code. */
  dataKeyForWrapping(): Bytes {
    return new Uint8Array(this.#dataKey);
  }

  /**
   * The data key as text for `chrome.storage.session` (memory only, cleared when the browser
   * closes), so that the MV3 background survives its own restarts while unlocked.
   * Never for `storage.local` or IndexedDB.
   */
  toSessionSecret(): string {
    return `${this.vaultId}.${toBase64(this.#dataKey)}`;
  }

  static fromSessionSecret(secret: string): Promise<VaultKeys> {
    const [vaultId, key] = secret.split('.');
    if (!vaultId || !key) throw new Error('not a session secret');
    return VaultKeys.fromDataKey(vaultId, fromBase64(key));
  }

  /** On lock: overwrite the copy this object holds; the CryptoKeys go with the object. */
  wipe(): void {
    this.#dataKey.fill(0);
    this.opaqueIdCache.clear();
  }
}
