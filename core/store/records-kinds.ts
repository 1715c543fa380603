/**
 * Reading and writing each kind of record: providers, employers, employees, insatser and
 * applications, with their lookups. References stay whole on every write (see records.ts).
 */

import type { IndexKey, IndexNames, StoreValue } from 'idb';
import type * as z from 'zod/mini';
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
import {
  type InsatsDeletion,
  MissingReferenceError,
  type RecordStore,
  type RecordsDb,
  type RecordsSchema,
  ReferencedRecordError,
  type StoredInsats,
  type WriteOptions,
} from './records-layout.ts';
import {
  checked,
  sealedView,
  toStored,
  type WriteTx,
  withoutListingFields,
  write,
} from './records-transactions.ts';
import type { SummaryTouch } from './summaries.ts';
import { openSealed, sealedMode } from './vault-access.ts';

/** The kinds of record the store keeps, each in its own object store. */
type Kind = 'providers' | 'employers' | 'employees' | 'insatser' | 'applications';

/**
 * The three reads every kind offers, from the sealed view when the records are encrypted and
 * straight from IndexedDB when not: one record by id, every record, the records under an index key.
 */
async function readOne<K extends Kind>(
  db: RecordsDb,
  kind: K,
  id: string,
): Promise<StoreValue<RecordsSchema, K> | undefined> {
  const view = await sealedView(db);
  return view ? view.get(kind, id) : db.get(kind, id);
}
async function readAll<K extends Kind>(
  db: RecordsDb,
  kind: K,
): Promise<StoreValue<RecordsSchema, K>[]> {
  const view = await sealedView(db);
  return view ? view.getAll(kind) : db.getAll(kind);
}
async function readIndexed<K extends Kind, I extends IndexNames<RecordsSchema, K>>(
  db: RecordsDb,
  kind: K,
  index: I,
  key: IndexKey<RecordsSchema, K, I>,
): Promise<StoreValue<RecordsSchema, K>[]> {
  const view = await sealedView(db);
  return view ? view.getAllFromIndex(kind, index, key) : db.getAllFromIndex(kind, index, key);
}

/** Each kind's record, as callers pass it in and get it back. */
interface RecordOf {
  providers: Provider;
  employers: Employer;
  employees: Employee;
  insatser: Insats;
  applications: Application;
}
/** What a deletion tells the user: which applications an insats's deletion changed. */
interface DeletionOf {
  providers: undefined;
  employers: undefined;
  employees: undefined;
  insatser: InsatsDeletion;
  applications: undefined;
}

/**
 * How a kind of record is written. A put checks the record against `schema`, then `beforePut`
 * refuses it when a record it names is not stored, marks the register summaries it changes, and
 * updates what moves with it; what it returns is stored. A deletion's `beforeDelete` refuses it
 * while other records name this one, or takes out what goes with it, and marks the summaries.
 * `putRecord` and `deleteRecord` run both, plain or sealed, in one transaction (see `write`).
 */
interface KindWrites<K extends Kind> {
  schema: z.ZodMiniType;
  /** The stores a put reads or writes. */
  putStores: RecordStore[];
  beforePut(
    tx: WriteTx,
    valid: RecordOf[K],
    touch: SummaryTouch,
  ): Promise<StoreValue<RecordsSchema, K>>;
  /** The stores a deletion reads or writes. */
  deleteStores: RecordStore[];
  beforeDelete(tx: WriteTx, id: string, touch: SummaryTouch): Promise<DeletionOf[K]>;
}

const KIND_WRITES: { [K in Kind]: KindWrites<K> } = {
  providers: {
    schema: ProviderSchema,
    putStores: ['providers'],
    async beforePut(_tx, valid, touch) {
      // Every employee's estimate may name it (or fall back on the first provider).
      touch.all = true;
      return valid;
    },
    deleteStores: ['providers', 'insatser'],
    async beforeDelete(tx, id, touch) {
      touch.all = true;
      const naming = (await tx.objectStore('insatser').getAll()).filter((i) => i.providerId === id);
      if (naming.length > 0) throw new ReferencedRecordError(naming.map(withoutListingFields), []);
      return undefined;
    },
  },
  employers: {
    schema: EmployerSchema,
    putStores: ['employers'],
    async beforePut(_tx, valid, touch) {
      touch.employer(valid.id);
      return valid;
    },
    deleteStores: ['employers', 'employees', 'insatser', 'applications'],
    async beforeDelete(tx, id, touch) {
      touch.employer(id);
      const employees = await tx.objectStore('employees').index('byEmployer').getAllKeys(id);
      for (const employeeId of employees) {
        await tx.objectStore('employees').delete(employeeId);
        // Applications are listed by employee too: one made out to another employer goes as well.
        // An application made out to this employer for another's employee is on that one's row.
        for (const a of await tx.objectStore('applications').index('byEmployer').getAll(id)) {
          touch.employer((await tx.objectStore('employees').get(a.employeeId))?.employerId);
        }
        await deleteListed(tx, 'applications', 'byEmployee', employeeId);
      }
      await deleteListed(tx, 'insatser', 'byEmployer', id);
      await deleteListed(tx, 'applications', 'byEmployer', id);
      return undefined;
    },
  },
  employees: {
    schema: EmployeeSchema,
    putStores: ['employers', 'employees', 'insatser', 'applications'],
    async beforePut(tx, valid, touch) {
      if (!(await tx.objectStore('employers').getKey(valid.employerId))) {
        throw new MissingReferenceError('employerId', valid.employerId);
      }
      const before = await tx.objectStore('employees').get(valid.id);
      touch.employer(valid.employerId, before?.employerId);
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
      return valid;
    },
    deleteStores: ['employees', 'insatser', 'applications'],
    async beforeDelete(tx, id, touch) {
      touch.employer((await tx.objectStore('employees').get(id))?.employerId);
      await deleteListed(tx, 'insatser', 'byEmployee', id);
      await deleteListed(tx, 'applications', 'byEmployee', id);
      return undefined;
    },
  },
  insatser: {
    schema: InsatsSchema,
    putStores: ['providers', 'employees', 'insatser', 'applications'],
    async beforePut(tx, valid, touch) {
      const employee = await tx.objectStore('employees').get(valid.employeeId);
      if (!employee) throw new MissingReferenceError('employeeId', valid.employeeId);
      if (valid.providerId && !(await tx.objectStore('providers').getKey(valid.providerId))) {
        throw new MissingReferenceError('providerId', valid.providerId);
      }
      const before = await tx.objectStore('insatser').get(valid.id);
      touch.employer(employee.employerId, before?.employerId);
      if (before && before.employeeId !== valid.employeeId) {
        // The applications naming it are the previous employee's: moving it would break them.
        const applications = (
          await tx.objectStore('applications').index('byEmployee').getAll(before.employeeId)
        ).filter((a) => a.insatsIds.includes(valid.id));
        if (applications.length > 0) throw new ReferencedRecordError([], applications);
      }
      return toStored(valid, employee.employerId);
    },
    deleteStores: ['insatser', 'applications'],
    async beforeDelete(tx, id, touch) {
      const result: InsatsDeletion = { updated: [], deleted: [] };
      const insats = await tx.objectStore('insatser').get(id);
      if (!insats) return result;
      touch.employer(insats.employerId);
      const applications = await tx
        .objectStore('applications')
        .index('byEmployee')
        .getAll(insats.employeeId);
      for (const a of applications) {
        if (!a.insatsIds.includes(id)) continue;
        await keepInApplication(
          tx,
          a,
          a.insatsIds.filter((x) => x !== id),
          result,
        );
      }
      return result;
    },
  },
  applications: {
    schema: ApplicationSchema,
    putStores: ['employers', 'employees', 'insatser', 'applications'],
    async beforePut(tx, valid, touch) {
      // All reads at once: one round trip, so a status change is stored before a quick reload.
      const [employer, employee, before, ...insatser] = await Promise.all([
        tx.objectStore('employers').getKey(valid.employerId),
        tx.objectStore('employees').get(valid.employeeId),
        tx.objectStore('applications').get(valid.id),
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
      // An application counts on its employee's row, at the employee's employer.
      const previous = before as Application | undefined;
      touch.employer((employee as Employee).employerId);
      if (previous && previous.employeeId !== valid.employeeId) {
        touch.employer((await tx.objectStore('employees').get(previous.employeeId))?.employerId);
      }
      return valid;
    },
    deleteStores: ['applications'],
    async beforeDelete(tx, id, touch) {
      const application = await tx.objectStore('applications').get(id);
      if (application) {
        touch.employer((await tx.objectStore('employees').get(application.employeeId))?.employerId);
      }
      return undefined;
    },
  },
};

/** Stores a record of any kind: the one way every put goes (see KindWrites). */
async function putRecord<K extends Kind>(
  db: RecordsDb,
  kind: K,
  record: RecordOf[K],
  options: WriteOptions,
): Promise<RecordOf[K]> {
  const rules = KIND_WRITES[kind] as KindWrites<K>;
  const valid = checked<RecordOf[K]>(rules.schema, record);
  await write(db, rules.putStores, options, async (tx, touch) => {
    const stored = await rules.beforePut(tx, valid, touch);
    await tx.objectStore(kind).put(stored as never);
  });
  return valid;
}

/**
 * Deletes a record of any kind: the one way every deletion goes (see KindWrites). A record that
 * is not stored leaves nothing to delete, and what it names is left as it is.
 */
async function deleteRecord<K extends Kind>(
  db: RecordsDb,
  kind: K,
  id: string,
  options: WriteOptions,
): Promise<DeletionOf[K]> {
  const rules = KIND_WRITES[kind] as KindWrites<K>;
  return write(db, rules.deleteStores, options, async (tx, touch) => {
    const told = await rules.beforeDelete(tx, id, touch);
    await tx.objectStore(kind).delete(id);
    return told;
  });
}

/** Deletes every record of `store` listed under `key` in `index`. */
async function deleteListed(
  tx: WriteTx,
  store: 'insatser' | 'applications',
  index: 'byEmployee' | 'byEmployer',
  key: string,
): Promise<void> {
  for (const k of await tx.objectStore(store).index(index).getAllKeys(key)) {
    await tx.objectStore(store).delete(k);
  }
}

/**
 * An application keeps only `insatsIds` of its insatser; with none left it is deleted. Which it
 * was goes into `result`, for the user to be told.
 */
async function keepInApplication(
  tx: WriteTx,
  application: Application,
  insatsIds: string[],
  result: InsatsDeletion,
): Promise<void> {
  if (insatsIds.length === 0) {
    await tx.objectStore('applications').delete(application.id);
    result.deleted.push(application);
  } else {
    const next = { ...application, insatsIds };
    await tx.objectStore('applications').put(next);
    result.updated.push(next);
  }
}

export async function getProvider(db: RecordsDb, id: string): Promise<Provider | undefined> {
  return readOne(db, 'providers', id);
}
export async function listProviders(db: RecordsDb): Promise<Provider[]> {
  return readAll(db, 'providers');
}
export async function putProvider(
  db: RecordsDb,
  provider: Provider,
  options: WriteOptions = {},
): Promise<Provider> {
  return putRecord(db, 'providers', provider, options);
}
/** Deletes a provider; refused with ReferencedRecordError while insatser name it. */
export async function deleteProvider(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await deleteRecord(db, 'providers', id, options);
}

// Employers

export async function getEmployer(db: RecordsDb, id: string): Promise<Employer | undefined> {
  return readOne(db, 'employers', id);
}
export async function listEmployers(db: RecordsDb): Promise<Employer[]> {
  return readAll(db, 'employers');
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
  return putRecord(db, 'employers', employer, options);
}
/** Deletes the employer with its employees, their insatser and applications. */
export async function deleteEmployer(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await deleteRecord(db, 'employers', id, options);
}

// Employees

export async function getEmployee(db: RecordsDb, id: string): Promise<Employee | undefined> {
  return readOne(db, 'employees', id);
}
export async function listEmployees(db: RecordsDb): Promise<Employee[]> {
  return readAll(db, 'employees');
}
export async function listEmployeesByEmployer(
  db: RecordsDb,
  employerId: string,
): Promise<Employee[]> {
  return readIndexed(db, 'employees', 'byEmployer', employerId);
}
export async function findEmployeesByPersonnummer(
  db: RecordsDb,
  personnummer: string,
): Promise<Employee[]> {
  return readIndexed(db, 'employees', 'byPersonnummer', personnummer);
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
  return putRecord(db, 'employees', employee, options);
}
/** Deletes the employee with their insatser and applications. */
export async function deleteEmployee(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await deleteRecord(db, 'employees', id, options);
}

// Insatser

export async function getInsats(db: RecordsDb, id: string): Promise<Insats | undefined> {
  const stored = await readOne(db, 'insatser', id);
  return stored && withoutListingFields(stored);
}
export async function listInsatser(db: RecordsDb): Promise<Insats[]> {
  return (await readAll(db, 'insatser')).map(withoutListingFields);
}
export async function listInsatserByEmployee(db: RecordsDb, employeeId: string): Promise<Insats[]> {
  return (await readIndexed(db, 'insatser', 'byEmployee', employeeId)).map(withoutListingFields);
}
export async function listInsatserByYear(db: RecordsDb, year: number): Promise<Insats[]> {
  return (await readIndexed(db, 'insatser', 'byYear', year)).map(withoutListingFields);
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
  return putRecord(db, 'insatser', insats, options);
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
  return deleteRecord(db, 'insatser', id, options);
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
  return write(db, ['insatser', 'applications'], options, async (tx, touch) => {
    const result: InsatsDeletion = { updated: [], deleted: [] };
    const [applications, insatser, employees] = await Promise.all([
      tx.objectStore('applications').getAll(),
      tx.objectStore('insatser').getAll(),
      tx.objectStore('employees').getAll(),
    ]);
    const employerOf = new Map(employees.map((e) => [e.id, e.employerId]));
    const employeeOf = new Map(insatser.map((i) => [i.id, i.employeeId]));
    for (const a of applications) {
      const insatsIds = a.insatsIds.filter((id) => employeeOf.get(id) === a.employeeId);
      if (insatsIds.length === a.insatsIds.length) continue;
      touch.employer(employerOf.get(a.employeeId));
      await keepInApplication(tx, a, insatsIds, result);
    }
    return result;
  });
}

// Applications

export async function getApplication(db: RecordsDb, id: string): Promise<Application | undefined> {
  return readOne(db, 'applications', id);
}
export async function listApplications(db: RecordsDb): Promise<Application[]> {
  return readAll(db, 'applications');
}
export async function listApplicationsByEmployer(
  db: RecordsDb,
  employerId: string,
): Promise<Application[]> {
  return readIndexed(db, 'applications', 'byEmployer', employerId);
}
export async function listApplicationsByEmployee(
  db: RecordsDb,
  employeeId: string,
): Promise<Application[]> {
  return readIndexed(db, 'applications', 'byEmployee', employeeId);
}
/** Stores an application; its employer, employee and every insats (of that employee) must be stored. */
export async function putApplication(
  db: RecordsDb,
  application: Application,
  options: WriteOptions = {},
): Promise<Application> {
  return putRecord(db, 'applications', application, options);
}
export async function deleteApplication(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await deleteRecord(db, 'applications', id, options);
}

// One employee's case
