/**
 * The year-end batch ("Årsavslut"): for one year and one employer, or all, every employee's
 * invoice basis (FK-INVOICE, AFA-INVOICE, with FK's and Afa's parts) and 7026 report (FK-7026),
 * built by the existing document builders, with a cover list per employer and FK's deadline
 * (FK-DEADLINE). Employees whose documents lack data are kept in the batch with what is missing,
 * so nothing is left out without the user seeing it.
 *
 * Pure: cases in, documents out. Files are named without personnummer or employee names
 * (`batchFiles`): the names of rehabilitation documents must not tell whom they concern.
 */
import type { EmployeeCase } from '../documents/employee-case.ts';
import { providerOf } from '../documents/employee-case.ts';
import { allSplits } from '../documents/employee-split.ts';
import { buildInvoiceBasis, type InvoiceBasisResult } from '../documents/invoice-basis.ts';
import { build7026Report, type Report7026Result } from '../documents/report-7026.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { CATEGORIES } from '../rules/categories.ts';
import { fkDeadline } from '../rules/coverage.ts';
import type { FieldError } from '../schema/errors.ts';
import type { Employee, Employer, Provider } from '../schema/records.ts';

export interface BatchEmployee {
  employee: Employee;
  /** 1, 2, … by name within the employer: the number the files and the cover list use. */
  number: number;
  invoice: InvoiceBasisResult;
  /** Absent when none of the year's insatser is one FK pays for: FK's report has nothing to say. */
  report?: Report7026Result;
  /** What the invoice basis and the report lack, once each. */
  missing: FieldError[];
  totals: { cost: number; fk: number; afa: number };
}

export interface BatchEmployer {
  employer: Employer;
  provider?: Provider;
  employees: BatchEmployee[];
  totals: { cost: number; fk: number; afa: number };
  /** FK-DEADLINE for the year: FK's stated 1 February and the legal last day. */
  deadline: { stated: IsoDate; legal: IsoDate };
}

export interface YearEndBatch {
  year: number;
  asOf: IsoDate;
  employers: BatchEmployer[];
  /** Documents that can be printed (invoice bases and reports without missing data). */
  documents: number;
  /** Employees with something missing. */
  incomplete: number;
}

export interface YearEndOptions {
  year: number;
  /** Only this employer; all when absent. */
  employerId?: string;
  /** The date the estimate and the reports are made on (today). */
  asOf: IsoDate;
}

const inYear = (year: number) => (i: { performedOn: string }) =>
  i.performedOn.startsWith(`${year}-`);

/**
 * Each employee's invoice basis from the one split every surface shows
 * (core/documents/employee-split.ts), counting what colleagues used of the employer's FK cap.
 */
function invoiceBases(
  cases: readonly EmployeeCase[],
  year: number,
  asOf: IsoDate,
): Map<string, InvoiceBasisResult> {
  const splits = allSplits(cases, asOf);
  return new Map(
    cases.map((c) => [
      c.employee.id,
      buildInvoiceBasis(c, splits.get(c.employee.id) ?? new Map(), { year }),
    ]),
  );
}

export function buildYearEndBatch(
  cases: readonly EmployeeCase[],
  { year, employerId, asOf }: YearEndOptions,
): YearEndBatch {
  const byEmployer = new Map<string, EmployeeCase[]>();
  for (const c of cases) {
    if (employerId !== undefined && c.employer.id !== employerId) continue;
    const insatser = c.insatser.filter(inYear(year));
    if (insatser.length === 0) continue;
    const list = byEmployer.get(c.employer.id) ?? [];
    list.push({ ...c, insatser });
    byEmployer.set(c.employer.id, list);
  }
  const employers: BatchEmployer[] = [];
  let documents = 0;
  let incomplete = 0;
  for (const list of byEmployer.values()) {
    const bases = invoiceBases(list, year, asOf);
    const sorted = [...list].sort(
      (a, b) =>
        a.employee.name.localeCompare(b.employee.name, 'sv') ||
        (a.employee.id < b.employee.id ? -1 : 1),
    );
    const employees = sorted.map((c, n): BatchEmployee => {
      const invoice = bases.get(c.employee.id) as InvoiceBasisResult;
      const report = c.insatser.some((i) => CATEGORIES[i.category].fk)
        ? build7026Report(c, asOf, { year })
        : undefined;
      const seen = new Set<string>();
      const missing = [...invoice.missing, ...(report?.missing ?? [])].filter((m) => {
        if (seen.has(m.sv)) return false;
        seen.add(m.sv);
        return true;
      });
      if (invoice.basis) documents++;
      if (report?.report) documents++;
      if (missing.length > 0) incomplete++;
      return {
        employee: c.employee,
        number: n + 1,
        invoice,
        ...(report ? { report } : {}),
        missing,
        totals: { cost: invoice.totals.cost, fk: invoice.totals.fk, afa: invoice.totals.afa },
      };
    });
    const first = list[0] as EmployeeCase;
    const provider = providerOf(first);
    employers.push({
      employer: first.employer,
      ...(provider ? { provider } : {}),
      employees,
      totals: sumTotals(employees.map((e) => e.totals)),
      deadline: fkDeadline(year),
    });
  }
  employers.sort((a, b) => a.employer.name.localeCompare(b.employer.name, 'sv'));
  return { year, asOf, employers, documents, incomplete };
}

function sumTotals(xs: readonly { cost: number; fk: number; afa: number }[]) {
  // In öre, so that kronor with öre add up exactly.
  const ore = xs.reduce(
    (s, t) => ({
      cost: s.cost + Math.round(t.cost * 100),
      fk: s.fk + Math.round(t.fk * 100),
      afa: s.afa + Math.round(t.afa * 100),
    }),
    { cost: 0, fk: 0, afa: 0 },
  );
  return { cost: ore.cost / 100, fk: ore.fk / 100, afa: ore.afa / 100 };
}

export type BatchFileKind = 'cover' | 'invoice' | 'report7026';

export interface BatchFile {
  /** Inside the ZIP: `arsavslut-2026/exempelby-kommun/medarbetare-01-fakturaunderlag.html`. */
  path: string;
  kind: BatchFileKind;
  employerId: string;
  /** The employee's number within the employer; absent for the cover list. */
  number?: number;
  employeeId?: string;
}

/** A file-name-safe form of an employer's name: `Exempelby kommun` → `exempelby-kommun`. */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'arbetsgivare';
}

/**
 * The batch's files: per employer a cover list, then per employee with complete data the
 * invoice basis and the 7026 report. Folders are named by the employer's name only (a sole
 * trader's organisationsnummer is a personnummer); employees by their number.
 */
export function batchFiles(batch: YearEndBatch): BatchFile[] {
  const root = `arsavslut-${batch.year}`;
  const used = new Map<string, number>();
  const files: BatchFile[] = [];
  for (const e of batch.employers) {
    const base = slug(e.employer.name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const folder = `${root}/${n === 1 ? base : `${base}-${n}`}`;
    files.push({ path: `${folder}/00-forteckning.html`, kind: 'cover', employerId: e.employer.id });
    for (const m of e.employees) {
      const who = `medarbetare-${String(m.number).padStart(2, '0')}`;
      const ids = { employerId: e.employer.id, number: m.number, employeeId: m.employee.id };
      if (m.invoice.basis) {
        files.push({ path: `${folder}/${who}-fakturaunderlag.html`, kind: 'invoice', ...ids });
      }
      if (m.report?.report) {
        files.push({ path: `${folder}/${who}-rapport-7026.html`, kind: 'report7026', ...ids });
      }
    }
  }
  return files;
}
