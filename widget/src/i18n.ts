/**
 * Every text the widget shows, Swedish first. Rule numbers (caps, rates, deadlines) never appear
 * here: they come from core/rules and are put into the sentences by the components.
 */

import type { Answer, Payer } from '../../core/estimate/estimate.ts';
import type { Lang } from '../../core/i18n/format.ts';
import type { AfaAgreement, EmployeeGroup, Sector } from '../../core/rules/coverage.ts';

const sv = {
  title: 'Vad kostar rehabiliteringen för er?',
  intro:
    'Räkna ut vad Försäkringskassan och Afa Försäkring kan betala och vad ni som arbetsgivare betalar själva.',
  by: (name: string) => `Från ${name}`,
  employerLegend: 'Arbetsgivaren',
  sector: 'Sektor',
  sectors: {
    kommun: 'Kommun',
    region: 'Region',
    privat: 'Privat företag',
    stat: 'Statlig arbetsgivare',
  } satisfies Record<Sector, string>,
  agreement: 'Kollektivavtalad sjukförsäkring hos Afa Försäkring',
  agreements: {
    'AGS-KL': 'AGS-KL (kommuner och regioner)',
    AGS: 'AGS (privata arbetsgivare)',
    none: 'Ingen / vet inte',
  } satisfies Record<AfaAgreement, string>,
  group: 'Medarbetaren är',
  groups: { arbetare: 'Arbetare', tjansteman: 'Tjänsteman' } satisfies Record<
    EmployeeGroup,
    string
  >,
  approved: 'Anordnaren är godkänd av Försäkringskassan',
  approvedHint: 'Se Försäkringskassans lista över godkända anordnare.',
  medarbetaravtal: 'Har företaget ett medarbetaravtal?',
  medarbetaravtalHint:
    'Med ett medarbetaravtal omfattas även tjänstemän av AGS hos Afa Försäkring. Det står i ert kollektivavtal.',
  medarbetaravtalAnswers: { '': 'Vet inte', ja: 'Ja', nej: 'Nej' },
  insatserLegend: 'Insatser för en medarbetare',
  insats: (n: number) => `Insats ${n}`,
  category: 'Typ av insats',
  ours: 'Våra tjänster',
  others: 'Övriga typer',
  startedOn: 'Startdatum',
  performedOn: 'Slutdatum (genomförd)',
  cost: 'Kostnad i kronor',
  costHint: 'Det ni betalar anordnaren, utan moms.',
  vatSummary: 'Moms?',
  vat: 'Moms i kronor',
  vatHint:
    'Momsen på fakturan, utöver kostnaden. Det mesta inom företagshälsovård är momsfritt; anpassning och ergonomi har ofta 25 % moms.',
  deductsVat: 'Vi kan dra av momsen',
  deductsVatHint:
    'Företag, kommuner, regioner och myndigheter kan oftast det. Kan ni inte det räknar vi Försäkringskassans halva på beloppet med moms (ett antagande).',
  add: 'Lägg till insats',
  remove: (n: number) => `Ta bort insats ${n}`,
  priorLegend: (year: string) => `Bidrag från Försäkringskassan som redan betalats ut för ${year}`,
  priorSummary: (years: string[]) =>
    `Har ni redan fått bidrag från Försäkringskassan för ${years.join(' och ')}?`,
  priorEmployee: (year: string) => `För den här medarbetaren ${year}`,
  priorEmployer: (year: string) => `För hela arbetsgivaren ${year}`,
  resultTitle: 'Så fördelas kostnaden',
  incomplete: 'Fyll i uppgifterna ovan så visas fördelningen här.',
  fixFirst: 'Rätta de markerade uppgifterna så visas fördelningen.',
  payers: { fk: 'Försäkringskassan', afa: 'Afa Försäkring' } satisfies Record<Payer, string>,
  employerPays: 'Ni betalar',
  total: 'Totalt',
  costLabel: 'Kostnad',
  status: (fk: string, afa: string, employer: string) =>
    `Försäkringskassan betalar ${fk}, Afa Försäkring ${afa} och ni ${employer}.`,
  bar: (fk: number, afa: number, employer: number) =>
    `Fördelning: Försäkringskassan ${fk} %, Afa Försäkring ${afa} %, ni ${employer} %.`,
  answers: { ja: 'ja', nej: 'nej', kanske: 'kanske' } satisfies Record<Answer, string>,
  reasons: 'Därför',
  check: 'Att kontrollera',
  checkProvider: 'Är anordnaren godkänd av Försäkringskassan?',
  checkAgreement: 'Har arbetsgivaren AGS-KL eller AGS? Är medarbetaren arbetare eller tjänsteman?',
  checkMedarbetaravtal: 'Har företaget ett medarbetaravtal, så att tjänstemän omfattas av AGS?',
  vatDeducted: (vat: string) =>
    `Momsen ${vat} räknas inte: ni drar av den. Afa Försäkring räknar alltid utan moms; att Försäkringskassan gör det är ett antagande.`,
  vatIncluded: (vat: string) =>
    `Med momsen ${vat}, som ni inte kan dra av. Afa Försäkring räknar utan moms; att Försäkringskassan räknar med den är ett antagande.`,
  totalsVatDeducted: 'Beloppen är utan den moms ni drar av (antagande för Försäkringskassan).',
  totalsVatIncluded:
    'Beloppen innehåller momsen, som ni inte kan dra av (antagande för Försäkringskassan).',
  rules: 'Regler',
  deadlines: 'Sista dag att ansöka',
  deadlineFk: 'Ansök hos Försäkringskassan senast',
  deadlineFkStated: (stated: string) =>
    `Försäkringskassan anger ${stated}, en helgdag; då räcker nästa vardag (lag 1930:173).`,
  deadlineAfa: 'Ansök hos Afa Försäkring senast',
  passed: 'har passerat',
  noDeadline: 'Privata arbetsgivare har ingen tidsgräns hos Afa Försäkring.',
  nextTitle: 'Så här gör ni',
  nextPay: 'Betala anordnarens faktura.',
  nextFk: (days: number) =>
    `Ansök sedan hos Försäkringskassan (e-tjänsten) med fakturaunderlaget. Utbetalning inom cirka ${days} dagar.`,
  nextAfa: (years: number) =>
    `Ansök hos Afa Försäkring digitalt. Beviljat stöd: fakturor kan skickas i ${years} år.`,
  deliverTitle: 'Det här lämnar anordnaren till er',
  deliver7026:
    'Rapport om vad som gjorts (blankett 7026), per medarbetare; Försäkringskassan begär den vid behov.',
  deliverFkInvoice:
    'Fakturaunderlag per medarbetare: datum, utförare och kompetens, insats och kostnad.',
  deliverAfaInvoice:
    'Fakturaunderlag för Afa Försäkring: insats, digital eller inte, behandlarens namn, startdatum och kostnad.',
  copy: 'Kopiera sammanfattning',
  copied: 'Sammanfattningen är kopierad.',
  copyFailed: 'Kunde inte kopiera. Markera texten nedan och kopiera den själv.',
  print: 'Skriv ut',
  savedTitle: 'Sparade kalkyler',
  savedIntro:
    'Sparas bara i den här webbläsaren. Skriv inga namn eller personnummer, till exempel ”Stresskurs hösten”.',
  saveName: 'Namn på kalkylen',
  save: 'Spara kalkylen',
  update: 'Spara ändringarna',
  saveNew: 'Spara som ny',
  saved: (name: string) => `Sparad: ${name}.`,
  open: 'Öppna',
  opened: (name: string) => `Öppnade ${name}. Beräknad med dagens datum.`,
  del: 'Ta bort',
  confirmDel: (name: string) => `Ta bort ${name}?`,
  yesDel: 'Ja, ta bort',
  cancel: 'Avbryt',
  deleted: (name: string) => `${name} är borttagen.`,
  none: 'Inga sparade kalkyler än.',
  unreadable: (n: number) => `${n} sparade kalkyler kunde inte läsas och visas inte.`,
  storageFailed: 'Webbläsaren tillåter inte att kalkyler sparas här (t.ex. i privat läge).',
  savedAt: 'sparad',
  newEstimate: 'Ny kalkyl',
  disclaimer: 'Uppskattning, inte ett beslut från Försäkringskassan eller Afa Försäkring.',
  privacy: 'Uppgifterna du fyller i stannar i den här webbläsaren och skickas ingenstans.',
  ruleset: (version: string, date: string) => `Regelverk ${version}, ${date}.`,
  howTitle: 'Så räknar vi',
  howIntro: 'Bidrag avrundas nedåt till hela kronor.',
  vatRules: 'Moms',
  afaVat: 'Afa Försäkring räknar hälften av kostnaden utan moms.',
  vatAssumption:
    'Antagande: Försäkringskassan räknar hälften av det arbetsgivaren betalat, alltså utan moms när den kan dras av och med moms när den inte kan det. Ingen aktuell källa från Försäkringskassan säger hur moms räknas.',
  vatAssumptionSource: 'Stödkollens regelbok (antagande), ingen källa från Försäkringskassan',
  param: 'Regel',
  value: 'Värde',
  valid: 'Gäller',
  source: 'Källa',
  from: (d: string) => `från ${d}`,
  to: (d: string) => `till ${d}`,
  always: 'tills vidare',
  units: {
    FK_RATE: 'av kostnaden',
    FK_EMPLOYEE_CAP: 'per medarbetare och år (efter startdatum)',
    FK_EMPLOYER_CAP: 'per arbetsgivare och år',
    FK_DEADLINE: 'året efter insatsåret; helg flyttar dagen till måndag',
    FK_PAYOUT_DAYS: 'dagar till utbetalning, ungefär',
    AFA_RATE: 'av kostnaden',
    AFA_DEADLINE_MONTHS: 'månader efter start (kommuner och regioner)',
    AFA_INVOICE_YEARS: 'år att skicka fakturor efter beviljande',
  },
};

export type Texts = typeof sv;

const en: Texts = {
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
  rules: 'Rules',
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
  savedIntro:
    'Saved in this browser only. Write no names or personnummer, for example "Stress course autumn".',
  saveName: 'Name of the estimate',
  save: 'Save the estimate',
  update: 'Save the changes',
  saveNew: 'Save as new',
  saved: (name) => `Saved: ${name}.`,
  open: 'Open',
  opened: (name) => `Opened ${name}. Computed with today's date.`,
  del: 'Delete',
  confirmDel: (name) => `Delete ${name}?`,
  yesDel: 'Yes, delete',
  cancel: 'Cancel',
  deleted: (name) => `${name} is deleted.`,
  none: 'No saved estimates yet.',
  unreadable: (n) => `${n} saved estimates could not be read and are not shown.`,
  storageFailed: 'This browser does not allow estimates to be saved here (e.g. in private mode).',
  savedAt: 'saved',
  newEstimate: 'New estimate',
  disclaimer: 'An estimate, not a decision by Försäkringskassan or Afa Försäkring.',
  privacy: 'What you enter stays in this browser and is sent nowhere.',
  ruleset: (version, date) => `Rule set ${version}, ${date}.`,
  howTitle: 'How we count',
  howIntro: 'Grants are rounded down to whole kronor.',
  vatRules: 'VAT',
  afaVat: 'Afa Försäkring pays half the cost excluding VAT.',
  vatAssumption:
    'Assumption: Försäkringskassan pays half of what the employer bore, so excluding VAT when it can be deducted and including VAT when it cannot. No current Försäkringskassan source says how VAT counts.',
  vatAssumptionSource: "Stödkollen's rule book (an assumption), no Försäkringskassan source",
  param: 'Rule',
  value: 'Value',
  valid: 'Valid',
  source: 'Source',
  from: (d) => `from ${d}`,
  to: (d) => `to ${d}`,
  always: 'until further notice',
  units: {
    FK_RATE: 'of the cost',
    FK_EMPLOYEE_CAP: 'per employee and year (by start date)',
    FK_EMPLOYER_CAP: 'per employer and year',
    FK_DEADLINE: 'of the year after; a weekend moves it to Monday',
    FK_PAYOUT_DAYS: 'days until payment, about',
    AFA_RATE: 'of the cost',
    AFA_DEADLINE_MONTHS: 'months after the start (municipalities and regions)',
    AFA_INVOICE_YEARS: 'years to send invoices once granted',
  },
};

export const TEXTS: Record<Lang, Texts> = { sv, en };
