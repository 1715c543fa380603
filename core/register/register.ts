/**
 * The register as tables: one row per employee and per employer with the chosen year's totals
 * (insatser, cost, FK, Afa, the employer's part), the caps and a status, then sorting, filtering,
 * search and paging over those rows. Pure: cases in, rows out; the dashboard draws them.
 *
 * Each employee's split counts what colleagues used of the employer's cap before them, in the
 * order `yearlyCapUsage` counts them (FK-CAP-EMPLOYER), so a row agrees with the employee's page.
 */
import type { EmployeeCase } from '../documents/employee-case.ts';
import { allSplits } from '../documents/employee-split.ts';
import { type IsoDate, parseIsoDate } from '../i18n/dates.ts';
import type { Sector } from '../rules/coverage.ts';
import { FK_EMPLOYEE_CAP, FK_EMPLOYER_CAP, valueOn } from '../rules/parameters.ts';
import type { Employer } from '../schema/records.ts';

/**
 * `not-applied`: something is at stake and no application covers it; `due-30`: of those, a
 * deadline within 30 days; `deadline-passed`: a deadline passed with insatser not applied for;
 * `cap-reached`: a cap cut FK's part (FK-CAP-EMPLOYEE, FK-CAP-EMPLOYER).
 */
export const REGISTER_STATUSES = [
  'not-applied',
  'due-30',
  'deadline-passed',
  'cap-reached',
] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

export const DUE_SOON_DAYS = 30;

export interface RowTotals {
  insatser: number;
  cost: number;
  fk: number;
  afa: number;
  /** What the employer pays itself. */
  employer: number;
}

interface RowBase extends RowTotals {
  id: string;
  name: string;
  sector: Sector;
  /** FK's cap for the row in the year: the employee's, or the employer's 200 000 kr. */
  cap: number;
  statuses: RegisterStatus[];
  /** The nearest deadline not passed with something not applied for, if any. */
  nextDeadline?: IsoDate;
}

export interface EmployeeRow extends RowBase {
  kind: 'employee';
  personnummer: string;
  employerId: string;
  employerName: string;
}

export interface EmployerRow extends RowBase {
  kind: 'employer';
  organisationsnummer: string;
  employees: number;
}

export type RegisterRow = EmployeeRow | EmployerRow;

const DAY = 24 * 60 * 60 * 1000;
const ore = (kr: number) => Math.round(kr * 100);

/** Bumped whenever the shape or the meaning of a stored summary changes: older ones are rebuilt. */
export const SUMMARY_VERSION = 1;

/** An employee's figures for one year in which they have insatser. */
export interface SummaryYearRow extends RowTotals {
  cap: number;
  /** Every status but `due-30`, which depends on today and is added when the rows are read. */
  statuses: RegisterStatus[];
  nextDeadline?: IsoDate;
}

/**
 * What the register needs of one employer, for every year: computed from the employer's records
 * on the date `computedOn`, and true for any day in (`validAfter`, `validUntil`]: the amounts
 * change only when a deadline passes, and no deadline passes in between.
 */
export interface EmployerSummary {
  /** The employer's id. */
  id: string;
  v: typeof SUMMARY_VERSION;
  computedOn: IsoDate;
  /** The latest deadline already passed on `computedOn`, if any. */
  validAfter?: IsoDate;
  /** The earliest deadline not yet passed on `computedOn`, if any. */
  validUntil?: IsoDate;
  employer: { name: string; organisationsnummer: string; sector: Sector };
  /** In id order. */
  employees: { id: string; name: string; personnummer: string }[];
  /** Per year with insatser: the rows of the employees with insatser that year, by employee id. */
  years: Record<string, Record<string, SummaryYearRow>>;
}

/** Whether a summary's amounts hold on `asOf`. */
export const summaryHoldsOn = (s: EmployerSummary, asOf: IsoDate): boolean =>
  s.v === SUMMARY_VERSION &&
  (s.validAfter === undefined || asOf > s.validAfter) &&
  (s.validUntil === undefined || asOf <= s.validUntil);

/**
 * The summary of one employer from every case of that employer (and of no other), on `asOf`. An
 * employer without employees has a summary without rows: it has none in the register.
 */
export function summariseEmployer(
  employer: Pick<Employer, 'id' | 'name' | 'organisationsnummer' | 'sector'>,
  list: readonly EmployeeCase[],
  asOf: IsoDate,
): EmployerSummary {
  const splits = allSplits(list, asOf);
  const summary: EmployerSummary = {
    id: employer.id,
    v: SUMMARY_VERSION,
    computedOn: asOf,
    employer: {
      name: employer.name,
      organisationsnummer: employer.organisationsnummer,
      sector: employer.sector,
    },
    // In id order, whichever order the cases came in (an import's, an index's).
    employees: list
      .map((c) => ({
        id: c.employee.id,
        name: c.employee.name,
        personnummer: c.employee.personnummer,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    years: {},
  };
  const byYear = new Map<number, EmployeeCase['insatser']>();
  for (const c of list) {
    byYear.clear();
    for (const i of c.insatser) {
      const y = Number(i.performedOn.slice(0, 4));
      const l = byYear.get(y);
      if (l) l.push(i);
      else byYear.set(y, [i]);
    }
    for (const [year, insatser] of byYear) {
      const row: SummaryYearRow = {
        insatser: insatser.length,
        cost: 0,
        fk: 0,
        afa: 0,
        employer: 0,
        cap: valueOn(
          FK_EMPLOYEE_CAP,
          insatser.reduce((m, i) => (i.startedOn > m ? i.startedOn : m), `${year}-01-01`),
        ),
        statuses: [],
      };
      const estimate = splits.get(c.employee.id)?.get(year)?.estimate;
      if (estimate) {
        row.cost = estimate.totals.cost;
        row.fk = estimate.totals.fk;
        row.afa = estimate.totals.afa;
        row.employer = estimate.totals.employer;
        const own = new Set<RegisterStatus>();
        if (
          estimate.lines.some((l) =>
            l.rules.some((r) => r === 'FK-CAP-EMPLOYEE' || r === 'FK-CAP-EMPLOYER'),
          )
        ) {
          own.add('cap-reached');
        }
        const lineOf = new Map(estimate.lines.map((l) => [l.id, l]));
        for (const d of estimate.deadlines) {
          if (d.passed) {
            if (!summary.validAfter || d.date > summary.validAfter) summary.validAfter = d.date;
          } else if (!summary.validUntil || d.date < summary.validUntil) {
            summary.validUntil = d.date;
          }
          const covered = new Set(
            c.applications
              .filter((a) => a.payer === d.payer && a.status !== 'utkast')
              .flatMap((a) => a.insatsIds),
          );
          const open = d.insatser.filter((id) => !covered.has(id));
          if (open.length === 0) continue;
          if (d.passed) {
            own.add('deadline-passed');
            continue;
          }
          const atStake = open.reduce((s, id) => s + (lineOf.get(id)?.[d.payer] ?? 0), 0);
          if (atStake <= 0) continue;
          own.add('not-applied');
          if (!row.nextDeadline || d.date < row.nextDeadline) row.nextDeadline = d.date;
        }
        row.statuses = REGISTER_STATUSES.filter((s) => own.has(s));
      }
      const rows = summary.years[String(year)] ?? {};
      rows[c.employee.id] = row;
      summary.years[String(year)] = rows;
    }
  }
  return summary;
}

const withDueSoon = (statuses: RegisterStatus[], next: IsoDate | undefined, today: number) =>
  next !== undefined && (parseIsoDate(next).getTime() - today) / DAY <= DUE_SOON_DAYS
    ? REGISTER_STATUSES.filter((s) => s === 'due-30' || statuses.includes(s))
    : statuses;

/**
 * The register's rows of `year` from employers' summaries, on `asOf` (each summary must hold on
 * it, see `summaryHoldsOn`): the same rows `registerRows` computes from the cases.
 */
export function rowsFromSummaries(
  summaries: readonly EmployerSummary[],
  { year, asOf }: { year: number; asOf: IsoDate },
): { employees: EmployeeRow[]; employers: EmployerRow[] } {
  const today = parseIsoDate(asOf).getTime();
  const employees: EmployeeRow[] = [];
  const employers: EmployerRow[] = [];
  const employerCap = valueOn(FK_EMPLOYER_CAP, `${year}-12-31`);
  const emptyCap = valueOn(FK_EMPLOYEE_CAP, `${year}-01-01`);
  for (const s of summaries) {
    const yearRows = s.years[String(year)] ?? {};
    const sum = { insatser: 0, cost: 0, fk: 0, afa: 0, employer: 0 };
    const statuses = new Set<RegisterStatus>();
    let next: IsoDate | undefined;
    for (const e of s.employees) {
      const figures = yearRows[e.id];
      const row: EmployeeRow = {
        kind: 'employee',
        id: e.id,
        name: e.name,
        personnummer: e.personnummer,
        employerId: s.id,
        employerName: s.employer.name,
        sector: s.employer.sector,
        insatser: figures?.insatser ?? 0,
        cost: figures?.cost ?? 0,
        fk: figures?.fk ?? 0,
        afa: figures?.afa ?? 0,
        employer: figures?.employer ?? 0,
        cap: figures?.cap ?? emptyCap,
        statuses: figures ? withDueSoon(figures.statuses, figures.nextDeadline, today) : [],
        ...(figures?.nextDeadline ? { nextDeadline: figures.nextDeadline } : {}),
      };
      for (const st of row.statuses) if (st !== 'cap-reached') statuses.add(st);
      if (row.nextDeadline && (!next || row.nextDeadline < next)) next = row.nextDeadline;
      sum.insatser += row.insatser;
      sum.cost += ore(row.cost);
      sum.fk += ore(row.fk);
      sum.afa += ore(row.afa);
      sum.employer += ore(row.employer);
      employees.push(row);
    }
    if (s.employees.length === 0) continue;
    if (sum.fk >= ore(employerCap)) statuses.add('cap-reached');
    employers.push({
      kind: 'employer',
      id: s.id,
      name: s.employer.name,
      organisationsnummer: s.employer.organisationsnummer,
      sector: s.employer.sector,
      employees: s.employees.length,
      insatser: sum.insatser,
      cost: sum.cost / 100,
      fk: sum.fk / 100,
      afa: sum.afa / 100,
      employer: sum.employer / 100,
      cap: employerCap,
      statuses: REGISTER_STATUSES.filter((st) => statuses.has(st)),
      ...(next ? { nextDeadline: next } : {}),
    });
  }
  return { employees, employers };
}

/** The years the summaries have insatser in. */
export function summaryYears(summaries: readonly EmployerSummary[]): number[] {
  const years = new Set<number>();
  for (const s of summaries) for (const y of Object.keys(s.years)) years.add(Number(y));
  return [...years];
}

/** Every employee's cases grouped by employer, in the order of their first case. */
export function casesByEmployer(cases: readonly EmployeeCase[]): EmployeeCase[][] {
  const byEmployer = new Map<string, EmployeeCase[]>();
  for (const c of cases) {
    const list = byEmployer.get(c.employer.id);
    if (list) list.push(c);
    else byEmployer.set(c.employer.id, [c]);
  }
  return [...byEmployer.values()];
}

/** Every employee and employer with the totals and status of `year`, on the date `asOf`. */
export function registerRows(
  cases: readonly EmployeeCase[],
  { year, asOf }: { year: number; asOf: IsoDate },
): { employees: EmployeeRow[]; employers: EmployerRow[] } {
  const summaries = casesByEmployer(cases).map((list) =>
    summariseEmployer((list[0] as EmployeeCase).employer, list, asOf),
  );
  return rowsFromSummaries(summaries, { year, asOf });
}

export type SortKey =
  | 'name'
  | 'employerName'
  | 'insatser'
  | 'cost'
  | 'fk'
  | 'afa'
  | 'employer'
  | 'nextDeadline';

export interface RegisterQuery {
  /** Name, personnummer, organisationsnummer or the employer's name; digits match any spelling. */
  search?: string;
  employerId?: string;
  sector?: Sector;
  status?: RegisterStatus;
  sort?: { key: SortKey; dir: 'asc' | 'desc' };
  /** From 0. */
  page?: number;
  pageSize?: number;
}

export interface RegisterPage<R> {
  rows: R[];
  /** Rows that pass the filters, on all pages. */
  total: number;
  pages: number;
  page: number;
  /** The filtered rows' totals, on all pages. */
  sum: RowTotals;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');
const collator = new Intl.Collator('sv');

function matches(row: RegisterRow, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (q === '') return true;
  const digits = digitsOf(q);
  const texts = [row.name, row.kind === 'employee' ? row.employerName : ''];
  if (texts.some((t) => t.toLowerCase().includes(q))) return true;
  if (digits.length < 4 || digits.length !== q.replace(/[\s+-]/g, '').length) return false;
  const id = digitsOf(row.kind === 'employee' ? row.personnummer : row.organisationsnummer);
  // A personnummer typed with 10 digits matches the stored 12.
  return id.includes(digits);
}

function compare(a: RegisterRow, b: RegisterRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'employerName':
      return collator.compare(
        a.kind === 'employee' ? a.employerName : a.name,
        b.kind === 'employee' ? b.employerName : b.name,
      );
    case 'nextDeadline':
      // Rows without a deadline last, whichever way.
      return (a.nextDeadline ?? '9999') < (b.nextDeadline ?? '9999')
        ? -1
        : (a.nextDeadline ?? '9999') > (b.nextDeadline ?? '9999')
          ? 1
          : 0;
    default:
      return a[key] - b[key];
  }
}

export function queryRegister<R extends RegisterRow>(
  rows: readonly R[],
  {
    search = '',
    employerId,
    sector,
    status,
    sort = { key: 'name', dir: 'asc' },
    page = 0,
    pageSize = 50,
  }: RegisterQuery = {},
): RegisterPage<R> {
  const filtered = rows.filter(
    (r) =>
      (employerId === undefined || (r.kind === 'employee' ? r.employerId : r.id) === employerId) &&
      (sector === undefined || r.sector === sector) &&
      (status === undefined || r.statuses.includes(status)) &&
      matches(r, search),
  );
  const sign = sort.dir === 'asc' ? 1 : -1;
  filtered.sort(
    (a, b) =>
      sign * compare(a, b, sort.key) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(Math.max(0, page), pages - 1);
  const sum = filtered.reduce(
    (s, r) => ({
      insatser: s.insatser + r.insatser,
      cost: s.cost + ore(r.cost),
      fk: s.fk + ore(r.fk),
      afa: s.afa + ore(r.afa),
      employer: s.employer + ore(r.employer),
    }),
    { insatser: 0, cost: 0, fk: 0, afa: 0, employer: 0 },
  );
  return {
    rows: filtered.slice(current * pageSize, (current + 1) * pageSize),
    total: filtered.length,
    pages,
    page: current,
    sum: {
      insatser: sum.insatser,
      cost: sum.cost / 100,
      fk: sum.fk / 100,
      afa: sum.afa / 100,
      employer: sum.employer / 100,
    },
  };
}
