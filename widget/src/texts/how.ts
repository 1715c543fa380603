/** The texts of the table in "Så räknar vi", in both languages: part of the table's own file. */
import type { Lang } from '../../../core/i18n/format.ts';

const sv = {
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

export type HowTexts = typeof sv;

const en: HowTexts = {
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

export const HOW_TEXTS: Record<Lang, HowTexts> = { sv, en };
