/**
 * How the records are read and written: one transaction per call that also bumps the revision,
 * sealed (encrypted) or plain, each record checked against its schema on the way in, the register's
 * summaries of the employers it touched recomputed in it (core/store/summaries.ts); and the meta
 * store (dates of the last backup and import).
 */
import { type IDBPTransaction, type StoreNames, unwrap } from 'idb';
import type * as z from 'zod/mini';
import { todayIso, yearOf } from '../i18n/dates.ts';
import { toFieldErrors } from '../schema/errors.ts';
import { PARSE } from '../schema/issue-reason.ts';
import type { Insats } from '../schema/records.ts';
import { VaultError } from '../vault/errors.ts';
import type { VaultKeys } from '../vault/keys.ts';
import type { RecordKind } from '../vault/sealed-records.ts';
import { abandon } from './abandon.ts';
import {
  InvalidRecordError,
  RECORD_STORES,
  type RecordStore,
  type RecordsDb,
  type RecordsSchema,
  StaleRecordsError,
  type StoredInsats,
  type WriteOptions,
} from './records-layout.ts';
import { refreshSummaries, SummaryTouch } from './summaries.ts';
import { SealedView, sealedMode } from './vault-access.ts';
import { VAULT_HEADER_KEY } from './vault-batch-store.ts';

export function checked<T>(schema: z.ZodMiniType, record: unknown): T {
  const result = schema.safeParse(record, PARSE);
  if (!result.success) throw new InvalidRecordError(toFieldErrors(result.error.issues));
  return result.data as T;
}

/** The record without the listing fields the store adds. */
export function withoutListingFields(stored: StoredInsats): Insats {
  const { employerId: _e, year: _y, ...insats } = stored;
  return insats;
}

export function toStored(insats: Insats, employerId: string): StoredInsats {
  return { ...insats, employerId, year: yearOf(insats.performedOn) };
}

export type WriteTx = IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction that also bumps the revision: either all of it is
 * written, revision included, or nothing is. `body` may await only requests of `tx` (anything else
 * would let IndexedDB commit the transaction early).
 */
export async function write<T>(
  db: RecordsDb,
  stores: RecordStore[],
  { expectedRevision }: WriteOptions,
  body: (tx: WriteTx, touch: SummaryTouch) => Promise<T>,
): Promise<T> {
  const keys = await sealedMode(db);
  if (keys) return sealedWrite(db, keys, stores, { expectedRevision }, body);
  // Every record store: the summaries of the touched employers are recomputed from them.
  const tx = db.transaction(
    [...new Set([...stores, ...RECORD_STORES]), 'summaries', 'meta'] as RecordStore[],
    'readwrite',
  ) as unknown as WriteTx;
  try {
    const [meta, header] = await Promise.all([
      tx.objectStore('meta').get('revision'),
      tx.objectStore('meta').get(VAULT_HEADER_KEY),
    ]);
    // A vault set up in another tab since the check above: no plain record may join sealed ones.
    if (header) throw new VaultError('locked');
    const revision = meta?.key === 'revision' ? meta.value : 0;
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new StaleRecordsError(expectedRevision, revision);
    }
    const touch = new SummaryTouch();
    const result = await body(tx, touch);
    await refreshSummaries(tx, touch);
    await tx.objectStore('meta').put({ key: 'revision', value: revision + 1 });
    await tx.done;
    return result;
  } catch (error) {
    return abandon(tx, error);
  }
}

/**
 * A task's pause: lets WebCrypto's finished work be taken up between two employers' summaries.
 * A message, not `setTimeout`, which browsers hold back to 4 ms once timers nest.
 */
function pauseForCrypto(): Promise<void> {
  if (typeof MessageChannel !== 'function') {
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How often a sealed write runs its logic again when another write came in between. */
const SEALED_WRITE_ATTEMPTS = 5;

/**
 * `write` on sealed records: the same logic runs on a view that opens sealed records and stages
 * writes; the staged records are sealed outside any transaction and committed in one, which
 * first checks the revision did not move since the logic read (see core/store/vault-access.ts).
 */
export async function sealedWrite<T>(
  db: RecordsDb,
  keys: VaultKeys,
  stores: RecordStore[],
  { expectedRevision }: WriteOptions,
  body: (tx: WriteTx, touch: SummaryTouch) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const revision = await getRevision(db);
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new StaleRecordsError(expectedRevision, revision);
    }
    const view = new SealedView(db, keys);
    const touch = new SummaryTouch();
    const result = await body(view.asTransaction() as WriteTx, touch);
    // The records are sealed (on WebCrypto's thread) while the summaries are computed here.
    const sealing = view.sealStaged({ summaries: false });
    sealing.catch(() => {});
    await refreshSummaries(view.asTransaction() as WriteTx, touch, todayIso(), pauseForCrypto);
    const changes = [...(await sealing), ...(await view.sealStaged({ summaries: true }))];
    const kinds = [...new Set([...stores, ...changes.map((c) => c.kind)])];
    const tx = db.transaction([...kinds, 'meta'] as RecordStore[], 'readwrite');
    // biome-ignore lint/suspicious/noExplicitAny: sealed values in stores typed for plain records
    const store = (kind: RecordKind) => tx.objectStore(kind) as any;
    try {
      const [meta, header] = await Promise.all([
        tx.objectStore('meta').get('revision'),
        tx.objectStore('meta').get(VAULT_HEADER_KEY) as Promise<
          { value: { vaultId: string } } | undefined
        >,
      ]);
      if (header?.value.vaultId !== keys.vaultId) throw new VaultError('locked');
      const now = meta?.key === 'revision' ? meta.value : 0;
      if (now !== revision) {
        if (expectedRevision !== undefined || attempt >= SEALED_WRITE_ATTEMPTS) {
          throw new StaleRecordsError(expectedRevision ?? revision, now);
        }
        tx.abort();
        await tx.done.catch(() => {});
        continue;
      }
      // The native stores: a promise per request costs more than the put itself at 10 000 records.
      // A failed request aborts the transaction, and `tx.done` rejects with it.
      for (const change of changes) {
        const native = unwrap(store(change.kind)) as unknown as IDBObjectStore;
        if (change.clear) native.clear();
        for (const id of change.remove) native.delete(id);
        for (const sealed of change.put) native.put(sealed);
      }
      await tx.objectStore('meta').put({ key: 'revision', value: revision + 1 });
      await tx.done;
      return result;
    } catch (error) {
      return abandon(tx, error);
    }
  }
}

/** A read-only view of sealed records, or undefined when the records are unencrypted. */
export async function sealedView(db: RecordsDb): Promise<SealedView | undefined> {
  const keys = await sealedMode(db);
  return keys && new SealedView(db, keys, { listing: false });
}

/**
 * Runs reads of sealed records until no write came in between: they are not one transaction
 * (opening a record is a WebCrypto promise), and the revision tells whether they saw one state.
 */
export async function consistently<T>(
  db: RecordsDb,
  read: () => Promise<T>,
): Promise<{ value: T; revision: number }> {
  for (let attempt = 1; ; attempt++) {
    const revision = await getRevision(db);
    const value = await read();
    const after = await getRevision(db);
    // Out of attempts: the earlier revision, so that a write based on these reads is refused.
    if (after === revision || attempt >= SEALED_WRITE_ATTEMPTS) return { value, revision };
  }
}

/** The revision of the records: compare it before and after to know whether anything changed. */
export async function getRevision(db: RecordsDb): Promise<number> {
  const meta = await db.get('meta', 'revision');
  return meta?.key === 'revision' ? meta.value : 0;
}

// Providers

// Meta

export async function getMeta(
  db: RecordsDb,
  key: 'lastBackupAt' | 'lastImportAt',
): Promise<string | undefined> {
  const entry = await db.get('meta', key);
  return entry && typeof entry.value === 'string' ? entry.value : undefined;
}
export async function setMeta(
  db: RecordsDb,
  key: 'lastBackupAt' | 'lastImportAt',
  value: string,
): Promise<void> {
  await db.put('meta', { key, value });
}
