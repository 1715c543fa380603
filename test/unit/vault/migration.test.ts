import { beforeAll, describe, expect, it } from 'vitest';
import type { VaultHeader } from '../../../core/vault/header.ts';
import type { VaultKeys } from '../../../core/vault/keys.ts';
import {
  type MigrationBatchStore,
  type MigrationProgress,
  migrateToVault,
  type PlainOf,
  type SealedBatch,
} from '../../../core/vault/migration.ts';
import {
  isSealedRecord,
  openRecord,
  RECORD_KINDS,
  type RecordKind,
  type SealedOf,
} from '../../../core/vault/sealed-records.ts';
import { application, employee, employer, insats, newVault, provider } from './fixtures.ts';

type Stored = Record<RecordKind, Map<string, unknown>>;

/** A plain database as today's store writes it: insatser carry their employer and year. */
function plainDatabase(): Stored {
  const db = Object.fromEntries(RECORD_KINDS.map((k) => [k, new Map()])) as Stored;
  db.providers.set(provider.id, provider);
  for (let e = 0; e < 3; e++) {
    const employerId = `ag-${e}`;
    db.employers.set(employerId, { ...employer, id: employerId });
    for (let m = 0; m < 4; m++) {
      const employeeId = `m-${e}-${m}`;
      db.employees.set(employeeId, { ...employee, id: employeeId, employerId });
      for (let i = 0; i < 5; i++) {
        const id = `${employeeId}-${i}`;
        const stored: PlainOf['insatser'] = {
          ...insats,
          id,
          employeeId,
          cost: 100 * i,
          employerId,
          year: 2026,
        };
        db.insatser.set(id, stored);
      }
      db.applications.set(`a-${employeeId}`, {
        ...application,
        id: `a-${employeeId}`,
        employerId,
        employeeId,
        insatsIds: [`${employeeId}-0`],
      });
    }
  }
  return db;
}
const TOTAL = 1 + 3 + 12 + 60 + 12;

class Crash extends Error {}

/**
 * An in-memory store with real transactions (a commit applies all of it or nothing) and crashes
 * on demand: before a commit applies (an aborted transaction), or after it applied but before the
 * caller heard back (the browser closed during the callback).
 */
class FakeStore implements MigrationBatchStore {
  header: VaultHeader | undefined;
  progress: MigrationProgress | undefined;
  commits = 0;
  crashBeforeCommit = -1;
  crashAfterCommit = -1;
  crashBeforeBegin = false;
  constructor(public db: Stored) {}

  async readProgress() {
    return this.progress && structuredClone(this.progress);
  }
  async countPlain() {
    return RECORD_KINDS.reduce(
      (n, k) => n + [...this.db[k].values()].filter((v) => !isSealedRecord(v)).length,
      0,
    );
  }
  async begin(header: VaultHeader, progress: MigrationProgress) {
    if (this.crashBeforeBegin) throw new Crash('before begin');
    this.header = structuredClone(header);
    this.progress = structuredClone(progress);
  }
  async readPlainBatch<K extends RecordKind>(kind: K, limit: number) {
    return [...this.db[kind].entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, v]) => v)
      .filter((v) => !isSealedRecord(v))
      .slice(0, limit)
      .map((v) => structuredClone(v)) as PlainOf[K][];
  }
  async commitBatch<K extends RecordKind>(batch: SealedBatch<K>, progress: MigrationProgress) {
    const n = this.commits++;
    if (n === this.crashBeforeCommit) throw new Crash(`before commit ${n}`);
    const next = new Map(this.db[batch.kind]);
    for (const id of batch.remove) next.delete(id);
    for (const sealed of batch.put) next.set(sealed.id, structuredClone(sealed));
    this.db[batch.kind] = next;
    this.progress = structuredClone(progress);
    if (n === this.crashAfterCommit) throw new Crash(`after commit ${n}`);
  }
  async writeProgress(progress: MigrationProgress) {
    this.progress = structuredClone(progress);
  }
}

/** Every original record is stored exactly once, plain or sealed, and sealed ones open to it. */
async function expectIntact(store: FakeStore, keys: VaultKeys) {
  const original = plainDatabase();
  let sealedCount = 0;
  for (const kind of RECORD_KINDS) {
    const found = new Map<string, unknown>();
    for (const value of store.db[kind].values()) {
      let record: { id: string };
      if (isSealedRecord(value)) {
        sealedCount++;
        record = await openRecord(keys, kind, value as SealedOf<typeof kind>);
      } else {
        record = value as { id: string };
      }
      expect(found.has(record.id)).toBe(false);
      found.set(record.id, record);
    }
    const expected = [...original[kind].values()].map((r) => {
      if (kind !== 'insatser' || !isSealedStoredFor(store, kind, (r as { id: string }).id))
        return r;
      const { employerId: _e, year: _y, ...plain } = r as PlainOf['insatser'];
      return plain;
    });
    expect([...found.values()].sort(byId)).toEqual(expected.sort(byId));
  }
  // No sealed record without the header that unlocks it.
  if (sealedCount > 0) expect(store.header).toBeDefined();
  return sealedCount;
}
const byId = (a: unknown, b: unknown) =>
  (a as { id: string }).id < (b as { id: string }).id ? -1 : 1;
function isSealedStoredFor(store: FakeStore, kind: RecordKind, id: string) {
  return !store.db[kind].has(id);
}

let vault: Awaited<ReturnType<typeof newVault>>;
let other: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  [vault, other] = await Promise.all([newVault(), newVault()]);
});

const run = (store: FakeStore, keys = vault.keys, onProgress?: (p: MigrationProgress) => void) =>
  migrateToVault(store, vault.header, keys, {
    batchSize: 7,
    now: () => new Date('2026-12-01T10:00:00Z'),
    ...(onProgress ? { onProgress } : {}),
  });

describe('encrypting a plain database in place', () => {
  it('seals every record, keeps none plain, and stores the header first', async () => {
    const store = new FakeStore(plainDatabase());
    const seen: MigrationProgress[] = [];
    const done = await run(store, vault.keys, (p) => seen.push(p));
    expect(done).toMatchObject({ state: 'done', sealed: TOTAL, total: TOTAL });
    expect(await store.countPlain()).toBe(0);
    expect(await expectIntact(store, vault.keys)).toBe(TOTAL);
    expect(store.header).toEqual(vault.header);
    expect(seen[0]).toMatchObject({ state: 'running', sealed: 0, total: TOTAL });
    const counts = seen.map((p) => p.sealed);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('seals in batches, one transaction each', async () => {
    const store = new FakeStore(plainDatabase());
    await run(store);
    // ceil(1/7) + ceil(3/7) + ceil(12/7) + ceil(60/7) + ceil(12/7)
    expect(store.commits).toBe(1 + 1 + 2 + 9 + 2);
  });

  it('lists a sealed insats under its employer’s and employee’s opaque ids', async () => {
    const store = new FakeStore(plainDatabase());
    await run(store);
    const sealedEmployees = [...store.db.employees.values()] as SealedOf<'employees'>[];
    const sealedInsatser = [...store.db.insatser.values()] as SealedOf<'insatser'>[];
    for (const i of sealedInsatser) {
      const owner = sealedEmployees.find((e) => e.id === i.employeeId);
      expect(owner?.employerId).toBe(i.employerId);
      expect(i.year).toBe(2026);
    }
  });

  it('does nothing more once done', async () => {
    const store = new FakeStore(plainDatabase());
    await run(store);
    const commits = store.commits;
    expect((await run(store)).state).toBe('done');
    expect(store.commits).toBe(commits);
  });
});

describe('a migration that crashes', () => {
  it('before its start is stored leaves the database plain and without a header', async () => {
    const store = new FakeStore(plainDatabase());
    store.crashBeforeBegin = true;
    await expect(run(store)).rejects.toBeInstanceOf(Crash);
    expect(store.header).toBeUndefined();
    expect(await store.countPlain()).toBe(TOTAL);
    store.crashBeforeBegin = false;
    expect(await run(store)).toMatchObject({ state: 'done', sealed: TOTAL });
  });

  it('in the middle of a batch (an aborted transaction) loses nothing and resumes', async () => {
    const store = new FakeStore(plainDatabase());
    store.crashBeforeCommit = 6;
    await expect(run(store)).rejects.toBeInstanceOf(Crash);
    expect(store.progress?.state).toBe('running');
    const sealed = await expectIntact(store, vault.keys);
    expect(sealed).toBeGreaterThan(0);
    expect(sealed).toBeLessThan(TOTAL);
    const done = await run(store);
    expect(done).toMatchObject({ state: 'done', sealed: TOTAL });
    expect(await expectIntact(store, vault.keys)).toBe(TOTAL);
  });

  it('right after a batch committed (the answer lost) neither repeats nor skips it', async () => {
    const store = new FakeStore(plainDatabase());
    store.crashAfterCommit = 3;
    await expect(run(store)).rejects.toBeInstanceOf(Crash);
    await run(store);
    expect(await expectIntact(store, vault.keys)).toBe(TOTAL);
    expect(store.progress?.sealed).toBe(TOTAL);
  });

  it('at any commit, twice in a row, still ends with every record sealed exactly once', async () => {
    for (let at = 0; at < 15; at++) {
      const store = new FakeStore(plainDatabase());
      store.crashBeforeCommit = at;
      store.crashAfterCommit = at + 2;
      await expect(run(store)).rejects.toBeInstanceOf(Crash);
      await expectIntact(store, vault.keys);
      await run(store).catch((e: unknown) => {
        if (!(e instanceof Crash)) throw e;
      });
      await expectIntact(store, vault.keys);
      store.crashBeforeCommit = -1;
      store.crashAfterCommit = -1;
      await run(store);
      expect(await expectIntact(store, vault.keys)).toBe(TOTAL);
    }
  });

  it('refuses to resume under another vault’s keys, and changes nothing', async () => {
    const store = new FakeStore(plainDatabase());
    store.crashBeforeCommit = 4;
    await expect(run(store)).rejects.toBeInstanceOf(Crash);
    const before = await store.countPlain();
    await expect(
      migrateToVault(store, other.header, other.keys, { batchSize: 7 }),
    ).rejects.toMatchObject({ code: 'migration_other_vault' });
    expect(await store.countPlain()).toBe(before);
    expect(store.header?.vaultId).toBe(vault.header.vaultId);
  });
});
