import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countRecords,
  deleteEmployer,
  exportRecords,
  getInsats,
  InvalidRecordError,
  listEmployeesByEmployer,
  listInsatserByEmployee,
  listInsatserByEmployer,
  listInsatserByYear,
  loadEmployeeCase,
  MissingReferenceError,
  openRecordsDb,
  putEmployee,
  putInsats,
  RECORDS_DB_VERSION,
  type RecordsDb,
  replaceAllRecords,
  writeRecords,
} from '../../../core/store/records.ts';
import { sampleOf, sampleRecords } from './sample.ts';
import { openTestRecordsDb } from './test-db.ts';

let n = 0;
const opened: RecordsDb[] = [];
async function freshDb(): Promise<RecordsDb> {
  const db = await openTestRecordsDb(`store-test-${++n}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the records store', () => {
  it('gives back every record it was given, unchanged', async () => {
    const db = await freshDb();
    const records = sampleRecords();
    await writeRecords(db, records);
    const back = await exportRecords(db);
    const byId = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.insatser)).toEqual(byId(records.insatser));
    expect(byId(back.employees)).toEqual(byId(records.employees));
    expect(byId(back.employers)).toEqual(byId(records.employers));
    expect(back.providers).toEqual(records.providers);
    expect(back.applications).toEqual(records.applications);
  });

  it('lists employees by employer and insatser by employee, employer and year', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    expect((await listEmployeesByEmployer(db, 'ag-212000-0142')).map((e) => e.name)).toEqual([
      'Anna Andersson',
    ]);
    expect((await listInsatserByEmployee(db, 'm-anna')).map((i) => i.id)).toEqual(['i1', 'i2']);
    expect((await listInsatserByYear(db, 2025)).map((i) => i.id)).toEqual(['i3']);
    // Pages in a stable order: by id when plain, by opaque id when encrypted (sorting by the real
    // id would mean opening every insats of the employer for the first page).
    const page = await listInsatserByEmployer(db, 'ag-212000-0142', { limit: 1 });
    expect(page.total).toBe(2);
    expect(page.insatser).toHaveLength(1);
    const next = await listInsatserByEmployer(db, 'ag-212000-0142', { offset: 1, limit: 1 });
    expect([...page.insatser, ...next.insatser].map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    const again = await listInsatserByEmployer(db, 'ag-212000-0142', { limit: 1 });
    expect(again.insatser.map((i) => i.id)).toEqual(page.insatser.map((i) => i.id));
    const in2025 = await listInsatserByEmployer(db, 'ag-212000-0142', { year: 2025 });
    expect(in2025.total).toBe(0);
  });

  it('does not return the listing fields it adds to insatser', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    expect(Object.keys((await getInsats(db, 'i1')) ?? {})).not.toContain('employerId');
  });

  it('refuses an insats that fails its schema and names the field', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const bad = { ...sampleOf('insatser', 'i1'), id: 'i9', cost: -5 } as never;
    const error = await putInsats(db, bad).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.errors[0].sv).toBe('Kostnad: Beloppet får inte vara negativt.');
    expect(await getInsats(db, 'i9')).toBeUndefined();
  });

  it('refuses an insats for an employee that is not stored', async () => {
    const db = await freshDb();
    const error = await putInsats(db, {
      ...sampleOf('insatser', 'i1'),
      employeeId: 'nobody',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(MissingReferenceError);
  });

  it('lists an employee’s insatser under the new employer after the employee moves', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const anna = sampleOf('employees', 'm-anna');
    await putEmployee(db, { ...anna, employerId: 'ag-556012-3456' });
    expect((await listInsatserByEmployer(db, 'ag-556012-3456')).total).toBe(3);
    expect((await listInsatserByEmployer(db, 'ag-212000-0142')).total).toBe(0);
  });

  it('writes nothing at all when one insats in a batch points at an unknown employee', async () => {
    const db = await freshDb();
    const records = sampleRecords();
    records.insatser.push({ ...sampleOf('insatser', 'i1'), id: 'i-orphan', employeeId: 'nobody' });
    await expect(writeRecords(db, records)).rejects.toBeInstanceOf(MissingReferenceError);
    expect(await countRecords(db)).toEqual({
      providers: 0,
      employers: 0,
      employees: 0,
      insatser: 0,
      applications: 0,
    });
  });

  it('replaces everything on restore, dropping records that are not in the backup', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const only = sampleRecords();
    only.employers = only.employers.slice(0, 1);
    only.employees = only.employees.slice(0, 1);
    only.insatser = only.insatser.slice(0, 2);
    only.applications = [];
    await replaceAllRecords(db, only);
    expect(await countRecords(db)).toEqual({
      providers: 1,
      employers: 1,
      employees: 1,
      insatser: 2,
      applications: 0,
    });
  });

  it('deletes an employer together with its employees, insatser and applications', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    await deleteEmployer(db, 'ag-556012-3456');
    const counts = await countRecords(db);
    expect(counts).toMatchObject({ employers: 1, employees: 1, insatser: 2, applications: 0 });
  });

  it('loads one employee’s case with employer, provider, insatser and applications', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const kim = await loadEmployeeCase(db, 'm-kim');
    expect(kim?.employer.name).toBe('Verkstaden AB');
    expect(kim?.providers[0]?.name).toBe('Friskvårdarna FHV AB');
    expect(kim?.insatser.map((i) => i.id)).toEqual(['i3']);
    expect(kim?.applications.map((a) => a.id)).toEqual(['a1']);
    expect(await loadEmployeeCase(db, 'nobody')).toBeUndefined();
  });
});

describe('the store’s migration from layout version 1', () => {
  it('opens a database written by version 1 and lists its insatser by employer and year', async () => {
    const name = `v1-${Date.now()}`;
    // The version 1 layout, written as that version's code wrote it.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('providers', { keyPath: 'id' });
        db.createObjectStore('employers', { keyPath: 'id' }).createIndex(
          'byOrganisationsnummer',
          'organisationsnummer',
        );
        const employees = db.createObjectStore('employees', { keyPath: 'id' });
        employees.createIndex('byEmployer', 'employerId');
        employees.createIndex('byPersonnummer', 'personnummer');
        db.createObjectStore('insatser', { keyPath: 'id' }).createIndex('byEmployee', 'employeeId');
      },
    });
    const records = sampleRecords();
    for (const e of records.employers) await v1.put('employers', e);
    for (const e of records.employees) await v1.put('employees', e);
    for (const i of records.insatser) await v1.put('insatser', i);
    v1.close();

    const db = await openRecordsDb(name);
    opened.push(db);
    expect(db.version).toBe(RECORDS_DB_VERSION);
    expect((await listInsatserByEmployer(db, 'ag-212000-0142')).insatser.map((i) => i.id)).toEqual([
      'i1',
      'i2',
    ]);
    expect((await listInsatserByYear(db, 2025)).map((i) => i.id)).toEqual(['i3']);
    expect(await getInsats(db, 'i3')).toEqual(records.insatser[2]);
    expect((await countRecords(db)).applications).toBe(0);
  });
});
