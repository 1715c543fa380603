/**
 * FK-INVOICE and AFA-INVOICE: the invoice basis (fakturaunderlag) for one employee, one row per
 * insats and date, with the part the employer will claim from FK and from Afa (from the estimate).
 */
import { estimateSplit, type SplitEstimate } from '../estimate/estimate.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { fieldError, recordIssuesToErrors } from '../import/field-error.ts';
import { type InvoiceBasis, InvoiceBasisSchema } from '../schema/documents.ts';
import type { FieldError } from '../schema/errors.ts';
import { type EmployeeCase, providerOf, toEstimateInput } from './employee-case.ts';

export interface InvoiceBasisResult {
  basis?: InvoiceBasis;
  missing: FieldError[];
  /** The estimate behind the FK and Afa columns, with its explanations. */
  estimate?: SplitEstimate;
  totals: { cost: number; fk: number; afa: number; employerPays: number };
}

export function buildInvoiceBasis(
  c: EmployeeCase,
  asOf: IsoDate,
  { year }: { year?: number } = {},
): InvoiceBasisResult {
  const insatser = c.insatser
    .filter((i) => year === undefined || i.performedOn.startsWith(String(year)))
    .sort((a, b) => (a.performedOn < b.performedOn ? -1 : a.performedOn > b.performedOn ? 1 : 0));
  const input = toEstimateInput(c, asOf, insatser);
  const estimate = input ? estimateSplit(input) : undefined;
  const lineOf = new Map(estimate?.lines.map((l) => [l.id, l]));
  const provider = providerOf(c);
  const missing: FieldError[] = [];
  if (!provider) {
    missing.push(
      fieldError(
        'provider',
        { sv: 'Anordnare', en: 'Provider' },
        RECORDS_MESSAGES.provider_missing,
      ),
    );
  }
  const rows = insatser.map((i) => {
    const line = lineOf.get(i.id);
    return {
      insatsId: i.id,
      performedOn: i.performedOn,
      startedOn: i.startedOn,
      name: i.name,
      performer: i.performer,
      competence: i.competence,
      ...(i.digital === undefined ? {} : { digital: i.digital }),
      cost: i.cost,
      fk: line?.fk ?? 0,
      afa: line?.afa ?? 0,
      employerPays: line?.employer ?? i.cost,
    };
  });
  const totals = estimate
    ? {
        cost: estimate.totals.cost,
        fk: estimate.totals.fk,
        afa: estimate.totals.afa,
        employerPays: estimate.totals.employer,
      }
    : { cost: 0, fk: 0, afa: 0, employerPays: 0 };
  const result = InvoiceBasisSchema.safeParse({
    employee: { name: c.employee.name, personnummer: c.employee.personnummer },
    provider: provider && {
      name: provider.name,
      organisationsnummer: provider.organisationsnummer,
    },
    employer: { name: c.employer.name, organisationsnummer: c.employer.organisationsnummer },
    rows,
  });
  if (!result.success) {
    missing.push(
      ...recordIssuesToErrors(result.error.issues).filter(
        (e) => !(provider === undefined && e.path.startsWith('provider')),
      ),
    );
  }
  return result.success && missing.length === 0
    ? { basis: result.data, missing, estimate, totals }
    : { missing, estimate, totals };
}
