/**
 * The provider's records in IndexedDB (through `idb`): providers, employers, employees, insatser
 * and applications, plus a small `meta` store (date of the last backup).
 *
 * Opened only by extension pages and the background: a content script would open FK's site
 * storage instead of the extension's.
 *
 * Stable API (the prefill feature reads records through it):
 *   openRecordsDb(name?)                      → RecordsDb
 *   get<Kind>(db, id), list<Kinds>(db), put<Kind>(db, record), delete<Kind>(db, id)
 *   listEmployeesByEmployer, listInsatserByEmployee, listInsatserByEmployer, listInsatserByYear,
 *   listApplicationsByEmployer, listApplicationsByEmployee
 *   loadEmployeeCase(db, employeeId)          → everything about one employee (see EmployeeCase)
 *   exportRecords(db) / replaceAllRecords(db, records) / putRecords(db, records): one transaction
 *
 * Layout versions:
 *   v1: providers, employers, employees (byEmployer), insatser (byEmployee).
 *   v2: insatser carry `employerId` and `year` (indexes byEmployer, byYear, byEmployerYear);
 *       applications (byEmployer, byEmployee, byYear); meta. The upgrade fills the new fields of
 *       insatser written by v1.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import type * as z from 'zod/mini';
import type { EmployeeCase } from '../documents/employee-case.ts';
import { yearOf } from '../i18n/dates.ts';
import type { FieldError } from '../schema/errors.ts';
import { toFieldErrors } from '../schema/errors.ts';
import {
  type Application,
  ApplicationSchema,
  type Employee,
  EmployeeSchema,
  type Employer,
  EmployerSchema,
  type Insats,
  InsatsSchema,
  type Provider,
  ProviderSchema,
} from '../schema/records.ts';

export const RECORDS_DB_NAME = 'stodkollen-records';
export const RECORDS_DB_VERSION = 2;

/** An insats as stored: the record plus the employer and year it is listed under. */
export type StoredInsats = Insats & { employerId: string; year: number };

export interface MetaEntry {
  key: 'lastBackupAt' | 'lastImportAt';
  /** ISO date-time. */
  value: string;
}

export interface RecordsSchema extends DBSchema {
  providers: { key: string; value: Provider };
  employers: { key: string; value: Employer; indexes: { byOrganisationsnummer: string } };
  employees: {
    key: string;
    value: Employee;
    indexes: { byEmployer: string; byPersonnummer: string };
  };
  insatser: {
    key: string;
    value: StoredInsats;
    indexes: {
      byEmployee: string;
      byEmployer: string;
      byYear: number;
      byEmployerYear: [string, number];
    };
  };
  applications: {
    key: string;
    value: Application;
    indexes: { byEmployer: string; byEmployee: string; byYear: number };
  };
  meta: { key: string; value: MetaEntry };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;
export type RecordStore = StoreNames<RecordsSchema>;
export const RECORD_STORES = [
  'providers',
  'employers',
  'employees',
  'insatser',
  'applications',
] as const satisfies readonly RecordStore[];

/** All records, as exported in a backup and written by an import. */
export interface RecordsSet {
  providers: Provider[];
  employers: Employer[];
  employees: Employee[];
  insatser: Insats[];
  applications: Application[];
}

/** A record that does not pass its schema; `errors` say which field and why, in both languages. */
export class InvalidRecordError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.en).join(' '));
    this.name = 'InvalidRecordError';
  }
}

/** A record that points at an employer or employee that is not stored. */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: 'employerId' | 'employeeId',
    readonly id: string,
  ) {
    super(`Missing ${field}`);
    this.name = 'MissingReferenceError';
  }
}

export function openRecordsDb(name: string = RECORDS_DB_NAME): Promise<RecordsDb> {
  return openDB<RecordsSchema>(name, RECORDS_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('providers', { keyPath: 'id' });
        const employers = db.createObjectStore('employers', { keyPath: 'id' });
        employers.createIndex('byOrganisationsnummer', 'organisationsnummer');
        const employees = db.createObjectStore('employees', { keyPath: 'id' });
        employees.createIndex('byEmployer', 'employerId');
        employees.createIndex('byPersonnummer', 'personnummer');
        const insatser = db.createObjectStore('insatser', { keyPath: 'id' });
        insatser.createIndex('byEmployee', 'employeeId');
      }
      if (oldVersion < 2) {
        const insatser = tx.objectStore('insatser');
        insatser.createIndex('byEmployer', 'employerId');
        insatser.createIndex('byYear', 'year');
        insatser.createIndex('byEmployerYear', ['employerId', 'year']);
        const applications = db.createObjectStore('applications', { keyPath: 'id' });
        applications.createIndex('byEmployer', 'employerId');
        applications.createIndex('byEmployee', 'employeeId');
        applications.createIndex('byYear', 'year');
        db.createObjectStore('meta', { keyPath: 'key' });
        if (oldVersion === 1) await fillInsatsListingFields(tx);
      }
    },
  });
}

/** v1 → v2: every stored insats gets the employer of its employee and its year. */
async function fillInsatsListingFields(
  tx: IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'versionchange'>,
): Promise<void> {
  const employees = await tx.objectStore('employees').getAll();
  const employerOf = new Map(employees.map((e) => [e.id, e.employerId]));
  let cursor = await tx.objectStore('insatser').openCursor();
  while (cursor) {
    const insats = cursor.value as Insats & Partial<StoredInsats>;
    await cursor.update({
      ...insats,
      employerId: employerOf.get(insats.employeeId) ?? '',
      year: yearOf(insats.performedOn),
    });
    cursor = await cursor.continue();
  }
}

function checked<T>(schema: z.ZodMiniType, record: unknown): T {
  const result = schema.safeParse(record);
  if (!result.success) throw new InvalidRecordError(toFieldErrors(result.error.issues));
  return result.data as T;
}

/** The record without the listing fields the store adds. */
export function withoutListingFields(stored: StoredInsats): Insats {
  const { employerId: _e, year: _y, ...insats } = stored;
  return insats;
}

function toStored(insats: Insats, employerId: string): StoredInsats {
  return { ...insats, employerId, year: yearOf(insats.performedOn) };
}

// Providers

export const getProvider = (db: RecordsDb, id: string) => db.get('providers', id);
export const listProviders = (db: RecordsDb) => db.getAll('providers');
export async function putProvider(db: RecordsDb, provider: Provider): Promise<Provider> {
  const valid = checked<Provider>(ProviderSchema, provider);
  await db.put('providers', valid);
  return valid;
}
export const deleteProvider = (db: RecordsDb, id: string) => db.delete('providers', id);

// Employers

export const getEmployer = (db: RecordsDb, id: string) => db.get('employers', id);
export const listEmployers = (db: RecordsDb) => db.getAll('employers');
export const findEmployerByOrganisationsnummer = (db: RecordsDb, orgnr: string) =>
  db.getFromIndex('employers', 'byOrganisationsnummer', orgnr);
export async function putEmployer(db: RecordsDb, employer: Employer): Promise<Employer> {
  const valid = checked<Employer>(EmployerSchema, employer);
  await db.put('employers', valid);
  return valid;
}
/** Deletes the employer with its employees, their insatser and applications. */
export async function deleteEmployer(db: RecordsDb, id: string): Promise<void> {
  const tx = db.transaction(['employers', 'employees', 'insatser', 'applications'], 'readwrite');
  const employees = await tx.objectStore('employees').index('byEmployer').getAllKeys(id);
  for (const employeeId of employees) await tx.objectStore('employees').delete(employeeId);
  for (const key of await tx.objectStore('insatser').index('byEmployer').getAllKeys(id)) {
    await tx.objectStore('insatser').delete(key);
  }
  for (const key of await tx.objectStore('applications').index('byEmployer').getAllKeys(id)) {
    await tx.objectStore('applications').delete(key);
  }
  await tx.objectStore('employers').delete(id);
  await tx.done;
}

// Employees

export const getEmployee = (db: RecordsDb, id: string) => db.get('employees', id);
export const listEmployees = (db: RecordsDb) => db.getAll('employees');
export const listEmployeesByEmployer = (db: RecordsDb, employerId: string) =>
  db.getAllFromIndex('employees', 'byEmployer', employerId);
export const findEmployeesByPersonnummer = (db: RecordsDb, personnummer: string) =>
  db.getAllFromIndex('employees', 'byPersonnummer', personnummer);
export async function putEmployee(db: RecordsDb, employee: Employee): Promise<Employee> {
  const valid = checked<Employee>(EmployeeSchema, employee);
  const tx = db.transaction(['employers', 'employees', 'insatser'], 'readwrite');
  if (!(await tx.objectStore('employers').getKey(valid.employerId))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new MissingReferenceError('employerId', valid.employerId);
  }
  const before = await tx.objectStore('employees').get(valid.id);
  await tx.objectStore('employees').put(valid);
  // Moving an employee to another employer moves the listing of their insatser with them.
  if (before && before.employerId !== valid.employerId) {
    const insatser = await tx.objectStore('insatser').index('byEmployee').getAll(valid.id);
    for (const i of insatser)
      await tx.objectStore('insatser').put({ ...i, employerId: valid.employerId });
  }
  await tx.done;
  return valid;
}
/** Deletes the employee with their insatser and applications. */
export async function deleteEmployee(db: RecordsDb, id: string): Promise<void> {
  const tx = db.transaction(['employees', 'insatser', 'applications'], 'readwrite');
  for (const key of await tx.objectStore('insatser').index('byEmployee').getAllKeys(id)) {
    await tx.objectStore('insatser').delete(key);
  }
  for (const key of await tx.objectStore('applications').index('byEmployee').getAllKeys(id)) {
    await tx.objectStore('applications').delete(key);
  }
  await tx.objectStore('employees').delete(id);
  await tx.done;
}

// Insatser

export async function getInsats(db: RecordsDb, id: string): Promise<Insats | undefined> {
  const stored = await db.get('insatser', id);
  return stored && withoutListingFields(stored);
}
export async function listInsatser(db: RecordsDb): Promise<Insats[]> {
  return (await db.getAll('insatser')).map(withoutListingFields);
}
export async function listInsatserByEmployee(db: RecordsDb, employeeId: string): Promise<Insats[]> {
  return (await db.getAllFromIndex('insatser', 'byEmployee', employeeId)).map(withoutListingFields);
}
export async function listInsatserByYear(db: RecordsDb, year: number): Promise<Insats[]> {
  return (await db.getAllFromIndex('insatser', 'byYear', year)).map(withoutListingFields);
}

export interface PageOptions {
  /** Only insatser carried out in this year. */
  year?: number;
  /** Rows to skip. */
  offset?: number;
  /** Page size; 50 unless given. */
  limit?: number;
}

/** One page of an employer's insatser, in id order, with the total count for paging. */
export async function listInsatserByEmployer(
  db: RecordsDb,
  employerId: string,
  { year, offset = 0, limit = 50 }: PageOptions = {},
): Promise<{ insatser: Insats[]; total: number }> {
  const tx = db.transaction('insatser');
  const index =
    year === undefined ? tx.store.index('byEmployer') : tx.store.index('byEmployerYear');
  const query =
    year === undefined ? IDBKeyRange.only(employerId) : IDBKeyRange.only([employerId, year]);
  const total = await index.count(query);
  const insatser: Insats[] = [];
  let cursor = await index.openCursor(query);
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && insatser.length < limit) {
    insatser.push(withoutListingFields(cursor.value));
    cursor = await cursor.continue();
  }
  await tx.done;
  return { insatser, total };
}

export async function putInsats(db: RecordsDb, insats: Insats): Promise<Insats> {
  const valid = checked<Insats>(InsatsSchema, insats);
  const tx = db.transaction(['employees', 'insatser'], 'readwrite');
  const employee = await tx.objectStore('employees').get(valid.employeeId);
  if (!employee) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new MissingReferenceError('employeeId', valid.employeeId);
  }
  await tx.objectStore('insatser').put(toStored(valid, employee.employerId));
  await tx.done;
  return valid;
}
export const deleteInsats = (db: RecordsDb, id: string) => db.delete('insatser', id);

// Applications

export const getApplication = (db: RecordsDb, id: string) => db.get('applications', id);
export const listApplications = (db: RecordsDb) => db.getAll('applications');
export const listApplicationsByEmployer = (db: RecordsDb, employerId: string) =>
  db.getAllFromIndex('applications', 'byEmployer', employerId);
export const listApplicationsByEmployee = (db: RecordsDb, employeeId: string) =>
  db.getAllFromIndex('applications', 'byEmployee', employeeId);
export async function putApplication(
  db: RecordsDb,
  application: Application,
): Promise<Application> {
  const valid = checked<Application>(ApplicationSchema, application);
  await db.put('applications', valid);
  return valid;
}
export const deleteApplication = (db: RecordsDb, id: string) => db.delete('applications', id);

// One employee's case

/** Everything about one employee: the input of the estimate, the 7026 report and the invoice basis. */
export async function loadEmployeeCase(
  db: RecordsDb,
  employeeId: string,
): Promise<EmployeeCase | undefined> {
  const tx = db.transaction(['providers', 'employers', 'employees', 'insatser', 'applications']);
  const employee = await tx.objectStore('employees').get(employeeId);
  if (!employee) return undefined;
  const [employer, providers, insatser, applications] = await Promise.all([
    tx.objectStore('employers').get(employee.employerId),
    tx.objectStore('providers').getAll(),
    tx.objectStore('insatser').index('byEmployee').getAll(employeeId),
    tx.objectStore('applications').index('byEmployee').getAll(employeeId),
  ]);
  if (!employer) return undefined;
  return {
    employer,
    employee,
    providers,
    insatser: insatser.map(withoutListingFields),
    applications,
  };
}

/**
 * Every employee's case, of one employer when `employerId` is given: the input of the yearly cap
 * usage and the deadlines overview. Reads in one transaction.
 */
export async function loadEmployeeCases(
  db: RecordsDb,
  employerId?: string,
): Promise<EmployeeCase[]> {
  const tx = db.transaction(['providers', 'employers', 'employees', 'insatser', 'applications']);
  const [providers, employers, employees, insatser, applications] = await Promise.all([
    tx.objectStore('providers').getAll(),
    tx.objectStore('employers').getAll(),
    employerId === undefined
      ? tx.objectStore('employees').getAll()
      : tx.objectStore('employees').index('byEmployer').getAll(employerId),
    employerId === undefined
      ? tx.objectStore('insatser').getAll()
      : tx.objectStore('insatser').index('byEmployer').getAll(employerId),
    employerId === undefined
      ? tx.objectStore('applications').getAll()
      : tx.objectStore('applications').index('byEmployer').getAll(employerId),
  ]);
  await tx.done;
  const employerById = new Map(employers.map((e) => [e.id, e]));
  const insatserOf = groupBy(insatser, (i) => i.employeeId);
  const applicationsOf = groupBy(applications, (a) => a.employeeId);
  const cases: EmployeeCase[] = [];
  for (const employee of employees) {
    const employer = employerById.get(employee.employerId);
    if (!employer) continue;
    cases.push({
      employer,
      employee,
      providers,
      insatser: (insatserOf.get(employee.id) ?? []).map(withoutListingFields),
      applications: applicationsOf.get(employee.id) ?? [],
    });
  }
  return cases;
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = map.get(k);
    if (list) list.push(x);
    else map.set(k, [x]);
  }
  return map;
}

// Whole sets: import, backup, restore

export async function exportRecords(db: RecordsDb): Promise<RecordsSet> {
  const tx = db.transaction([...RECORD_STORES]);
  const [providers, employers, employees, insatser, applications] = await Promise.all([
    tx.objectStore('providers').getAll(),
    tx.objectStore('employers').getAll(),
    tx.objectStore('employees').getAll(),
    tx.objectStore('insatser').getAll(),
    tx.objectStore('applications').getAll(),
  ]);
  await tx.done;
  return {
    providers,
    employers,
    employees,
    insatser: insatser.map(withoutListingFields),
    applications,
  };
}

export interface RecordCounts {
  providers: number;
  employers: number;
  employees: number;
  insatser: number;
  applications: number;
}

export async function countRecords(db: RecordsDb): Promise<RecordCounts> {
  const tx = db.transaction([...RECORD_STORES]);
  const [providers, employers, employees, insatser, applications] = await Promise.all(
    RECORD_STORES.map((s) => tx.objectStore(s).count()),
  );
  await tx.done;
  return {
    providers: providers ?? 0,
    employers: employers ?? 0,
    employees: employees ?? 0,
    insatser: insatser ?? 0,
    applications: applications ?? 0,
  };
}

/**
 * Writes already validated records (an import plan or a backup) in ONE transaction: if any write
 * fails nothing is written. With `replace`, every record store is emptied first (a restore).
 * Employees' employers must be in `records` or already stored; likewise insatser's employees.
 */
export async function writeRecords(
  db: RecordsDb,
  records: Partial<RecordsSet>,
  { replace = false }: { replace?: boolean } = {},
): Promise<void> {
  const tx = db.transaction([...RECORD_STORES], 'readwrite');
  try {
    if (replace) await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
    const employerOf = new Map<string, string>();
    for (const e of records.employees ?? []) employerOf.set(e.id, e.employerId);
    const puts: Promise<unknown>[] = [];
    for (const p of records.providers ?? []) puts.push(tx.objectStore('providers').put(p));
    for (const e of records.employers ?? []) puts.push(tx.objectStore('employers').put(e));
    for (const e of records.employees ?? []) puts.push(tx.objectStore('employees').put(e));
    const insatser = records.insatser ?? [];
    const unknownEmployees = [...new Set(insatser.map((i) => i.employeeId))].filter(
      (id) => !employerOf.has(id),
    );
    for (const id of unknownEmployees) {
      const stored = await tx.objectStore('employees').get(id);
      if (!stored) throw new MissingReferenceError('employeeId', id);
      employerOf.set(id, stored.employerId);
    }
    const insatsStore = tx.objectStore('insatser');
    for (const i of insatser) {
      puts.push(insatsStore.put(toStored(i, employerOf.get(i.employeeId) as string)));
    }
    for (const a of records.applications ?? []) puts.push(tx.objectStore('applications').put(a));
    await Promise.all(puts);
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

/** Restore: replaces every record with the given set, in one transaction. */
export const replaceAllRecords = (db: RecordsDb, records: RecordsSet) =>
  writeRecords(db, records, { replace: true });

/** Empties every record store (the meta store keeps the date of the last backup). */
export async function wipeRecords(db: RecordsDb): Promise<void> {
  const tx = db.transaction([...RECORD_STORES], 'readwrite');
  await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
  await tx.done;
}

// Meta

export async function getMeta(db: RecordsDb, key: MetaEntry['key']): Promise<string | undefined> {
  return (await db.get('meta', key))?.value;
}
export async function setMeta(db: RecordsDb, key: MetaEntry['key'], value: string): Promise<void> {
  await db.put('meta', { key, value });
}
