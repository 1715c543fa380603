import { employerPriorGrants, type PriorFkGrants } from '../../core/documents/cap-usage.ts';
import type { EmployeeCase } from '../../core/documents/employee-case.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import { loadEmployeeCase, loadEmployeeCases } from '../../core/store/records.ts';
import { db } from './state.ts';

/**
 * One employee's case, with what the employer's other employees use of its yearly FK cap before
 * them: the employee's split then agrees with the employer's cap overview. Null when not found.
 */
export async function loadCaseWithPriors(
  employeeId: string,
  asOf: IsoDate,
): Promise<{ c: EmployeeCase; priors: PriorFkGrants } | null> {
  const d = await db();
  const c = await loadEmployeeCase(d, employeeId);
  if (!c) return null;
  const colleagues = await loadEmployeeCases(d, c.employer.id);
  return { c, priors: employerPriorGrants(colleagues, employeeId, asOf) };
}
