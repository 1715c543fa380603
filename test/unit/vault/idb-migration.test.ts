import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRecordsDb, type RecordsDb, writeRecords } from '../../../core/store/records.ts';
import {
  BatchChangedError,
  idbMigrationStore,
  readVaultHeader,
} from '../../../core/store/vault-batch-store.ts';
import { opaqueId } from '../../../core/vault/blind-index.ts';
import { unlockWithPassphrase } from '../../../core/vault/header.ts';
import { type MigrationBatchStore, migrateToVault } from '../../../core/vault/migration.ts';
import {
  isSealedRecord,
  openRecord,
  RECORD_KINDS,
  type SealedOf,
} from '../../../core/vault/sealed-records.ts';
import { sampleRecords } from '../records/sample.ts';
import { newVault, PASSPHRASE, readableText } from './fixtures.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let vault: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  vault = await newVault();
});

let n = 0;
const opened: RecordsDb[] = [];
/** A database written by today's store (layout v2), with today's sample records. */
async function todaysDatabase(): Promise<RecordsDb> {
  const db = await openRecordsDb(`vault-migration-${++n}-${Date.now()}`);
  opened.push(db);
  await writeRecords(db, sampleRecords());
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function everything(db: RecordsDb): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const kind of [...RECORD_KINDS, 'meta'] as const) all.push(...(await db.getAll(kind)));
  return all;
}

/** The store with a crash on the n-th commit, before or after it is applied. */
function crashing(store: MigrationBatchStore, at: number, when: 'before' | 'after') {
  let commits = 0;
  return {
    ...store,
    async commitBatch(...args: Parameters<MigrationBatchStore['commitBatch']>) {
      const mine = commits++;
      if (mine === at && when === 'before') throw new Error('crash');
      await store.commitBatch(...args);
      if (mine === at && when === 'after') throw new Error('crash');
    },
  } satisfies MigrationBatchStore;
}

describe('encrypting a database written by today’s version', () => {
  it('leaves no name, personnummer, organisationsnummer, cost or description in IndexedDB', async () => {
    const db = await todaysDatabase();
    const before = readableText(await everything(db));
    expect(before).toContain('Anna Andersson');
    await migrateToVault(idbMigrationStore(db), vault.header, vault.keys, { batchSize: 2 });
    const after = readableText(await everything(db));
    for (const secret of [
      'Anna',
      'Andersson',
      'Kim Karlsson',
      '19850712',
      '850712',
      '19900315',
      '212000-0142',
      '2120000142',
      '556012',
      'Exempelby',
      'Verkstaden',
      'Friskvårdarna',
      'Eva Ek',
      'Olle Berg',
      'psykolog',
      'Anna kan arbeta',
      '1850.5',
      'Samtalsbehandling',
    ]) {
      expect(after).not.toContain(secret);
    }
  });

  it('opens back to exactly the records it held, in a fresh unlock', async () => {
    const db = await todaysDatabase();
    await migrateToVault(idbMigrationStore(db), vault.header, vault.keys, { batchSize: 2 });
    const header = await readVaultHeader(db);
    if (!header) throw new Error('no header');
    const unlocked = await unlockWithPassphrase(header, PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.error.en);
    const sample = sampleRecords();
    for (const kind of RECORD_KINDS) {
      const stored = await db.getAll(kind);
      expect(stored.every(isSealedRecord)).toBe(true);
      const records = await Promise.all(
        stored.map((s) => openRecord(unlocked.keys, kind, s as unknown as SealedOf<typeof kind>)),
      );
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect([...records].sort(byId)).toEqual([...sample[kind]].sort(byId));
    }
  });

  it('keeps today’s indexes working, with opaque ids as the keys', async () => {
    const db = await todaysDatabase();
    await migrateToVault(idbMigrationStore(db), vault.header, vault.keys, { batchSize: 2 });
    const employer = await opaqueId(vault.keys, 'employers', 'ag-212000-0142');
    const employee = await opaqueId(vault.keys, 'employees', 'm-anna');
    expect(await db.countFromIndex('insatser', 'byEmployer', employer)).toBe(2);
    expect(await db.countFromIndex('insatser', 'byEmployee', employee)).toBe(2);
    expect(await db.countFromIndex('insatser', 'byEmployerYear', [employer, 2026])).toBe(2);
    expect(await db.countFromIndex('employees', 'byEmployer', employer)).toBe(1);
    expect(await db.countFromIndex('insatser', 'byEmployer', 'ag-212000-0142')).toBe(0);
  });

  it('resumes after a crash before or after any commit, losing and doubling nothing', async () => {
    for (const when of ['before', 'after'] as const) {
      for (let at = 0; at < 6; at++) {
        const db = await todaysDatabase();
        const store = idbMigrationStore(db);
        await expect(
          migrateToVault(crashing(store, at, when), vault.header, vault.keys, { batchSize: 1 }),
        ).rejects.toThrow('crash');
        const progress = await store.readProgress();
        expect(progress?.state).toBe('running');
        const done = await migrateToVault(store, vault.header, vault.keys, { batchSize: 1 });
        expect(done).toMatchObject({ state: 'done', sealed: 9, total: 9 });
        expect((await everything(db)).filter(isSealedRecord)).toHaveLength(9);
        expect(await store.countPlain()).toBe(0);
      }
    }
  });

  it('drops a batch whose records were changed while it was being sealed', async () => {
    const db = await todaysDatabase();
    const store = idbMigrationStore(db);
    const meddling: MigrationBatchStore = {
      ...store,
      async commitBatch(batch, progress) {
        if (batch.kind === 'employees') {
          const kim = await db.get('employees', 'm-kim');
          if (kim) await db.put('employees', { ...kim, name: 'Kim Ändrad' });
        }
        await store.commitBatch(batch, progress);
      },
    };
    await expect(
      migrateToVault(meddling, vault.header, vault.keys, { batchSize: 5 }),
    ).rejects.toBeInstanceOf(BatchChangedError);
    expect((await db.get('employees', 'm-kim'))?.name).toBe('Kim Ändrad');
    await migrateToVault(store, vault.header, vault.keys, { batchSize: 5 });
    const sealed = (await db.getAll('employees')) as unknown as SealedOf<'employees'>[];
    const names = await Promise.all(
      sealed.map(async (s) => (await openRecord(vault.keys, 'employees', s)).name),
    );
    expect(names.sort()).toEqual(['Anna Andersson', 'Kim Ändrad']);
  });
});
