/**
 * FK-CAP-EMPLOYER and FK-CAP-EMPLOYEE per employer and year (FK-YEAR): how much of the
 * employer's yearly cap and of each employee's cap the recorded insatser use, by the estimate.
 */
import { estimateSplit } from '../estimate/estimate.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { yearOf } from '../i18n/dates.ts';
import { FK_EMPLOYEE_CAP, FK_EMPLOYER_CAP, valueOn } from '../rules/parameters.ts';
import { type EmployeeCase, toEstimateInput } from './employee-case.ts';

export interface EmployeeCapUsage {
  employeeId: string;
  name: string;
  /** FK's estimated grant for the employee's insatser carried out that year. */
  fk: number;
  /** The employee's cap that year (the higher cap when insatser started under both regimes). */
  cap: number;
}

export interface YearCapUsage {
  year: number;
  employerCap: number;
  /** FK's estimated grants for all the employer's employees that year. */
  fk: number;
  employees: EmployeeCapUsage[];
}

/**
 * One employer's cases → usage per year, newest year first. Employees are estimated one after
 * another (by their first insats that year), each counting what the ones before used of the
 * employer's cap, so the total never exceeds it; which employee an exhausted cap cuts short is
 * therefore an approximation when insatser of several employees interleave in time.
 */
export function yearlyCapUsage(cases: readonly EmployeeCase[], asOf: IsoDate): YearCapUsage[] {
  const years = new Set<number>();
  for (const c of cases) for (const i of c.insatser) years.add(yearOf(i.performedOn));
  const result: YearCapUsage[] = [];
  for (const year of [...years].sort((a, b) => b - a)) {
    const inYear = cases
      .map((c) => ({ c, insatser: c.insatser.filter((i) => yearOf(i.performedOn) === year) }))
      .filter((x) => x.insatser.length > 0)
      .sort((a, b) => {
        const first = (x: typeof a) =>
          x.insatser.reduce((m, i) => (i.performedOn < m ? i.performedOn : m), '9999');
        return first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0;
      });
    let employerUsed = 0;
    const employees: EmployeeCapUsage[] = [];
    for (const { c, insatser } of inYear) {
      const input = toEstimateInput(c, asOf, insatser);
      if (!input) continue;
      input.priorFkGrants = { [String(year)]: { employee: 0, employer: employerUsed } };
      const fk = estimateSplit(input).totals.fk;
      employerUsed += fk;
      const latestStart = insatser.reduce((m, i) => (i.startedOn > m ? i.startedOn : m), '0000');
      employees.push({
        employeeId: c.employee.id,
        name: c.employee.name,
        fk,
        cap: valueOn(FK_EMPLOYEE_CAP, latestStart),
      });
    }
    result.push({
      year,
      employerCap: valueOn(FK_EMPLOYER_CAP, `${year}-12-31`),
      fk: employerUsed,
      employees,
    });
  }
  return result;
}
