/**
 * Reading and writing each kind of record: providers, employers, employees, insatser and
 * applications, with their lookups. References stay whole on every write (see records.ts).
 */

import type { IndexKey, IndexNames, StoreValue } from 'idb';
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
  withoutListingFields,
  write,
} from './records-transactions.ts';
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
  const valid = checked<Provider>(ProviderSchema, provider);
  await write(db, ['providers'], options, async (tx, touch) => {
    // Every employee's estimate may name it (or fall back on the first provider).
    touch.all = true;
    await tx.objectStore('providers').put(valid);
  });
  return valid;
}
/** Deletes a provider; refused with ReferencedRecordError while insatser name it. */
export async function deleteProvider(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['providers', 'insatser'], options, async (tx, touch) => {
    touch.all = true;
    const naming = (await tx.objectStore('insatser').getAll()).filter((i) => i.providerId === id);
    if (naming.length > 0) throw new ReferencedRecordError(naming.map(withoutListingFields), []);
    await tx.objectStore('providers').delete(id);
  });
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
  const valid = checked<Employer>(EmployerSchema, employer);
  await write(db, ['employers'], options, async (tx, touch) => {
    touch.employer(valid.id);
    await tx.objectStore('employers').put(valid);
  });
  return valid;
}
/** Deletes the employer with its employees, their insatser and applications. */
export async function deleteEmployer(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(
    db,
    ['employers', 'employees', 'insatser', 'applications'],
    options,
    async (tx, touch) => {
      touch.employer(id);
      const employees = await tx.objectStore('employees').index('byEmployer').getAllKeys(id);
      for (const employeeId of employees) {
        await tx.objectStore('employees').delete(employeeId);
        // Applications are listed by employee too: one made out to another employer goes as well.
        // An application made out to this employer for another's employee is on that one's row.
        for (const a of await tx.objectStore('applications').index('byEmployer').getAll(id)) {
          touch.employer((await tx.objectStore('employees').get(a.employeeId))?.employerId);
        }
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
    },
  );
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
  const valid = checked<Employee>(EmployeeSchema, employee);
  await write(
    db,
    ['employers', 'employees', 'insatser', 'applications'],
    options,
    async (tx, touch) => {
      if (!(await tx.objectStore('employers').getKey(valid.employerId))) {
        throw new MissingReferenceError('employerId', valid.employerId);
      }
      const before = await tx.objectStore('employees').get(valid.id);
      touch.employer(valid.employerId, before?.employerId);
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
    },
  );
  return valid;
}
/** Deletes the employee with their insatser and applications. */
export async function deleteEmployee(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['employees', 'insatser', 'applications'], options, async (tx, touch) => {
    touch.employer((await tx.objectStore('employees').get(id))?.employerId);
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
  const valid = checked<Insats>(InsatsSchema, insats);
  await write(
    db,
    ['providers', 'employees', 'insatser', 'applications'],
    options,
    async (tx, touch) => {
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
      await tx.objectStore('insatser').put(toStored(valid, employee.employerId));
    },
  );
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
  return write(db, ['insatser', 'applications'], options, async (tx, touch) => {
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
  const valid = checked<Application>(ApplicationSchema, application);
  await write(
    db,
    ['employers', 'employees', 'insatser', 'applications'],
    options,
    async (tx, touch) => {
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
      await tx.objectStore('applications').put(valid);
    },
  );
  return valid;
}
export async function deleteApplication(
  db: RecordsDb,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  await write(db, ['applications'], options, async (tx, touch) => {
    const application = await tx.objectStore('applications').get(id);
    if (application) {
      touch.employer((await tx.objectStore('employees').get(application.employeeId))?.employerId);
    }
    await tx.objectStore('applications').delete(id);
  });
}

// One employee's case
