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
 *   exportRecords(db) / replaceAllRecords(db, records) / writeRecords(db, records): one transaction
 *   getRevision(db): bumped in the same transaction as every write; a write given
 *   `{ expectedRevision }` is refused with StaleRecordsError when the records changed since then
 *   createRecordsConnection(name?): a connection that reopens after another page upgraded the layout
 *
 * References stay whole on every write: an employee's employer, an insats' employee and provider,
 * an application's employer, employee and insatser (of that employee) are stored. Deleting an
 * insats takes it out of the applications naming it (an application left without insatser is
 * deleted) and says which; a provider named by insatser is not deleted.
 *
 * Layout versions:
 *   v1: providers, employers, employees (byEmployer), insatser (byEmployee).
 *   v2: insatser carry `employerId` and `year` (indexes byEmployer, byYear, byEmployerYear);
 *       applications (byEmployer, byEmployee, byYear); meta. The upgrade fills the new fields of
 *       insatser written by v1.
 *   v3: the blind-index lookups of sealed records (see core/store/vault-access.ts): employees by
 *       `personnummerIndex` and `nameIndex` (one entry per word), employers by `orgnrIndex`. The
 *       v2 indexes serve sealed records unchanged, on their opaque ids.
 *
 * Encryption at rest: when the records hold a vault header, every call reads and writes sealed
 * records with the keys attached to the connection (`attachVaultKeys`), and throws
 * VaultError('locked') without them. Without a header (the user chose "okrypterat") nothing
 * changes. The guarantees above hold on both.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
  unwrap,
} from 'idb';
import type * as z from 'zod/mini';
import type { EmployeeCase } from '../documents/employee-case.ts';
import { yearOf } from '../i18n/dates.ts';
import type { FieldError } from '../schema/errors.ts';
import { toFieldErrors } from '../schema/errors.ts';
import { PARSE } from '../schema/issue-reason.ts';
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
import { nameIndex, normaliseForIndex, opaqueId } from '../vault/blind-index.ts';
import { VaultError } from '../vault/errors.ts';
import type { VaultKeys } from '../vault/keys.ts';
import type { RecordKind } from '../vault/sealed-records.ts';
import { openSealed, SealedView, sealedMode } from './vault-access.ts';
import { VAULT_HEADER_KEY } from './vault-batch-store.ts';

export const RECORDS_DB_NAME = 'stodkollen-records';
export const RECORDS_DB_VERSION = 3;

/** An insats as stored: the record plus the employer and year it is listed under. */
export type StoredInsats = Insats & { employerId: string; year: number };

export type MetaEntry =
  | {
      key: 'lastBackupAt' | 'lastImportAt';
      /** ISO date-time. */
      value: string;
    }
  | {
      /** Bumped by every write of records, in the write's own transaction. */
      key: 'revision';
      value: number;
    };

export interface RecordsSchema extends DBSchema {
  providers: { key: string; value: Provider };
  employers: {
    key: string;
    value: Employer;
    indexes: { byOrganisationsnummer: string; byOrgnrIndex: string };
  };
  employees: {
    key: string;
    value: Employee;
    indexes: {
      byEmployer: string;
      byPersonnummer: string;
      byPersonnummerIndex: string;
      byNameIndex: string;
    };
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
export { attachedVaultKeys, attachVaultKeys, setVaultKeysSource } from './vault-access.ts';
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

/** A record that points at an employer, employee, provider or insats that is not stored. */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: 'employerId' | 'employeeId' | 'providerId' | 'insatsIds',
    readonly id: string,
  ) {
    // The id is kept as a property for the caller, never in the message: it may hold a personnummer.
    super(`Missing ${field}`);
    this.name = 'MissingReferenceError';
  }
}

/** A record other records point at, which a write would leave dangling. */
export class ReferencedRecordError extends Error {
  constructor(
    /** The records that point at it. */
    readonly insatser: Insats[],
    readonly applications: Application[],
  ) {
    super('Referenced by other records');
    this.name = 'ReferencedRecordError';
  }
}

/** The records changed (in another tab, say) since the caller read them. */
export class StaleRecordsError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super('The records changed since they were read');
    this.name = 'StaleRecordsError';
  }
}

/** The database on disk has a newer layout than this code (another tab runs a newer version). */
export class RecordsDbTooNewError extends Error {
  constructor() {
    super('The records database has a newer layout');
    this.name = 'RecordsDbTooNewError';
  }
}

export interface WriteOptions {
  /** The revision the caller read; the write is refused with StaleRecordsError if it moved on. */
  expectedRevision?: number;
}

/** What deleting an insats did to the applications that named it. */
export interface InsatsDeletion {
  /** Applications that still name other insatser, now without this one. */
  updated: Application[];
  /** Applications that named only this insats, deleted with it. */
  deleted: Application[];
}

export interface OpenOptions {
  /** Called when this connection was closed so that a newer layout could open. */
  onClosedForUpgrade?: () => void;
}

export async function openRecordsDb(
  name: string = RECORDS_DB_NAME,
  { onClosedForUpgrade }: OpenOptions = {},
): Promise<RecordsDb> {
  try {
    return await openLayout(name, onClosedForUpgrade);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new RecordsDbTooNewError();
    }
    throw error;
  }
}

/**
 * A connection for pages and the background that live long: opened on first use, and opened
 * again on the next use after it was closed for another page's newer layout (which then fails
 * with RecordsDbTooNewError, for the caller to say so, instead of hanging on a closed connection).
 */
export function createRecordsConnection(
  name: string = RECORDS_DB_NAME,
  onClosedForUpgrade?: () => void,
): () => Promise<RecordsDb> {
  let current: Promise<RecordsDb> | undefined;
  return () => {
    current ??= openRecordsDb(name, {
      onClosedForUpgrade: () => {
        current = undefined;
        onClosedForUpgrade?.();
      },
    }).catch((error) => {
      current = undefined;
      throw error;
    });
    return current;
  };
}

function openLayout(name: string, onClosedForUpgrade?: () => void): Promise<RecordsDb> {
  return openDB<RecordsSchema>(name, RECORDS_DB_VERSION, {
    // An updated extension opening a newer layout must not wait for an old page to be closed.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosedForUpgrade?.();
    },
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
      if (oldVersion < 3) {
        const employees = tx.objectStore('employees');
        employees.createIndex('byPersonnummerIndex', 'personnummerIndex');
        employees.createIndex('byNameIndex', 'nameIndex', { multiEntry: true });
        tx.objectStore('employers').createIndex('byOrgnrIndex', 'orgnrIndex');
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
  const result = schema.safeParse(record, PARSE);
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

type WriteTx = IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction that also bumps the revision: either all of it is
 * written, revision included, or nothing is. `body` may await only requests of `tx` (anything else
 * would let IndexedDB commit the transaction early).
 */
async function write<T>(
  db: RecordsDb,
  stores: RecordStore[],
  { expectedRevision }: WriteOptions,
  body: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const keys = await sealedMode(db);
  if (keys) return sealedWrite(db, keys, stores, { expectedRevision }, body);
  const tx = db.transaction(
    [...stores, 'meta'] as RecordStore[],
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
    const result = await body(tx);
    await tx.objectStore('meta').put({ key: 'revision', value: revision + 1 });
    await tx.done;
    return result;
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

/** How often a sealed write runs its logic again when another write came in between. */
const SEALED_WRITE_ATTEMPTS = 5;

/**
 * `write` on sealed records: the same logic runs on a view that opens sealed records and stages
 * writes; the staged records are sealed outside any transaction and committed in one, which
 * first checks the revision did not move since the logic read (see core/store/vault-access.ts).
 */
async function sealedWrite<T>(
  db: RecordsDb,
  keys: VaultKeys,
  stores: RecordStore[],
  { expectedRevision }: WriteOptions,
  body: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const revision = await getRevision(db);
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new StaleRecordsError(expectedRevision, revision);
    }
    const view = new SealedView(db, keys);
    const result = await body(view.asTransaction() as WriteTx);
    const changes = await view.sealStaged();
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
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      await tx.done.catch(() => {});
      throw error;
    }
  }
}

/** A read-only view of sealed records, or undefined when the records are unencrypted. */
async function sealedView(db: RecordsDb): Promise<SealedView | undefined> {
  const keys = await sealedMode(db);
  return keys && new SealedView(db, keys, { listing: false });
}

/**
 * Runs reads of sealed records until no write came in between: they are not one transaction
 * (opening a record is a WebCrypto promise), and the revision tells whether they saw one state.
 */
async function consistently<T>(
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

export async function getProvider(db: RecordsDb, id: string): Promise<Provider | undefined> {
  const view = await sealedView(db);
  return view ? view.get('providers', id) : db.get('providers', id);
}
export async function listProviders(db: RecordsDb): Promise<Provider[]> {
  const view = await sealedView(db);
  return view ? view.getAll('providers') : db.getAll('providers');
}
export async function putProvider(
  db: RecordsDb,
  provider: Provider,
  options: WriteOptions = {},
): Promise<Provider> {
  const valid = checked<Provider>(ProviderSchema, provider);
  await write(db, ['providers'], options, (tx) => tx.objectStore('providers').put(valid));
  return valid;
}
/** Deletes a provider; refused with ReferencedRecordError while insatser name it. */
export async function deleteProvider(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['providers', 'insatser'], options, async (tx) => {
    const naming = (await tx.objectStore('insatser').getAll()).filter((i) => i.providerId === id);
    if (naming.length > 0) throw new ReferencedRecordError(naming.map(withoutListingFields), []);
    await tx.objectStore('providers').delete(id);
  });
}

// Employers

export async function getEmployer(db: RecordsDb, id: string): Promise<Employer | undefined> {
  const view = await sealedView(db);
  return view ? view.get('employers', id) : db.get('employers', id);
}
export async function listEmployers(db: RecordsDb): Promise<Employer[]> {
  const view = await sealedView(db);
  return view ? view.getAll('employers') : db.getAll('employers');
}
export async function findEmployerByOrganisationsnummer(
  db: RecordsDb,
  orgnr: string,
): Promise<Employer | undefined> {
  const view = await sealedView(db);
  if (!view) return db.getFromIndex('employers', 'byOrganisationsnummer', orgnr);
  return (await view.getAllFromIndex('employers', 'byOrganisationsnummer', orgnr))[0];
}
export async function putEmployer(
  db: RecordsDb,
  employer: Employer,
  options: WriteOptions = {},
): Promise<Employer> {
  const valid = checked<Employer>(EmployerSchema, employer);
  await write(db, ['employers'], options, (tx) => tx.objectStore('employers').put(valid));
  return valid;
}
/** Deletes the employer with its employees, their insatser and applications. */
export async function deleteEmployer(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['employers', 'employees', 'insatser', 'applications'], options, async (tx) => {
    const employees = await tx.objectStore('employees').index('byEmployer').getAllKeys(id);
    for (const employeeId of employees) {
      await tx.objectStore('employees').delete(employeeId);
      // Applications are listed by employee too: one made out to another employer goes as well.
      for (const key of await tx
        .objectStore('applications')
        .index('byEmployee')
        .getAllKeys(employeeId)) {
        await tx.objectStore('applications').delete(key);
      }
    }
    for (const key of await tx.objectStore('insatser').index('byEmployer').getAllKeys(id)) {
      await tx.objectStore('insatser').delete(key);
    }
    for (const key of await tx.objectStore('applications').index('byEmployer').getAllKeys(id)) {
      await tx.objectStore('applications').delete(key);
    }
    await tx.objectStore('employers').delete(id);
  });
}

// Employees

export async function getEmployee(db: RecordsDb, id: string): Promise<Employee | undefined> {
  const view = await sealedView(db);
  return view ? view.get('employees', id) : db.get('employees', id);
}
export async function listEmployees(db: RecordsDb): Promise<Employee[]> {
  const view = await sealedView(db);
  return view ? view.getAll('employees') : db.getAll('employees');
}
export async function listEmployeesByEmployer(
  db: RecordsDb,
  employerId: string,
): Promise<Employee[]> {
  const view = await sealedView(db);
  return view
    ? view.getAllFromIndex('employees', 'byEmployer', employerId)
    : db.getAllFromIndex('employees', 'byEmployer', employerId);
}
export async function findEmployeesByPersonnummer(
  db: RecordsDb,
  personnummer: string,
): Promise<Employee[]> {
  const view = await sealedView(db);
  return view
    ? view.getAllFromIndex('employees', 'byPersonnummer', personnummer)
    : db.getAllFromIndex('employees', 'byPersonnummer', personnummer);
}
/**
 * Employees whose name is `name`, or has it as one of its words ("Karin" finds "Karin Lind"),
 * case and spacing aside. Sealed records are found through the blind name index, without opening
 * any other employee.
 */
export async function findEmployeesByName(db: RecordsDb, name: string): Promise<Employee[]> {
  const keys = await sealedMode(db);
  if (!keys) {
    const wanted = normaliseForIndex('name', name);
    return (await db.getAll('employees')).filter((e) => {
      const whole = normaliseForIndex('name', e.name);
      return whole === wanted || whole.split(/[\s-]+/).includes(wanted);
    });
  }
  const [entry] = await nameIndex(keys, name);
  if (!entry) return [];
  return openSealed<Employee>(
    keys,
    'employees',
    await db.getAllFromIndex('employees', 'byNameIndex', entry),
  );
}
export async function putEmployee(
  db: RecordsDb,
  employee: Employee,
  options: WriteOptions = {},
): Promise<Employee> {
  const valid = checked<Employee>(EmployeeSchema, employee);
  await write(db, ['employers', 'employees', 'insatser', 'applications'], options, async (tx) => {
    if (!(await tx.objectStore('employers').getKey(valid.employerId))) {
      throw new MissingReferenceError('employerId', valid.employerId);
    }
    const before = await tx.objectStore('employees').get(valid.id);
    await tx.objectStore('employees').put(valid);
    // Moving an employee to another employer moves their insatser and applications with them.
    if (before && before.employerId !== valid.employerId) {
      const insatser = await tx.objectStore('insatser').index('byEmployee').getAll(valid.id);
      for (const i of insatser) {
        await tx.objectStore('insatser').put({ ...i, employerId: valid.employerId });
      }
      const applications = await tx
        .objectStore('applications')
        .index('byEmployee')
        .getAll(valid.id);
      for (const a of applications) {
        await tx.objectStore('applications').put({ ...a, employerId: valid.employerId });
      }
    }
  });
  return valid;
}
/** Deletes the employee with their insatser and applications. */
export async function deleteEmployee(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['employees', 'insatser', 'applications'], options, async (tx) => {
    for (const key of await tx.objectStore('insatser').index('byEmployee').getAllKeys(id)) {
      await tx.objectStore('insatser').delete(key);
    }
    for (const key of await tx.objectStore('applications').index('byEmployee').getAllKeys(id)) {
      await tx.objectStore('applications').delete(key);
    }
    await tx.objectStore('employees').delete(id);
  });
}

// Insatser

export async function getInsats(db: RecordsDb, id: string): Promise<Insats | undefined> {
  const view = await sealedView(db);
  const stored = view ? await view.get('insatser', id) : await db.get('insatser', id);
  return stored && withoutListingFields(stored);
}
export async function listInsatser(db: RecordsDb): Promise<Insats[]> {
  const view = await sealedView(db);
  return (view ? await view.getAll('insatser') : await db.getAll('insatser')).map(
    withoutListingFields,
  );
}
export async function listInsatserByEmployee(db: RecordsDb, employeeId: string): Promise<Insats[]> {
  const view = await sealedView(db);
  const stored = view
    ? await view.getAllFromIndex('insatser', 'byEmployee', employeeId)
    : await db.getAllFromIndex('insatser', 'byEmployee', employeeId);
  return stored.map(withoutListingFields);
}
export async function listInsatserByYear(db: RecordsDb, year: number): Promise<Insats[]> {
  const view = await sealedView(db);
  const stored = view
    ? await view.getAllFromIndex('insatser', 'byYear', year)
    : await db.getAllFromIndex('insatser', 'byYear', year);
  return stored.map(withoutListingFields);
}

export interface PageOptions {
  /** Only insatser carried out in this year. */
  year?: number;
  /** Rows to skip. */
  offset?: number;
  /** Page size; 50 unless given. */
  limit?: number;
}

/**
 * One page of an employer's insatser, with the total count for paging: in id order, and when
 * encrypted in the order of the opaque ids (stable from page to page; sorting by the real id
 * would mean opening every insats of the employer for the first page).
 */
export async function listInsatserByEmployer(
  db: RecordsDb,
  employerId: string,
  { year, offset = 0, limit = 50 }: PageOptions = {},
): Promise<{ insatser: Insats[]; total: number }> {
  const keys = await sealedMode(db);
  const listedUnder = keys ? await opaqueId(keys, 'employers', employerId) : employerId;
  const tx = db.transaction('insatser');
  const index =
    year === undefined ? tx.store.index('byEmployer') : tx.store.index('byEmployerYear');
  const query =
    year === undefined ? IDBKeyRange.only(listedUnder) : IDBKeyRange.only([listedUnder, year]);
  const total = await index.count(query);
  const insatser: Insats[] = [];
  let cursor = await index.openCursor(query);
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && insatser.length < limit) {
    // A sealed insats opens only with all its readable fields: they are its additional data.
    insatser.push(keys ? cursor.value : withoutListingFields(cursor.value));
    cursor = await cursor.continue();
  }
  await tx.done;
  if (keys) return { insatser: await openSealed<Insats>(keys, 'insatser', insatser), total };
  return { insatser, total };
}

/** Applications that name the insats (the ones a deletion would change). */
export async function applicationsNamingInsats(
  db: RecordsDb,
  insatsId: string,
): Promise<Application[]> {
  const view = await sealedView(db);
  if (view) {
    const insats = await view.get('insatser', insatsId);
    if (!insats) return [];
    return (
      (await view.getAllFromIndex('applications', 'byEmployee', insats.employeeId)) as Application[]
    ).filter((a) => a.insatsIds.includes(insatsId));
  }
  const insats = await db.get('insatser', insatsId);
  if (!insats) return [];
  const applications = await db.getAllFromIndex('applications', 'byEmployee', insats.employeeId);
  return applications.filter((a) => a.insatsIds.includes(insatsId));
}

export async function putInsats(
  db: RecordsDb,
  insats: Insats,
  options: WriteOptions = {},
): Promise<Insats> {
  const valid = checked<Insats>(InsatsSchema, insats);
  await write(db, ['providers', 'employees', 'insatser', 'applications'], options, async (tx) => {
    const employee = await tx.objectStore('employees').get(valid.employeeId);
    if (!employee) throw new MissingReferenceError('employeeId', valid.employeeId);
    if (valid.providerId && !(await tx.objectStore('providers').getKey(valid.providerId))) {
      throw new MissingReferenceError('providerId', valid.providerId);
    }
    const before = await tx.objectStore('insatser').get(valid.id);
    if (before && before.employeeId !== valid.employeeId) {
      // The applications naming it are the previous employee's: moving it would break them.
      const applications = (
        await tx.objectStore('applications').index('byEmployee').getAll(before.employeeId)
      ).filter((a) => a.insatsIds.includes(valid.id));
      if (applications.length > 0) throw new ReferencedRecordError([], applications);
    }
    await tx.objectStore('insatser').put(toStored(valid, employee.employerId));
  });
  return valid;
}

/**
 * Deletes the insats and takes it out of the applications that name it, in one transaction; an
 * application that named only this insats is deleted too. Returns which applications changed,
 * for the user to be told.
 */
export async function deleteInsats(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<InsatsDeletion> {
  return write(db, ['insatser', 'applications'], options, async (tx) => {
    const result: InsatsDeletion = { updated: [], deleted: [] };
    const insats = await tx.objectStore('insatser').get(id);
    if (!insats) return result;
    const applications = await tx
      .objectStore('applications')
      .index('byEmployee')
      .getAll(insats.employeeId);
    for (const a of applications) {
      if (!a.insatsIds.includes(id)) continue;
      const insatsIds = a.insatsIds.filter((x) => x !== id);
      if (insatsIds.length === 0) {
        await tx.objectStore('applications').delete(a.id);
        result.deleted.push(a);
      } else {
        const next = { ...a, insatsIds };
        await tx.objectStore('applications').put(next);
        result.updated.push(next);
      }
    }
    await tx.objectStore('insatser').delete(id);
    return result;
  });
}

/**
 * Applications that name insatser no longer stored for their employee: what an older version left
 * when an insats was deleted. Takes those out (an application left without insatser is deleted),
 * in one transaction, and returns which applications changed so the user can be told. Nothing
 * else is touched.
 */
export async function repairApplicationReferences(
  db: RecordsDb,
  options: WriteOptions = {},
): Promise<InsatsDeletion> {
  return write(db, ['insatser', 'applications'], options, async (tx) => {
    const result: InsatsDeletion = { updated: [], deleted: [] };
    const [applications, insatser] = await Promise.all([
      tx.objectStore('applications').getAll(),
      tx.objectStore('insatser').getAll(),
    ]);
    const employeeOf = new Map(insatser.map((i) => [i.id, i.employeeId]));
    for (const a of applications) {
      const insatsIds = a.insatsIds.filter((id) => employeeOf.get(id) === a.employeeId);
      if (insatsIds.length === a.insatsIds.length) continue;
      if (insatsIds.length === 0) {
        await tx.objectStore('applications').delete(a.id);
        result.deleted.push(a);
      } else {
        const next = { ...a, insatsIds };
        await tx.objectStore('applications').put(next);
        result.updated.push(next);
      }
    }
    return result;
  });
}

// Applications

export async function getApplication(db: RecordsDb, id: string): Promise<Application | undefined> {
  const view = await sealedView(db);
  return view ? view.get('applications', id) : db.get('applications', id);
}
export async function listApplications(db: RecordsDb): Promise<Application[]> {
  const view = await sealedView(db);
  return view ? view.getAll('applications') : db.getAll('applications');
}
export async function listApplicationsByEmployer(
  db: RecordsDb,
  employerId: string,
): Promise<Application[]> {
  const view = await sealedView(db);
  return view
    ? view.getAllFromIndex('applications', 'byEmployer', employerId)
    : db.getAllFromIndex('applications', 'byEmployer', employerId);
}
export async function listApplicationsByEmployee(
  db: RecordsDb,
  employeeId: string,
): Promise<Application[]> {
  const view = await sealedView(db);
  return view
    ? view.getAllFromIndex('applications', 'byEmployee', employeeId)
    : db.getAllFromIndex('applications', 'byEmployee', employeeId);
}
/** Stores an application; its employer, employee and every insats (of that employee) must be stored. */
export async function putApplication(
  db: RecordsDb,
  application: Application,
  options: WriteOptions = {},
): Promise<Application> {
  const valid = checked<Application>(ApplicationSchema, application);
  await write(db, ['employers', 'employees', 'insatser', 'applications'], options, async (tx) => {
    // All reads at once: one round trip, so a status change is stored before a quick reload.
    const [employer, employee, ...insatser] = await Promise.all([
      tx.objectStore('employers').getKey(valid.employerId),
      tx.objectStore('employees').getKey(valid.employeeId),
      ...valid.insatsIds.map((id) => tx.objectStore('insatser').get(id)),
    ]);
    if (employer === undefined) throw new MissingReferenceError('employerId', valid.employerId);
    if (employee === undefined) throw new MissingReferenceError('employeeId', valid.employeeId);
    valid.insatsIds.forEach((insatsId, i) => {
      const insats = insatser[i] as StoredInsats | undefined;
      if (insats?.employeeId !== valid.employeeId) {
        throw new MissingReferenceError('insatsIds', insatsId);
      }
    });
    await tx.objectStore('applications').put(valid);
  });
  return valid;
}
export async function deleteApplication(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['applications'], options, (tx) => tx.objectStore('applications').delete(id));
}

// One employee's case

/** Everything about one employee: the input of the estimate, the 7026 report and the invoice basis. */
export async function loadEmployeeCase(
  db: RecordsDb,
  employeeId: string,
): Promise<EmployeeCase | undefined> {
  const view = await sealedView(db);
  if (view) {
    return (
      await consistently(db, async (): Promise<EmployeeCase | undefined> => {
        const employee = await view.get('employees', employeeId);
        if (!employee) return undefined;
        const [employer, providers, insatser, applications] = await Promise.all([
          view.get('employers', employee.employerId),
          view.getAll('providers'),
          view.getAllFromIndex('insatser', 'byEmployee', employeeId),
          view.getAllFromIndex('applications', 'byEmployee', employeeId),
        ]);
        if (!employer) return undefined;
        return { employer, employee, providers, insatser, applications };
      })
    ).value;
  }
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
  const view = await sealedView(db);
  const [providers, employers, employees, insatser, applications] = view
    ? (
        await consistently(db, () =>
          Promise.all([
            view.getAll('providers') as Promise<Provider[]>,
            view.getAll('employers') as Promise<Employer[]>,
            (employerId === undefined
              ? view.getAll('employees')
              : view.getAllFromIndex('employees', 'byEmployer', employerId)) as Promise<Employee[]>,
            // An insats' employer is its employee's: the cases below group them by employee.
            (employerId === undefined
              ? view.getAll('insatser')
              : view.getAllFromIndex('insatser', 'byEmployer', employerId)) as Promise<
              StoredInsats[]
            >,
            (employerId === undefined
              ? view.getAll('applications')
              : view.getAllFromIndex('applications', 'byEmployer', employerId)) as Promise<
              Application[]
            >,
          ]),
        )
      ).value
    : await readCasesPlain(db, employerId);
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

/** The records of the cases, read in one transaction. */
async function readCasesPlain(db: RecordsDb, employerId: string | undefined) {
  const tx = db.transaction(['providers', 'employers', 'employees', 'insatser', 'applications']);
  const read = await Promise.all([
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
  return read;
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
  return (await exportRecordsWithRevision(db)).records;
}

/** Every record and the revision they are at, read in one transaction. */
export async function exportRecordsWithRevision(
  db: RecordsDb,
): Promise<{ records: RecordsSet; revision: number }> {
  const view = await sealedView(db);
  if (view) {
    const { value, revision } = await consistently(db, async () => {
      const [providers, employers, employees, insatser, applications] = await Promise.all(
        RECORD_STORES.map((kind) => view.getAll(kind)),
      );
      return { providers, employers, employees, insatser, applications } as RecordsSet;
    });
    return { records: value, revision };
  }
  const tx = db.transaction([...RECORD_STORES, 'meta'] as RecordStore[]);
  const [providers, employers, employees, insatser, applications, meta] = await Promise.all([
    tx.objectStore('providers').getAll(),
    tx.objectStore('employers').getAll(),
    tx.objectStore('employees').getAll(),
    tx.objectStore('insatser').getAll(),
    tx.objectStore('applications').getAll(),
    tx.objectStore('meta').get('revision'),
  ]);
  await tx.done;
  return {
    records: {
      providers,
      employers,
      employees,
      insatser: insatser.map(withoutListingFields),
      applications,
    },
    revision: meta?.key === 'revision' ? meta.value : 0,
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
 * Every reference must point at a record in `records` or (without `replace`) already stored;
 * otherwise MissingReferenceError and nothing is written.
 */
export async function writeRecords(
  db: RecordsDb,
  records: Partial<RecordsSet>,
  { replace = false, ...options }: { replace?: boolean } & WriteOptions = {},
): Promise<void> {
  await write(db, [...RECORD_STORES], options, async (tx) => {
    if (replace) await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
    const employerOf = new Map<string, string>();
    for (const e of records.employees ?? []) employerOf.set(e.id, e.employerId);
    const employerIds = new Set((records.employers ?? []).map((e) => e.id));
    const providerIds = new Set((records.providers ?? []).map((p) => p.id));
    const insatsEmployee = new Map((records.insatser ?? []).map((i) => [i.id, i.employeeId]));
    // Checks first, writes after: a refused set leaves no write in flight to fail unobserved.
    const known = async (
      store: 'employers' | 'providers',
      inSet: Set<string>,
      id: string,
    ): Promise<boolean> =>
      inSet.has(id) || (!replace && (await tx.objectStore(store).getKey(id)) !== undefined);
    const employerChecked = new Set<string>();
    const requireEmployer = async (id: string) => {
      if (employerChecked.has(id)) return;
      if (!(await known('employers', employerIds, id))) {
        throw new MissingReferenceError('employerId', id);
      }
      employerChecked.add(id);
    };
    for (const e of records.employees ?? []) await requireEmployer(e.employerId);
    const insatser = records.insatser ?? [];
    const applications = records.applications ?? [];
    const unknownEmployees = [
      ...new Set([...insatser, ...applications].map((r) => r.employeeId)),
    ].filter((id) => !employerOf.has(id));
    for (const id of unknownEmployees) {
      const existing = replace ? undefined : await tx.objectStore('employees').get(id);
      if (!existing) throw new MissingReferenceError('employeeId', id);
      employerOf.set(id, existing.employerId);
    }
    for (const i of insatser) {
      if (i.providerId && !(await known('providers', providerIds, i.providerId))) {
        throw new MissingReferenceError('providerId', i.providerId);
      }
    }
    for (const a of applications) {
      await requireEmployer(a.employerId);
      for (const id of a.insatsIds) {
        const owner =
          insatsEmployee.get(id) ??
          (replace ? undefined : (await tx.objectStore('insatser').get(id))?.employeeId);
        if (owner !== a.employeeId) throw new MissingReferenceError('insatsIds', id);
      }
    }

    const puts: Promise<unknown>[] = [];
    const put = (p: Promise<unknown>) => {
      // Handled here too: after one failure the others reject with the abort.
      p.catch(() => {});
      puts.push(p);
    };
    for (const p of records.providers ?? []) put(tx.objectStore('providers').put(p));
    for (const e of records.employers ?? []) put(tx.objectStore('employers').put(e));
    for (const e of records.employees ?? []) put(tx.objectStore('employees').put(e));
    const insatsStore = tx.objectStore('insatser');
    for (const i of insatser) {
      put(insatsStore.put(toStored(i, employerOf.get(i.employeeId) as string)));
    }
    for (const a of applications) put(tx.objectStore('applications').put(a));
    await Promise.all(puts);
  });
}

/** Restore: replaces every record with the given set, in one transaction. */
export const replaceAllRecords = (db: RecordsDb, records: RecordsSet, options: WriteOptions = {}) =>
  writeRecords(db, records, { ...options, replace: true });

/** Empties every record store (the meta store keeps the date of the last backup). */
export async function wipeRecords(db: RecordsDb, options: WriteOptions = {}): Promise<void> {
  await write(db, [...RECORD_STORES], options, async (tx) => {
    await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
  });
}

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
