/** Loading cases: everything about an employee, the input of every document and estimate. */
import type { EmployeeCase } from '../documents/employee-case.ts';
import type { Application, Employee, Employer, Provider } from '../schema/records.ts';
import type { RecordsDb, StoredInsats } from './records-layout.ts';
import { consistently, sealedView, withoutListingFields } from './records-transactions.ts';

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
  return toCases(providers, employers, employees, insatser, applications);
}

/** Records as cases: each employee with their employer, insatser and applications. */
export function toCases(
  providers: readonly Provider[],
  employers: readonly Employer[],
  employees: readonly Employee[],
  insatser: readonly StoredInsats[],
  applications: readonly Application[],
  /** False where the cases never leave the store (the summaries): skips a copy of each insats. */
  strip = true,
): EmployeeCase[] {
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
      providers: providers as Provider[],
      insatser: strip
        ? (insatserOf.get(employee.id) ?? []).map(withoutListingFields)
        : (insatserOf.get(employee.id) ?? []),
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

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
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
