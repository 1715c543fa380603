/** The English texts: a file of their own, loaded only by a widget with lang="en". */
import type { Texts } from './sv.ts';

export const en: Texts = {
  title: 'What will the rehabilitation cost you?',
  intro:
    'Work out what Försäkringskassan and Afa Försäkring can pay and what you as the employer pay yourselves.',
  by: (name) => `From ${name}`,
  employerLegend: 'The employer',
  sector: 'Sector',
  sectors: {
    kommun: 'Municipality',
    region: 'Region',
    privat: 'Private company',
    stat: 'State employer',
  },
  agreement: 'Collective sickness insurance with Afa Försäkring',
  agreements: {
    'AGS-KL': 'AGS-KL (municipalities and regions)',
    AGS: 'AGS (private employers)',
    none: "None / don't know",
  },
  group: 'The employee is',
  groups: { arbetare: 'A worker (arbetare)', tjansteman: 'Salaried (tjänsteman)' },
  approved: 'The provider is approved by Försäkringskassan',
  approvedHint: 'Försäkringskassan publishes a list of approved providers.',
  medarbetaravtal: 'Does the company have a medarbetaravtal?',
  medarbetaravtalHint:
    'With a medarbetaravtal, salaried staff are covered by AGS with Afa Försäkring too. Your collective agreement says so.',
  medarbetaravtalAnswers: { '': "Don't know", ja: 'Yes', nej: 'No' },
  insatserLegend: 'Insatser for one employee',
  insats: (n) => `Insats ${n}`,
  category: 'Kind of insats',
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
  payers: { fk: 'Försäkringskassan', afa: 'Afa Försäkring' },
  employerPays: 'You pay',
  total: 'Total',
  costLabel: 'Cost',
  status: (fk, afa, employer) =>
    `Försäkringskassan pays ${fk}, Afa Försäkring ${afa} and you ${employer}.`,
  bar: (fk, afa, employer) =>
    `Split: Försäkringskassan ${fk} %, Afa Försäkring ${afa} %, you ${employer} %.`,
  answers: { ja: 'yes', nej: 'no', kanske: 'maybe' },
  moreTitle: 'Show per insats, last days and next steps',
  reasons: 'Why',
  check: 'To check',
  checkProvider: 'Is the provider approved by Försäkringskassan?',
  checkAgreement: 'Does the employer have AGS-KL or AGS? Is the employee a worker or salaried?',
  checkMedarbetaravtal:
    'Does the company have a medarbetaravtal, so that salaried staff are covered by AGS?',
  vatDeducted: (vat) =>
    `The VAT of ${vat} does not count: you deduct it. Afa Försäkring always counts without VAT; that Försäkringskassan does too is an assumption.`,
  vatIncluded: (vat) =>
    `Including the VAT of ${vat}, which you cannot deduct. Afa Försäkring counts without VAT; that Försäkringskassan counts with it is an assumption.`,
  totalsVatDeducted: 'Amounts exclude the VAT you deduct (an assumption for Försäkringskassan).',
  totalsVatIncluded:
    'Amounts include the VAT, which you cannot deduct (an assumption for Försäkringskassan).',
  rules: 'Rules behind this estimate',
  deadlines: 'Last day to apply',
  deadlineFk: 'Apply to Försäkringskassan by',
  deadlineFkStated: (stated) =>
    `Försäkringskassan states ${stated}, a weekend day; the next weekday still counts (lag 1930:173).`,
  deadlineAfa: 'Apply to Afa Försäkring by',
  passed: 'has passed',
  noDeadline: 'Private employers have no time limit with Afa Försäkring.',
  nextTitle: 'What to do',
  nextPay: "Pay the provider's invoice.",
  nextFk: (days) =>
    `Then apply to Försäkringskassan (e-service) with the invoice basis. Paid within about ${days} days.`,
  nextAfa: (years) =>
    `Apply to Afa Försäkring online. Once granted, invoices can be sent for ${years} years.`,
  deliverTitle: 'What the provider gives you',
  deliver7026:
    'A report of what was done (form 7026), per employee; Försäkringskassan asks for it when needed.',
  deliverFkInvoice:
    'An invoice basis per employee: dates, performer and competence, insats and cost.',
  deliverAfaInvoice:
    "An invoice basis for Afa Försäkring: insats, digital or not, therapist's name, start date and cost.",
  copy: 'Copy summary',
  copied: 'The summary is copied.',
  copyFailed: 'Could not copy. Select the text below and copy it yourself.',
  print: 'Print',
  savedTitle: 'Saved estimates',
  disclaimer: 'An estimate, not a decision by Försäkringskassan or Afa Försäkring.',
  privacy: 'What you enter stays in this browser and is sent nowhere.',
  ruleset: (version, date) => `Rule set ${version}, ${date}.`,
  howTitle: 'How we count',
  loadingPart: 'Loading …',
  partFailed: 'This part could not be loaded. Reload the page and try again.',
};
