/**
 * The vault migration's batch store over the records database (IndexedDB through idb): the glue
 * between `core/vault/migration.ts` and today's layout. It relies only on what every layout so far
 * has: one object store per record kind with key path `id`, and a `meta` store with key path
 * `key`. The header and the progress live in `meta`, in the same database as the records, so that
 * writing the header and the first progress entry is one transaction.
 *
 * Today's indexes keep working on sealed records, with opaque values: insatser by employee,
 * employer, year and employer and year; employees by employer; applications by employer, employee
 * and year. The lookups by identifier (employees by personnummer, employers by
 * organisationsnummer) need new indexes on `personnummerIndex` and `orgnrIndex` in the next layout.
 */
import type { IDBPDatabase } from 'idb';
import type { VaultHeader } from '../vault/header.ts';
import type {
  MigrationBatchStore,
  MigrationProgress,
  PlainOf,
  SealedBatch,
} from '../vault/migration.ts';
import { isSealedRecord, RECORD_KINDS, type RecordKind } from '../vault/sealed-records.ts';
import { abandon } from './abandon.ts';

export const VAULT_HEADER_KEY = 'vault.header';
export const VAULT_PROGRESS_KEY = 'vault.migration';

// The records database's own type knows nothing of the vault's meta entries; this glue works on
// the layout's shape instead (stores named by kind, key path `id`; `meta` with key path `key`).
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = IDBPDatabase<any>;

/** A batch whose plain records changed between reading and committing: read it again. */
export class BatchChangedError extends Error {
  constructor() {
    super('records changed during the migration batch');
    this.name = 'BatchChangedError';
  }
}

export async function readVaultHeader(db: AnyDb): Promise<VaultHeader | undefined> {
  return (await db.get('meta', VAULT_HEADER_KEY))?.value as VaultHeader | undefined;
}

/** Only for a passphrase change or a new recovery code: the data key stays the same. */
export async function writeVaultHeader(db: AnyDb, header: VaultHeader): Promise<void> {
  await db.put('meta', { key: VAULT_HEADER_KEY, value: header });
}

export function idbMigrationStore(db: AnyDb): MigrationBatchStore {
  return {
    async readProgress() {
      return (await db.get('meta', VAULT_PROGRESS_KEY))?.value as MigrationProgress | undefined;
    },

    async countPlain() {
      const tx = db.transaction([...RECORD_KINDS]);
      let plain = 0;
      for (const kind of RECORD_KINDS) {
        let cursor = await tx.objectStore(kind).openCursor();
        while (cursor) {
          if (!isSealedRecord(cursor.value)) plain++;
          cursor = await cursor.continue();
        }
      }
      await tx.done;
      return plain;
    },

    async begin(header, progress) {
      // The register's summaries (v4) are plain until now: gone with the header, rebuilt sealed.
      const summaries = db.objectStoreNames.contains('summaries');
      const tx = db.transaction(summaries ? ['meta', 'summaries'] : ['meta'], 'readwrite');
      await Promise.all([
        tx.objectStore('meta').put({ key: VAULT_HEADER_KEY, value: header }),
        tx.objectStore('meta').put({ key: VAULT_PROGRESS_KEY, value: progress }),
        ...(summaries ? [tx.objectStore('summaries').clear()] : []),
        tx.done,
      ]);
    },

    async readPlainBatch<K extends RecordKind>(kind: K, limit: number) {
      const batch: PlainOf[K][] = [];
      const tx = db.transaction(kind);
      let cursor = await tx.store.openCursor();
      while (cursor && batch.length < limit) {
        if (!isSealedRecord(cursor.value)) batch.push(cursor.value as PlainOf[K]);
        cursor = await cursor.continue();
      }
      await tx.done;
      return batch;
    },

    async commitBatch<K extends RecordKind>(batch: SealedBatch<K>, progress: MigrationProgress) {
      const tx = db.transaction([batch.kind, 'meta'], 'readwrite');
      const store = tx.objectStore(batch.kind);
      try {
        // Sealing ran outside any transaction (WebCrypto promises would end it). Nothing may
        // have been written meanwhile; if something was, this batch is dropped and read again.
        const reads = await Promise.all(batch.remove.map((id) => store.get(id)));
        reads.forEach((current, i) => {
          if (JSON.stringify(current) !== JSON.stringify(batch.plain[i])) {
            throw new BatchChangedError();
          }
        });
        for (const id of batch.remove) store.delete(id);
        for (const sealed of batch.put) store.put(sealed);
        tx.objectStore('meta').put({ key: VAULT_PROGRESS_KEY, value: progress });
        await tx.done;
      } catch (error) {
        return abandon(tx, error);
      }
    },

    async writeProgress(progress) {
      await db.put('meta', { key: VAULT_PROGRESS_KEY, value: progress });
    },
  };
}
