/**
 * What only the encrypted store does: nothing readable on disk, no access without the keys,
 * writes that meet another write in between, and the lookups through blind indexes.
 * (Every other guarantee of the store is tested on both kinds of store: *.encrypted.test.ts.)
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  attachVaultKeys,
  deleteEmployee,
  deleteInsats,
  deleteProvider,
  exportRecords,
  findEmployeesByName,
  findEmployeesByPersonnummer,
  findEmployerByOrganisationsnummer,
  getEmployee,
  getRevision,
  listEmployers,
  listInsatser,
  listInsatserByEmployer,
  openRecordsDb,
  putEmployee,
  putEmployer,
  putInsats,
  RECORDS_DB_VERSION,
  type RecordsDb,
  writeRecords,
} from '../../../core/store/records.ts';
import { idbMigrationStore, VAULT_PROGRESS_KEY } from '../../../core/store/vault-batch-store.ts';
import { opaqueId } from '../../../core/vault/blind-index.ts';
import { VaultError } from '../../../core/vault/errors.ts';
import { unlockWithPassphrase } from '../../../core/vault/header.ts';
import { migrateToVault } from '../../../core/vault/migration.ts';
import { RECORD_KINDS } from '../../../core/vault/sealed-records.ts';
import { newVault, PASSPHRASE, readableText } from '../vault/fixtures.ts';
import { sampleRecords } from './sample.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let vault: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  vault = await newVault();
});

let n = 0;
const opened: RecordsDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
async function open(name: string): Promise<RecordsDb> {
  const db = await openRecordsDb(name);
  opened.push(db);
  return db;
}
async function encrypted(): Promise<RecordsDb> {
  const db = await open(`store-vault-${++n}-${Date.now()}`);
  await migrateToVault(idbMigrationStore(db), vault.header, vault.keys);
  attachVaultKeys(db, vault.keys);
  return db;
}
async function everything(db: RecordsDb): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const kind of [...RECORD_KINDS, 'meta'] as const) all.push(...(await db.getAll(kind)));
  return all;
}

/** Deletes every insats naming the provider, then the provider (refused while one names it). */
async function deleteInsatserThenProvider(db: RecordsDb): Promise<void> {
  for (const i of await listInsatser(db)) {
    if (i.providerId === 'p1') await deleteInsats(db, i.id);
  }
  await deleteProvider(db, 'p1');
}

describe('the encrypted store', () => {
  it('writes no name, personnummer, organisationsnummer or insats detail to IndexedDB', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    const anna = sampleRecords().employees[0];
    if (!anna) throw new Error('sample');
    await putEmployee(db, { ...anna, name: 'Anna Lind' });
    const text = readableText(await everything(db));
    for (const secret of [
      'Anna',
      'Andersson',
      'Lind',
      'Kim Karlsson',
      '19850712',
      '850712',
      '212000-0142',
      '2120000142',
      'Exempelby',
      'Friskvårdarna',
      'Eva Ek',
      'psykolog',
      '12000',
      'm-anna',
      'ag-212000',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect((await getEmployee(db, 'm-anna'))?.name).toBe('Anna Lind');
  });

  it('refuses every read and write without the keys, and writes nothing', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    const revision = await getRevision(db);
    const before = await everything(db);
    const [employer] = sampleRecords().employers;
    if (!employer) throw new Error('sample');
    attachVaultKeys(db, undefined);
    for (const call of [
      () => listEmployers(db),
      () => getEmployee(db, 'm-anna'),
      () => exportRecords(db),
      () => listInsatserByEmployer(db, 'ag-212000-0142'),
      () => putEmployer(db, { ...employer, name: 'X' }),
      () => deleteEmployee(db, 'm-anna'),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'locked', sv: 'Lås upp Stödkollen' });
    }
    expect(await getRevision(db)).toBe(revision);
    expect(await everything(db)).toEqual(before);
  });

  it('refuses the keys of another vault', async () => {
    const db = await encrypted();
    const other = await newVault();
    attachVaultKeys(db, other.keys);
    await expect(listEmployers(db)).rejects.toBeInstanceOf(VaultError);
  });

  it('refuses records while the first encryption has not finished', async () => {
    const db = await open(`store-vault-running-${++n}`);
    await writeRecords(db, sampleRecords());
    const store = idbMigrationStore(db);
    await store.begin(vault.header, {
      vaultId: vault.keys.vaultId,
      state: 'running',
      doneKinds: [],
      sealed: 0,
      total: 9,
      startedAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
    });
    attachVaultKeys(db, vault.keys);
    await expect(listEmployers(db)).rejects.toMatchObject({ code: 'migration_interrupted' });
    await migrateToVault(store, vault.header, vault.keys);
    expect((await db.get('meta', VAULT_PROGRESS_KEY))?.value).toMatchObject({ state: 'done' });
    expect((await listEmployers(db)).map((e) => e.id)).toEqual([
      'ag-212000-0142',
      'ag-556012-3456',
    ]);
  });

  it('opens with the keys unlocked from the stored header, as after a restart', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    const unlocked = await unlockWithPassphrase(vault.header, PASSPHRASE);
    if (!unlocked.ok) throw new Error('unlock');
    const again = await open(db.name);
    attachVaultKeys(again, unlocked.keys);
    expect(await exportRecords(again)).toEqual(await exportRecords(db));
  });

  it('keeps both of two writes made at once from two tabs', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    const other = await open(db.name);
    attachVaultKeys(other, vault.keys);
    const [anna, kim] = sampleRecords().employees;
    if (!anna || !kim) throw new Error('sample');
    await Promise.all([
      putEmployee(db, { ...anna, name: 'Anna Lind' }),
      putEmployee(other, { ...kim, name: 'Kim Berg' }),
    ]);
    expect((await getEmployee(db, 'm-anna'))?.name).toBe('Anna Lind');
    expect((await getEmployee(db, 'm-kim'))?.name).toBe('Kim Berg');
  });

  it('keeps references whole when two tabs race: a provider deleted while an insats names it', async () => {
    for (let round = 0; round < 4; round++) {
      const db = await encrypted();
      await writeRecords(db, sampleRecords());
      const other = await open(db.name);
      attachVaultKeys(other, vault.keys);
      const [insats] = sampleRecords().insatser;
      if (!insats) throw new Error('sample');
      const naming = { ...insats, id: `i-new-${round}`, providerId: 'p1' };
      // Neither write sees the other's result when its checks run; the revision decides.
      const [deleted, put] = await Promise.allSettled([
        deleteInsatserThenProvider(db),
        putInsats(other, naming),
      ]);
      const records = await exportRecords(db);
      const providerKept = records.providers.some((p) => p.id === 'p1');
      const named = records.insatser.filter((i) => i.providerId === 'p1');
      // Whatever the order: never an insats naming a provider that is gone.
      if (!providerKept) expect(named).toEqual([]);
      expect(deleted.status === 'fulfilled' && put.status === 'fulfilled').toBe(false);
    }
  });

  it('re-seals an employee’s insatser under the new employer when they move', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    const anna = sampleRecords().employees[0];
    if (!anna) throw new Error('sample');
    await putEmployee(db, { ...anna, employerId: 'ag-556012-3456' });
    const moved = await opaqueId(vault.keys, 'employers', 'ag-556012-3456');
    const raw = await db.getAllFromIndex('insatser', 'byEmployer', moved);
    expect(raw).toHaveLength(3);
    const page = await listInsatserByEmployer(db, 'ag-556012-3456');
    expect(page.insatser.map((i) => i.id).sort()).toEqual(['i1', 'i2', 'i3']);
    expect((await listInsatserByEmployer(db, 'ag-212000-0142')).total).toBe(0);
  });

  it('finds employees by personnummer and name, and employers by organisationsnummer', async () => {
    const db = await encrypted();
    await writeRecords(db, sampleRecords());
    expect((await findEmployeesByPersonnummer(db, '19850712-1237')).map((e) => e.id)).toEqual([
      'm-anna',
    ]);
    expect(await findEmployeesByPersonnummer(db, '19850712-0000')).toEqual([]);
    expect((await findEmployeesByName(db, 'anna')).map((e) => e.id)).toEqual(['m-anna']);
    expect((await findEmployeesByName(db, 'Kim  Karlsson')).map((e) => e.id)).toEqual(['m-kim']);
    expect(await findEmployeesByName(db, 'Ann')).toEqual([]);
    expect((await findEmployerByOrganisationsnummer(db, '212000-0142'))?.id).toBe('ag-212000-0142');
  });
});

describe('the unencrypted store', () => {
  it('finds employees by a word of their name, as the encrypted one does', async () => {
    const db = await open(`store-plain-${++n}`);
    await writeRecords(db, sampleRecords());
    expect((await findEmployeesByName(db, 'anna')).map((e) => e.id)).toEqual(['m-anna']);
    expect(await findEmployeesByName(db, 'Ann')).toEqual([]);
  });
});

describe('the store’s layout 3', () => {
  it('opens a database written by layout 2 with its records, and adds the blind-index lookups', async () => {
    const name = `v2-${Date.now()}`;
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('providers', { keyPath: 'id' });
        const employers = db.createObjectStore('employers', { keyPath: 'id' });
        employers.createIndex('byOrganisationsnummer', 'organisationsnummer');
        const employees = db.createObjectStore('employees', { keyPath: 'id' });
        employees.createIndex('byEmployer', 'employerId');
        employees.createIndex('byPersonnummer', 'personnummer');
        const insatser = db.createObjectStore('insatser', { keyPath: 'id' });
        insatser.createIndex('byEmployee', 'employeeId');
        insatser.createIndex('byEmployer', 'employerId');
        insatser.createIndex('byYear', 'year');
        insatser.createIndex('byEmployerYear', ['employerId', 'year']);
        const applications = db.createObjectStore('applications', { keyPath: 'id' });
        applications.createIndex('byEmployer', 'employerId');
        applications.createIndex('byEmployee', 'employeeId');
        applications.createIndex('byYear', 'year');
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    const records = sampleRecords();
    for (const e of records.employers) await v2.put('employers', e);
    for (const e of records.employees) await v2.put('employees', e);
    const employerOf = new Map(records.employees.map((e) => [e.id, e.employerId]));
    for (const i of records.insatser) {
      await v2.put('insatser', {
        ...i,
        employerId: employerOf.get(i.employeeId),
        year: Number(i.performedOn.slice(0, 4)),
      });
    }
    v2.close();

    const db = await open(name);
    expect(db.version).toBe(RECORDS_DB_VERSION);
    expect([...db.transaction('employees').store.indexNames]).toContain('byNameIndex');
    expect(db.transaction('employees').store.index('byNameIndex').multiEntry).toBe(true);
    expect([...db.transaction('employers').store.indexNames]).toContain('byOrgnrIndex');
    expect((await listInsatserByEmployer(db, 'ag-212000-0142')).insatser.map((i) => i.id)).toEqual([
      'i1',
      'i2',
    ]);
    // And it encrypts like any other.
    await migrateToVault(idbMigrationStore(db), vault.header, vault.keys);
    attachVaultKeys(db, vault.keys);
    expect((await findEmployeesByName(db, 'Kim')).map((e) => e.id)).toEqual(['m-kim']);
  });
});
