/**
 * The invoice basis to attach in the e-service, as a CSV the user downloads from the panel: the
 * records feature's invoice basis (core/documents, FK's part from the employee's one split) for
 * the chosen insatser, one row per insats. Each row says whether it is part of the application to
 * FK (FK pays a part of it); the claim's total is the cost the application states, so a reader at
 * FK sees why the list's total is larger when an Afa-only insats or one nobody pays for is listed.
 */
import { buildInvoiceBasis } from '../../core/documents/invoice-basis.ts';
import { csvText } from '../../core/export/csv-cell.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import type { Bilingual } from '../../core/i18n/format.ts';
import { INVOICE_BASIS_LABELS as L, YES_NO_LABELS } from '../../core/i18n/labels.ts';
import { FIELD_NAMES } from '../../core/i18n/messages.ts';
import { caseSplits, type PrefillCase } from '../../core/prefill/case.ts';

/** A label as the CSV's other labels are written, Swedish first (`Summa / Total`); once if the same. */
const both = (t: Bilingual) => (t.sv === t.en ? t.sv : `${t.sv} / ${t.en}`);

/** The columns of a row, named in both languages like the rest of the file. */
const COLUMNS: readonly Bilingual[] = [
  { sv: 'Datum', en: 'Date' },
  FIELD_NAMES.insats,
  FIELD_NAMES.performer,
  FIELD_NAMES.competence,
  { sv: 'Kostnad (kr)', en: 'Cost (kr)' },
  { sv: 'FK (kr)', en: 'FK (kr)' },
  { sv: 'Afa (kr)', en: 'Afa (kr)' },
  { sv: 'Arbetsgivaren (kr)', en: 'The employer (kr)' },
];

export function invoiceBasisCsv(c: PrefillCase, asOf: IsoDate): string {
  const { basis, totals, fkClaim } = buildInvoiceBasis(
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
  const header = [...COLUMNS.map(both), both(L.inFkClaim)];
  const claimed = new Set(fkClaim?.insatsIds);
  const rows = (basis?.rows ?? []).map((r) => [
    r.performedOn,
    r.name,
    r.performer,
    r.competence,
    r.cost,
    r.fk,
    r.afa,
    r.employerPays,
    both(claimed.has(r.insatsId) ? YES_NO_LABELS.yes : YES_NO_LABELS.no),
  ]);
  const claim = fkClaim ?? { cost: 0, fk: 0, afa: 0, employerPays: 0 };
  const sums = [
    [both(L.fkClaimTotal), '', '', '', claim.cost, claim.fk, claim.afa, claim.employerPays, ''],
    [both(L.allTotal), '', '', '', totals.cost, totals.fk, totals.afa, totals.employerPays, ''],
  ];
  // Cells that would start a formula are neutralised (csvCell): imported names are anyone's text.
  return csvText([...meta, [], header, ...rows, ...sums]);
}
