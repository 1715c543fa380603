/**
 * FK-CAP-EMPLOYER and FK-CAP-EMPLOYEE per employer and year (FK-YEAR): how much of the
 * employer's yearly cap and of each employee's cap the recorded insatser use, by the estimate.
 */
import type { IsoDate } from '../i18n/dates.ts';
import { FK_EMPLOYEE_CAP, FK_EMPLOYER_CAP, valueOn } from '../rules/parameters.ts';
import type { EstimateInput } from '../schema/estimate-input.ts';
import type { EmployeeCase } from './employee-case.ts';
import { allSplits, type EmployeeYearSplit } from './employee-split.ts';

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
 * One employer's cases → usage per year, newest year first, from the same splits every other
 * surface shows (employee-split.ts): the total never exceeds the employer's cap.
 */
export function yearlyCapUsage(
  cases: readonly EmployeeCase[],
  asOf: IsoDate,
  /** `allSplits` of these cases or of more (every employer's), when the caller has it already. */
  splits: ReadonlyMap<string, ReadonlyMap<number, EmployeeYearSplit>> = allSplits(cases, asOf),
): YearCapUsage[] {
  const ids = new Set(cases.map((c) => c.employee.id));
  const perYear = new Map<number, EmployeeYearSplit[]>();
  for (const [employeeId, years] of splits) {
    if (!ids.has(employeeId)) continue;
    for (const s of years.values()) {
      const list = perYear.get(s.year);
      if (list) list.push(s);
      else perYear.set(s.year, [s]);
    }
  }
  const nameOf = new Map(cases.map((c) => [c.employee.id, c.employee.name]));
  return [...perYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => {
      list.sort((a, b) => a.employerUsedBefore - b.employerUsedBefore);
      const employees = list.map((s) => ({
        employeeId: s.employeeId,
        name: nameOf.get(s.employeeId) ?? '',
        fk: s.estimate.totals.fk,
        cap: valueOn(
          FK_EMPLOYEE_CAP,
          s.insatser.reduce((m, i) => (i.startedOn > m ? i.startedOn : m), '0000'),
        ),
      }));
      const fkOre = employees.reduce((sum, e) => sum + Math.round(e.fk * 100), 0);
      return {
        year,
        employerCap: valueOn(FK_EMPLOYER_CAP, `${year}-12-31`),
        fk: fkOre / 100,
        employees,
      };
    });
}

export type PriorFkGrants = NonNullable<EstimateInput['priorFkGrants']>;
