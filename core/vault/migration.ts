/**
 * Encrypting an existing plain database in place, batch by batch, so that a crash, a closed
 * browser or a stopped service worker at any moment leaves a database that the next start simply
 * continues.
 *
 * The guarantees rest on the store's transactions, described by `MigrationBatchStore`:
 * 1. The vault header and a "running" progress entry are written together BEFORE any record is
 *    sealed: no sealed record ever exists without the header that unlocks it.
 * 2. Each batch deletes its plain records, puts their sealed versions and updates the progress in
 *    ONE transaction: a record is either plain or sealed, never lost and never both.
 * 3. Which records remain is read from the store (plain ones), not from the progress counter, so
 *    a batch committed just before a crash is never sealed twice and never skipped.
 * While the progress says "running", the store must refuse plain writes and ask for an unlock.
 */
import type { Insats } from '../schema/records.ts';
import { VaultError } from './errors.ts';
import type { VaultHeader } from './header.ts';
import type { VaultKeys } from './keys.ts';
import {
  RECORD_KINDS,
  type RecordKind,
  type RecordOf,
  type SealedOf,
  sealRecordOfKind,
} from './sealed-records.ts';

/** A plain record as today's store keeps it; an insats carries its listing fields. */
export interface PlainOf {
  providers: RecordOf['providers'];
  employers: RecordOf['employers'];
  employees: RecordOf['employees'];
  insatser: Insats & { employerId: string; year?: number };
  applications: RecordOf['applications'];
}

export interface MigrationProgress {
  /** The vault the records are sealed under: a resume with other keys must not mix two vaults. */
  vaultId: string;
  state: 'running' | 'done';
  /** Kinds with no plain record left. */
  doneKinds: RecordKind[];
  /** Records sealed so far, for "N of M" in the dashboard. */
  sealed: number;
  /** Plain records when the migration began. */
  total: number;
  startedAt: string;
  updatedAt: string;
}

export interface SealedBatch<K extends RecordKind> {
  kind: K;
  /** Ids of the plain records to delete. */
  remove: string[];
  /** The plain records as read, so a store can check that nobody changed them meanwhile. */
  plain: readonly PlainOf[K][];
  put: SealedOf<K>[];
}

/** What the migration needs from a store; the IndexedDB store and the tests' fake implement it. */
export interface MigrationBatchStore {
  readProgress(): Promise<MigrationProgress | undefined>;
  /** How many plain records there are, of every kind. */
  countPlain(): Promise<number>;
  /** The header and the first progress entry, in one transaction. */
  begin(header: VaultHeader, progress: MigrationProgress): Promise<void>;
  /** Up to `limit` records of `kind` that are still plain; sealed records are skipped. */
  readPlainBatch<K extends RecordKind>(kind: K, limit: number): Promise<PlainOf[K][]>;
  /** Deletes, puts and the progress in ONE transaction: all of it or none of it. */
  commitBatch<K extends RecordKind>(
    batch: SealedBatch<K>,
    progress: MigrationProgress,
  ): Promise<void>;
  writeProgress(progress: MigrationProgress): Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 500;

/** The kind to work on next, or undefined when every kind is done. */
export function nextKind(progress: MigrationProgress): RecordKind | undefined {
  return RECORD_KINDS.find((k) => !progress.doneKinds.includes(k));
}

/** The sealed versions of one batch of plain records. */
export async function sealBatch<K extends RecordKind>(
  keys: VaultKeys,
  kind: K,
  plain: readonly PlainOf[K][],
): Promise<SealedBatch<K>> {
  const put = await Promise.all(
    plain.map((record) => {
      if (kind !== 'insatser') return sealRecordOfKind(keys, kind, record as RecordOf[K]);
      const { employerId, year: _year, ...insats } = record as PlainOf['insatser'];
      return sealRecordOfKind(keys, kind, insats, { employerId });
    }),
  );
  return { kind, remove: plain.map((r) => r.id), plain, put: put as SealedOf<K>[] };
}

export interface MigrationOptions {
  batchSize?: number;
  now?: () => Date;
  onProgress?: (progress: MigrationProgress) => void;
}

/**
 * Runs (or resumes) the migration to the end. `header` is stored at the start of a new migration;
 * on a resume the stored progress decides, and keys of another vault are refused.
 */
export async function migrateToVault(
  store: MigrationBatchStore,
  header: VaultHeader,
  keys: VaultKeys,
  { batchSize = DEFAULT_BATCH_SIZE, now = () => new Date(), onProgress }: MigrationOptions = {},
): Promise<MigrationProgress> {
  if (keys.vaultId !== header.vaultId) throw new VaultError('migration_other_vault');
  let progress = await store.readProgress();
  if (progress && progress.vaultId !== keys.vaultId) throw new VaultError('migration_other_vault');
  if (progress?.state === 'done') return progress;
  if (!progress) {
    const at = now().toISOString();
    progress = {
      vaultId: keys.vaultId,
      state: 'running',
      doneKinds: [],
      sealed: 0,
      total: await store.countPlain(),
      startedAt: at,
      updatedAt: at,
    };
    await store.begin(header, progress);
  }
  onProgress?.(progress);
  for (let kind = nextKind(progress); kind; kind = nextKind(progress)) {
    const plain = await store.readPlainBatch(kind, batchSize);
    if (plain.length === 0) {
      progress = {
        ...progress,
        doneKinds: [...progress.doneKinds, kind],
        updatedAt: now().toISOString(),
      };
      await store.writeProgress(progress);
      continue;
    }
    const batch = await sealBatch(keys, kind, plain);
    const next: MigrationProgress = {
      ...progress,
      sealed: progress.sealed + batch.put.length,
      updatedAt: now().toISOString(),
    };
    await store.commitBatch(batch, next);
    progress = next;
    onProgress?.(progress);
  }
  progress = { ...progress, state: 'done', updatedAt: now().toISOString() };
  await store.writeProgress(progress);
  onProgress?.(progress);
  return progress;
}
