import type { EmployeeCase } from '../../core/documents/employee-case.ts';
import { type EmployeeSplits, employeeSplits } from '../../core/documents/employee-split.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import { getRevision, loadEmployeeCase, loadEmployeeCases } from '../../core/store/records.ts';
import { db } from './state.ts';

/**
 * One employee's case and their split per year, counting what the employer's other employees use
 * of its yearly FK cap (core/documents/employee-split.ts), with the records' revision when read.
 * Null when not found.
 */
export async function loadCaseWithSplits(
  employeeId: string,
  asOf: IsoDate,
): Promise<{ c: EmployeeCase; splits: EmployeeSplits; revision: number } | null> {
  const d = await db();
  // Read first: a write between the reads then makes an editor's save stale, never the reverse.
  const revision = await getRevision(d);
  const c = await loadEmployeeCase(d, employeeId);
  if (!c) return null;
  const colleagues = await loadEmployeeCases(d, c.employer.id);
  return { c, splits: employeeSplits(colleagues, employeeId, asOf), revision };
}
