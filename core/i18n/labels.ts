/**
 * The names of the domain's values, worded once for every surface: sectors, Afa agreements,
 * employee groups and the states of an application. FK's kinds and the categories are named in
 * core/rules/categories.ts, beside their rules; field names in FIELD_NAMES (messages.ts).
 */
import type { AfaAgreement, EmployeeGroup, Sector } from '../rules/coverage.ts';
import type { APPLICATION_STATUSES } from '../schema/records.ts';
import type { Bilingual } from './format.ts';

export const SECTOR_LABELS: Record<Sector, Bilingual> = {
  kommun: { sv: 'Kommun', en: 'Municipality' },
  region: { sv: 'Region', en: 'Region' },
  privat: { sv: 'Privat företag', en: 'Private company' },
  stat: { sv: 'Statlig arbetsgivare', en: 'State employer' },
};

export const AGREEMENT_LABELS: Record<AfaAgreement, Bilingual> = {
  'AGS-KL': { sv: 'AGS-KL', en: 'AGS-KL' },
  AGS: { sv: 'AGS', en: 'AGS' },
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
