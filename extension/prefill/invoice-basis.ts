/**
 * The invoice basis to attach in the e-service, as a CSV the user downloads from the panel: the
 * records feature's invoice basis (core/documents, FK's part from estimateSplit) for the chosen
 * insatser, one row per insats.
 */
import { buildInvoiceBasis } from '../../core/documents/invoice-basis.ts';
import { csvText } from '../../core/export/csv-cell.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import { caseSplits, type PrefillCase } from '../../core/prefill/case.ts';

export function invoiceBasisCsv(c: PrefillCase, asOf: IsoDate): string {
  const { basis, totals } = buildInvoiceBasis(
    {
      employer: c.employer,
      employee: c.employee,
      providers: [c.provider],
      insatser: c.insatser,
      applications: [],
    },
    caseSplits(c, asOf),
  );
  const meta = [
    ['Anordnare / Provider', c.provider.name, c.provider.organisationsnummer],
    ['Arbetsgivare / Employer', c.employer.name, c.employer.organisationsnummer],
    ['Medarbetare / Employee', c.employee.name, c.employee.personnummer],
  ];
  const header = [
    'Datum',
    'Insats',
    'Utförare',
    'Kompetens',
    'Kostnad (kr)',
    'FK (kr)',
    'Afa (kr)',
    'Arbetsgivaren (kr)',
  ];
  const rows = (basis?.rows ?? []).map((r) => [
    r.performedOn,
    r.name,
    r.performer,
    r.competence,
    r.cost,
    r.fk,
    r.afa,
    r.employerPays,
  ]);
  const sum = ['Summa', '', '', '', totals.cost, totals.fk, totals.afa, totals.employerPays];
  // Cells that would start a formula are neutralised (csvCell): imported names are anyone's text.
  return csvText([...meta, [], header, ...rows, sum]);
}
