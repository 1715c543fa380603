/**
 * The one place that turns records into an employee's split for a year (FK-YEAR), counting what
 * the employer's other employees already use of its yearly cap (FK-CAP-EMPLOYER). Every surface
 * that shows or sends an amount for an employee (the employee page, the invoice basis, the caps
 * and deadlines overview, the prefill panel and its CSV) takes it from here, so they agree.
 *
 * The employer's 200 000 kr are handed out employee by employee, in the order of each one's first
 * insats that year (then by employee id), and each employee's estimate counts what the ones before
 * used. Which employee an exhausted cap cuts short is therefore an approximation when insatser of
 * several employees interleave in time; the dashboard says so.
 */
import { estimateSplit, type SplitEstimate, type SplitLine } from '../estimate/estimate.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { yearOf } from '../i18n/dates.ts';
import type { EstimateInput } from '../schema/estimate-input.ts';
import type { Insats } from '../schema/records.ts';
import { type EmployeeCase, toEstimateInput } from './employee-case.ts';

export interface EmployeeYearSplit {
  employeeId: string;
  employerId: string;
  year: number;
  /** The employee's insatser carried out that year, by date. */
  insatser: Insats[];
  /** The estimate's input, with the employer's prior use as `priorFkGrants`. */
  input: EstimateInput;
  estimate: SplitEstimate;
  /** FK's grants to the employer's employees before this one that year, in kronor. */
  employerUsedBefore: number;
}

/** An employee's splits, one per year that has insatser. */
export type EmployeeSplits = ReadonlyMap<number, EmployeeYearSplit>;

const byDate = (a: Insats, b: Insats) =>
  a.performedOn < b.performedOn ? -1 : a.performedOn > b.performedOn ? 1 : a.id < b.id ? -1 : 1;

/**
 * Every employee's split for every year, of every employer in `cases`. Pass all the cases of an
 * employer (or of all employers): an employee whose colleagues are left out is estimated as if
 * the employer had used nothing of its cap.
 */
export function allSplits(
  cases: readonly EmployeeCase[],
  asOf: IsoDate,
): Map<string, Map<number, EmployeeYearSplit>> {
  const out = new Map<string, Map<number, EmployeeYearSplit>>();
  const byEmployerYear = new Map<string, { c: EmployeeCase; insatser: Insats[] }[]>();
  for (const c of cases) {
    const perYear = new Map<number, Insats[]>();
    for (const i of c.insatser) {
      const y = yearOf(i.performedOn);
      const list = perYear.get(y);
      if (list) list.push(i);
      else perYear.set(y, [i]);
    }
    for (const [year, insatser] of perYear) {
      const key = `${c.employer.id}\u0000${year}`;
      const group = byEmployerYear.get(key);
      const entry = { c, insatser: insatser.sort(byDate) };
      if (group) group.push(entry);
      else byEmployerYear.set(key, [entry]);
    }
  }
  for (const group of byEmployerYear.values()) {
    group.sort((a, b) => {
      const fa = a.insatser[0]!.performedOn;
      const fb = b.insatser[0]!.performedOn;
      if (fa !== fb) return fa < fb ? -1 : 1;
      return a.c.employee.id < b.c.employee.id ? -1 : a.c.employee.id > b.c.employee.id ? 1 : 0;
    });
    let employerUsedOre = 0;
    for (const { c, insatser } of group) {
      const input = toEstimateInput(c, asOf, insatser);
      if (!input) continue;
      const year = yearOf(insatser[0]!.performedOn);
      const employerUsedBefore = employerUsedOre / 100;
      if (employerUsedOre > 0) {
        input.priorFkGrants = { [String(year)]: { employee: 0, employer: employerUsedBefore } };
      }
      const estimate = estimateSplit(input);
      employerUsedOre += Math.round(estimate.totals.fk * 100);
      let mine = out.get(c.employee.id);
      if (!mine) {
        mine = new Map();
        out.set(c.employee.id, mine);
      }
      mine.set(year, {
        employeeId: c.employee.id,
        employerId: c.employer.id,
        year,
        insatser,
        input,
        estimate,
        employerUsedBefore,
      });
    }
  }
  return out;
}

/** One employee's splits per year, given the cases of their employer (theirs included). */
export function employeeSplits(
  employerCases: readonly EmployeeCase[],
  employeeId: string,
  asOf: IsoDate,
): EmployeeSplits {
  const employerId = employerCases.find((c) => c.employee.id === employeeId)?.employer.id;
  const sameEmployer = employerCases.filter((c) => c.employer.id === employerId);
  return allSplits(sameEmployer, asOf).get(employeeId) ?? new Map();
}

/** Every line of an employee's splits, by insats id. */
export function splitLines(splits: EmployeeSplits): Map<string, SplitLine> {
  const lines = new Map<string, SplitLine>();
  for (const s of splits.values()) for (const l of s.estimate.lines) lines.set(l.id, l);
  return lines;
}

/** The lines of the given insatser, summed (kronor): what an application for them is about. */
export function splitTotals(
  splits: EmployeeSplits,
  insatsIds: readonly string[],
): { cost: number; fk: number; afa: number; employer: number; vat: number } {
  const lines = splitLines(splits);
  const sum = { cost: 0, fk: 0, afa: 0, employer: 0, vat: 0 };
  for (const id of insatsIds) {
    const l = lines.get(id);
    if (!l) continue;
    sum.cost += Math.round(l.cost * 100);
    sum.fk += Math.round(l.fk * 100);
    sum.afa += Math.round(l.afa * 100);
    sum.employer += Math.round(l.employer * 100);
    sum.vat += Math.round(l.vat * 100);
  }
  return {
    cost: sum.cost / 100,
    fk: sum.fk / 100,
    afa: sum.afa / 100,
    employer: sum.employer / 100,
    vat: sum.vat / 100,
  };
}

/**
 * FK-RATE: of the given insatser, the ones an application to FK is about (FK pays a part of
 * them), and their lines summed: the claim's cost is what the application says the employer paid,
 * its `fk` what FK pays. Insatser only Afa pays for, or nobody, stay out of the claim.
 */
export function fkClaim(
  splits: EmployeeSplits,
  insatsIds: readonly string[],
): { insatsIds: string[]; totals: ReturnType<typeof splitTotals> } {
  const lines = splitLines(splits);
  const ids = insatsIds.filter((id) => (lines.get(id)?.fk ?? 0) > 0);
  return { insatsIds: ids, totals: splitTotals(splits, ids) };
}
