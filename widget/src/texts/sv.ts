/**
 * Every text the widget shows in Swedish, the default language: part of the main file. Rule numbers
 * (caps, rates, deadlines) never appear here: they come from core/rules and are put into the
 * sentences by the components.
 */
import type { Payer } from '../../../core/estimate/estimate.ts';
import { CATEGORY_FIELD_NAME, PAYER_LABELS } from '../../../core/i18n/labels.ts';
import { RELOAD_PAGE } from '../../../core/i18n/messages-reload.ts';

export const sv = {
  title: 'Vad kostar rehabiliteringen för er?',
  intro:
    'Räkna ut vad Försäkringskassan och Afa Försäkring kan betala och vad ni som arbetsgivare betalar själva.',
  by: (name: string) => `Från ${name}`,
  employerLegend: 'Arbetsgivaren',
  sector: 'Sektor',
  agreement: 'Kollektivavtalad sjukförsäkring hos Afa Försäkring',
  group: 'Medarbetaren är',
  approved: 'Anordnaren är godkänd av Försäkringskassan',
  approvedHint: 'Se Försäkringskassans lista över godkända anordnare.',
  medarbetaravtal: 'Har företaget ett medarbetaravtal?',
  medarbetaravtalHint:
    'Med ett medarbetaravtal omfattas även tjänstemän av AGS hos Afa Försäkring. Det står i ert kollektivavtal.',
  medarbetaravtalAnswers: { '': 'Vet inte', ja: 'Ja', nej: 'Nej' },
  insatserLegend: 'Insatser för en medarbetare',
  insats: (n: number) => `Insats ${n}`,
  category: CATEGORY_FIELD_NAME.sv,
  ours: 'Våra tjänster',
  others: 'Övriga typer',
  startedOn: 'Startdatum',
  performedOn: 'Slutdatum (genomförd)',
  dateHint: 'ÅÅÅÅ-MM-DD, t.ex. 2026-03-10 (eller 10/3 2026)',
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
  payers: { fk: PAYER_LABELS.fk.sv, afa: PAYER_LABELS.afa.sv } satisfies Record<Payer, string>,
  employerPays: 'Ni betalar',
  total: 'Totalt',
  status: (fk: string, afa: string, employer: string) =>
    `Försäkringskassan betalar ${fk}, Afa Försäkring ${afa} och ni ${employer}.`,
  bar: (fk: number, afa: number, employer: number) =>
    `Fördelning: Försäkringskassan ${fk} %, Afa Försäkring ${afa} %, ni ${employer} %.`,
  moreTitle: 'Visa per insats, sista dagar och nästa steg',
  totalsVatDeducted: 'Beloppen är utan den moms ni drar av (antagande för Försäkringskassan).',
  totalsVatIncluded:
    'Beloppen innehåller momsen, som ni inte kan dra av (antagande för Försäkringskassan).',
  rules: 'Regler bakom den här kalkylen',
  deadlineFk: 'Ansök hos Försäkringskassan senast',
  deadlineAfa: 'Ansök hos Afa Försäkring senast',
  passed: 'har passerat',
  savedTitle: 'Sparade kalkyler',
  disclaimer: 'Uppskattning, inte ett beslut från Försäkringskassan eller Afa Försäkring.',
  privacy: 'Uppgifterna du fyller i stannar i den här webbläsaren och skickas ingenstans.',
  ruleset: (version: string, date: string) => `Regelverk ${version}, ${date}.`,
  howTitle: 'Så räknar vi',
  loadingPart: 'Laddar …',
  partFailed: `Den här delen kunde inte laddas. ${RELOAD_PAGE.sv}`,
};

export type Texts = typeof sv;
