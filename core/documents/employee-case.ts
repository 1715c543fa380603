/**
 * One employee's records, as the store loads them (`loadEmployeeCase`), and the one mapping from
 * records to `EstimateInput` that every feature uses.
 */
import type { IsoDate } from '../i18n/dates.ts';
import type { EstimateInput } from '../schema/estimate-input.ts';
import type { Application, Employee, Employer, Insats, Provider } from '../schema/records.ts';

export interface EmployeeCase {
  employer: Employer;
  employee: Employee;
  /** Every stored provider; see `providerOf`. */
  providers: Provider[];
  insatser: Insats[];
  applications: Application[];
}

/**
 * The provider that did the work: the one the insatser name, else the staff's own organisation
 * (the first stored provider). Undefined when none is recorded yet.
 */
export function providerOf(c: Pick<EmployeeCase, 'providers' | 'insatser'>): Provider | undefined {
  const named = c.insatser.find((i) => i.providerId)?.providerId;
  return (named && c.providers.find((p) => p.id === named)) || c.providers[0];
}

/**
 * The estimate input for one employee's insatser on the date `asOf`. Without a recorded provider
 * the estimate treats the provider as not known to be FK-approved, so FK's part says "check".
 * Undefined when the employee has no insatser (the estimate needs at least one).
 */
export function toEstimateInput(
  c: EmployeeCase,
  asOf: IsoDate,
  insatser: readonly Insats[] = c.insatser,
): EstimateInput | undefined {
  if (insatser.length === 0) return undefined;
  const provider = providerOf(c);
  return {
    asOf,
    employer: {
      sector: c.employer.sector,
      afaAgreement: c.employer.afaAgreement,
      ...(c.employer.medarbetaravtal === undefined
        ? {}
        : { medarbetaravtal: c.employer.medarbetaravtal }),
      ...(c.employer.deductsVat === undefined ? {} : { deductsVat: c.employer.deductsVat }),
      organisationsnummer: c.employer.organisationsnummer,
      name: c.employer.name,
    },
    employee: { group: c.employee.group, personnummer: c.employee.personnummer },
    provider: provider
      ? { fkApproved: provider.fkApproved, name: provider.name }
      : { fkApproved: false },
    insatser: insatser.map((i) => ({
      id: i.id,
      category: i.category,
      startedOn: i.startedOn,
      performedOn: i.performedOn,
      cost: i.cost,
      ...(i.vat ? { vat: i.vat } : {}),
      kinds: i.kinds,
    })),
  };
}

/** The records as plain lists (what the store exports and the background reads). */
export interface RecordLists {
  providers: readonly Provider[];
  employers: readonly Employer[];
  employees: readonly Employee[];
  insatser: readonly Insats[];
  applications?: readonly Application[];
}

/** Every employee's case from plain lists, of one employer when `employerId` is given. */
export function casesFromLists(records: RecordLists, employerId?: string): EmployeeCase[] {
  const employers = new Map(records.employers.map((e) => [e.id, e]));
  const insatserOf = new Map<string, Insats[]>();
  for (const i of records.insatser) {
    const list = insatserOf.get(i.employeeId);
    if (list) list.push(i);
    else insatserOf.set(i.employeeId, [i]);
  }
  const cases: EmployeeCase[] = [];
  for (const employee of records.employees) {
    if (employerId !== undefined && employee.employerId !== employerId) continue;
    const employer = employers.get(employee.employerId);
    if (!employer) continue;
    cases.push({
      employer,
      employee,
      providers: [...records.providers],
      insatser: insatserOf.get(employee.id) ?? [],
      applications: (records.applications ?? []).filter((a) => a.employeeId === employee.id),
    });
  }
  return cases;
}
