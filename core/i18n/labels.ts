/**
 * The names of the domain's values, worded once for every surface: sectors, Afa agreements,
 * employee groups and the states of an application. FK's kinds and the categories are named in
 * core/rules/categories.ts, beside their rules; field names in FIELD_NAMES (messages.ts).
 */
import type { AfaAgreement, EmployeeGroup, Sector } from '../rules/coverage.ts';
import type { APPLICATION_STATUSES } from '../schema/records.ts';
import type { Bilingual } from './format.ts';

/**
 * The insats category's name as a field, in FIELD_NAMES too, and the widget's label for it.
 * Never "Typ av insats": that is FK's name for the kinds (utreda, planera, …), FIELD_NAMES.kinds.
 */
export const CATEGORY_FIELD_NAME: Bilingual = { sv: 'Kategori', en: 'Category' };

export const SECTOR_LABELS: Record<Sector, Bilingual> = {
  kommun: { sv: 'Kommun', en: 'Municipality' },
  region: { sv: 'Region', en: 'Region' },
  privat: { sv: 'Privat företag', en: 'Private company' },
  stat: { sv: 'Statlig arbetsgivare', en: 'State employer' },
};

export const AGREEMENT_LABELS: Record<AfaAgreement, Bilingual> = {
  // Who has which is said with the name: an employer choosing in the widget may not know the
  // abbreviations (AFA-WHO in rules.md).
  'AGS-KL': { sv: 'AGS-KL (kommuner och regioner)', en: 'AGS-KL (municipalities and regions)' },
  AGS: { sv: 'AGS (privata arbetsgivare)', en: 'AGS (private employers)' },
  none: { sv: 'Inget avtal', en: 'No agreement' },
};

export const GROUP_LABELS: Record<EmployeeGroup, Bilingual> = {
  arbetare: { sv: 'Arbetare', en: 'Worker' },
  tjansteman: { sv: 'Tjänsteman', en: 'Salaried employee' },
};

export const APPLICATION_STATUS_LABELS: Record<(typeof APPLICATION_STATUSES)[number], Bilingual> = {
  utkast: { sv: 'Utkast', en: 'Draft' },
  inskickad: { sv: 'Inskickad', en: 'Submitted' },
  beviljad: { sv: 'Beviljad', en: 'Granted' },
  avslagen: { sv: 'Avslagen', en: 'Refused' },
  utbetald: { sv: 'Utbetald', en: 'Paid out' },
};

/** Who an application goes to (its `payer`), named as every document names them. */
export const PAYER_LABELS = {
  fk: { sv: 'Försäkringskassan', en: 'Försäkringskassan' },
  afa: { sv: 'Afa Försäkring', en: 'Afa Försäkring' },
} as const satisfies Record<string, Bilingual>;

/** Yes and no, as a document's cells and the dashboard's choices say them. */
export const YES_NO_LABELS = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
} as const satisfies Record<string, Bilingual>;

/**
 * The words of an FK invoice basis that say which rows an application to FK is about, for the
 * printed basis (extension/records/InvoiceView.tsx) and the prefill panel's CSV alike.
 */
export const INVOICE_BASIS_LABELS = {
  title: { sv: 'Fakturaunderlag', en: 'Invoice basis' },
  inFkClaim: { sv: 'I ansökan till FK', en: 'In the FK application' },
  fkClaimTotal: { sv: 'Summa ansökan till FK', en: 'Total of the FK application' },
  allTotal: { sv: 'Summa alla insatser', en: 'Total of all insatser' },
} as const satisfies Record<string, Bilingual>;
