/**
 * The records database for the store tests: plain, or encrypted when a test file sets
 * `encryptStore()` before importing the tests (the *.encrypted.test.ts files), so the same tests
 * prove the store's guarantees on both.
 */
import { openDB } from 'idb';
import {
  attachedVaultKeys,
  attachVaultKeys,
  openRecordsDb,
  type RecordsDb,
} from '../../../core/store/records.ts';
import { idbMigrationStore } from '../../../core/store/vault-batch-store.ts';
import { opaqueId } from '../../../core/vault/blind-index.ts';
import type { NewVault } from '../../../core/vault/header.ts';
import { migrateToVault } from '../../../core/vault/migration.ts';
import {
  type RecordKind,
  type RecordOf,
  sealRecordOfKind,
} from '../../../core/vault/sealed-records.ts';
import { newVault } from '../vault/fixtures.ts';

const FLAG = '__stodkollenEncryptedStoreTests';
const flags = globalThis as unknown as Record<string, boolean | undefined>;

export function encryptStore(): void {
  flags[FLAG] = true;
}

export const storeIsEncrypted = (): boolean => flags[FLAG] === true;

// One vault per test file: the KDF is deliberately slow.
let vault: Promise<NewVault> | undefined;

export async function openTestRecordsDb(name: string): Promise<RecordsDb> {
  const db = await openRecordsDb(name);
  if (storeIsEncrypted()) {
    vault ??= newVault();
    const { header, keys } = await vault;
    // The real setup path: the (empty) database goes through the migration, then is unlocked.
    await migrateToVault(idbMigrationStore(db), header, keys);
    attachVaultKeys(db, keys);
  }
  return db;
}

/**
 * Writes around the store, as an older version's bug or a hand edit would: sealed under the
 * store's keys when it is encrypted, so that only the store's own checks are missing.
 */
export async function putAroundStore(db: RecordsDb, kind: RecordKind, record: unknown) {
  const keys = attachedVaultKeys(db);
  const raw = await openDB(db.name);
  await raw.put(
    kind,
    keys ? await sealRecordOfKind(keys, kind, record as RecordOf[RecordKind]) : record,
  );
  raw.close();
}

export async function deleteAroundStore(db: RecordsDb, kind: RecordKind, id: string) {
  const keys = attachedVaultKeys(db);
  const raw = await openDB(db.name);
  await raw.delete(kind, keys ? await opaqueId(keys, kind, id) : id);
  raw.close();
}
