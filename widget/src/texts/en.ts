/** The English texts: a file of their own, loaded only by a widget with lang="en". */
import { CATEGORY_FIELD_NAME, PAYER_LABELS } from '../../../core/i18n/labels.ts';
import { RELOAD_PAGE } from '../../../core/i18n/messages-reload.ts';
import type { Texts } from './sv.ts';

export const en: Texts = {
  title: 'What will the rehabilitation cost you?',
  intro:
    'Work out what Försäkringskassan and Afa Försäkring can pay and what you as the employer pay yourselves.',
  by: (name) => `From ${name}`,
  employerLegend: 'The employer',
  sector: 'Sector',
  agreement: 'Collective sickness insurance with Afa Försäkring',
  group: 'The employee is',
  approved: 'The provider is approved by Försäkringskassan',
  approvedHint: 'Försäkringskassan publishes a list of approved providers.',
  medarbetaravtal: 'Does the company have a medarbetaravtal?',
  medarbetaravtalHint:
    'With a medarbetaravtal, salaried staff are covered by AGS with Afa Försäkring too. Your collective agreement says so.',
  medarbetaravtalAnswers: { '': "Don't know", ja: 'Yes', nej: 'No' },
  insatserLegend: 'Insatser for one employee',
  insats: (n) => `Insats ${n}`,
  category: CATEGORY_FIELD_NAME.en,
  ours: 'Our services',
  others: 'Other kinds',
  startedOn: 'Start date',
  performedOn: 'End date (carried out)',
  dateHint: 'YYYY-MM-DD, e.g. 2026-03-10 (or 10/3/2026, day first)',
  cost: 'Cost in kronor',
  costHint: 'What you pay the provider, excluding VAT.',
  vatSummary: 'VAT?',
  vat: 'VAT in kronor',
  vatHint:
    'The VAT on the invoice, on top of the cost. Most occupational-health care is VAT-exempt; workplace adaptation and ergonomics often carry 25 % VAT.',
  deductsVat: 'We can deduct the VAT',
  deductsVatHint:
    "Companies, municipalities, regions and agencies usually can. If you can't, we count Försäkringskassan's half of the amount including VAT (an assumption).",
  add: 'Add an insats',
  remove: (n) => `Remove insats ${n}`,
  priorLegend: (year) => `Grants from Försäkringskassan already paid out for ${year}`,
  priorSummary: (years) =>
    `Have you already received grants from Försäkringskassan for ${years.join(' and ')}?`,
  priorEmployee: (year) => `For this employee in ${year}`,
  priorEmployer: (year) => `For the whole employer in ${year}`,
  resultTitle: 'How the cost is split',
  incomplete: 'Fill in the details above and the split shows here.',
  fixFirst: 'Correct the marked details and the split shows here.',
  payers: { fk: PAYER_LABELS.fk.en, afa: PAYER_LABELS.afa.en },
  employerPays: 'You pay',
  total: 'Total',
  status: (fk, afa, employer) =>
    `Försäkringskassan pays ${fk}, Afa Försäkring ${afa} and you ${employer}.`,
  bar: (fk, afa, employer) =>
    `Split: Försäkringskassan ${fk} %, Afa Försäkring ${afa} %, you ${employer} %.`,
  moreTitle: 'Show per insats, last days and next steps',
  totalsVatDeducted: 'Amounts exclude the VAT you deduct (an assumption for Försäkringskassan).',
  totalsVatIncluded:
    'Amounts include the VAT, which you cannot deduct (an assumption for Försäkringskassan).',
  rules: 'Rules behind this estimate',
  deadlineFk: 'Apply to Försäkringskassan by',
  deadlineAfa: 'Apply to Afa Försäkring by',
  passed: 'has passed',
  savedTitle: 'Saved estimates',
  disclaimer: 'An estimate, not a decision by Försäkringskassan or Afa Försäkring.',
  privacy: 'What you enter stays in this browser and is sent nowhere.',
  ruleset: (version, date) => `Rule set ${version}, ${date}.`,
  howTitle: 'How we count',
  loadingPart: 'Loading …',
  partFailed: `This part could not be loaded. ${RELOAD_PAGE.en}`,
};
