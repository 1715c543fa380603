/**
 * The texts of the result's details (per insats, the deadlines, what to do next, copy and print),
 * in both languages: part of the details' own file (ui/Details.tsx), which the first view does not
 * load. Both tables have the same keys (`satisfies`), read through one lookup, `DETAILS_TEXTS[lang]`.
 */
import type { Answer } from '../../../core/estimate/estimate.ts';
import type { Lang } from '../../../core/i18n/format.ts';

const sv = {
  costLabel: 'Kostnad',
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
  deadlines: 'Sista dag att ansöka',
  deadlineFkStated: (stated: string) =>
    `Försäkringskassan anger ${stated}, en helgdag; då räcker nästa vardag (lag 1930:173).`,
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
};

export type DetailsTexts = typeof sv;

const en = {
  costLabel: 'Cost',
  answers: { ja: 'yes', nej: 'no', kanske: 'maybe' },
  reasons: 'Why',
  check: 'To check',
  checkProvider: 'Is the provider approved by Försäkringskassan?',
  checkAgreement: 'Does the employer have AGS-KL or AGS? Is the employee a worker or salaried?',
  checkMedarbetaravtal:
    'Does the company have a medarbetaravtal, so that salaried staff are covered by AGS?',
  vatDeducted: (vat: string) =>
    `The VAT of ${vat} does not count: you deduct it. Afa Försäkring always counts without VAT; that Försäkringskassan does too is an assumption.`,
  vatIncluded: (vat: string) =>
    `Including the VAT of ${vat}, which you cannot deduct. Afa Försäkring counts without VAT; that Försäkringskassan counts with it is an assumption.`,
  deadlines: 'Last day to apply',
  deadlineFkStated: (stated: string) =>
    `Försäkringskassan states ${stated}, a weekend day; the next weekday still counts (lag 1930:173).`,
  noDeadline: 'Private employers have no time limit with Afa Försäkring.',
  nextTitle: 'What to do',
  nextPay: "Pay the provider's invoice.",
  nextFk: (days: number) =>
    `Then apply to Försäkringskassan (e-service) with the invoice basis. Paid within about ${days} days.`,
  nextAfa: (years: number) =>
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
} satisfies DetailsTexts;

export const DETAILS_TEXTS: Record<Lang, DetailsTexts> = { sv, en };
