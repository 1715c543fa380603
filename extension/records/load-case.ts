import { employerPriorGrants, type PriorFkGrants } from '../../core/documents/cap-usage.ts';
import type { EmployeeCase } from '../../core/documents/employee-case.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import type { EstimateInput } from '../../core/schema/estimate-input.ts';
import { getRevision, loadEmployeeCase, loadEmployeeCases } from '../../core/store/records.ts';
import { db } from './state.ts';

/**
 * The estimate input with issue 9's facts from the records: VAT per insats, and the employer's
 * deductsVat and medarbetaravtal. Idempotent, so it stays right once toEstimateInput carries them.
 */
export function withVatAndAgreement(
  input: EstimateInput | undefined,
  c: EmployeeCase,
): EstimateInput | undefined {
  if (!input) return input;
  const vatOf = new Map(c.insatser.map((i) => [i.id, i.vat]));
  return {
    ...input,
    employer: {
      ...input.employer,
      ...(c.employer.deductsVat === undefined ? {} : { deductsVat: c.employer.deductsVat }),
      ...(c.employer.medarbetaravtal === undefined
        ? {}
        : { medarbetaravtal: c.employer.medarbetaravtal }),
    },
    insatser: input.insatser.map((i) => {
      const vat = vatOf.get(i.id);
      return vat === undefined ? i : { ...i, vat };
    }),
  };
}

/**
 * One employee's case, with what the employer's other employees use of its yearly FK cap before
 * them: the employee's split then agrees with the employer's cap overview. Null when not found.
 */
export async function loadCaseWithPriors(
  employeeId: string,
  asOf: IsoDate,
): Promise<{ c: EmployeeCase; priors: PriorFkGrants; revision: number } | null> {
  const d = await db();
  // Read first: a write between the reads then makes an editor's save stale, never the reverse.
  const revision = await getRevision(d);
  const c = await loadEmployeeCase(d, employeeId);
  if (!c) return null;
  const colleagues = await loadEmployeeCases(d, c.employer.id);
  return { c, priors: employerPriorGrants(colleagues, employeeId, asOf), revision };
}
