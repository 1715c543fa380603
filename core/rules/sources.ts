/**
 * The public texts behind the rules (shared/seeds, by number), named the way a reader can find
 * them. Parameter rows cite them as "seed 000, 003"; `sourceText` turns that into these names.
 */
import type { Bilingual, Lang } from '../i18n/format.ts';

export const SOURCES: Record<string, Bilingual> = {
  '000': {
    sv: 'Försäkringskassan, arbetsplatsinriktat rehabiliteringsstöd för arbetsgivare (juni 2025)',
    en: 'Försäkringskassan, workplace-oriented rehabilitation support for employers (June 2025)',
  },
  '001': {
    sv: 'Försäkringskassan, arbetslivsinriktad rehabilitering för vården',
    en: 'Försäkringskassan, work-oriented rehabilitation for healthcare',
  },
  '002': {
    sv: 'Försäkringskassan och Afa Försäkring, informationsmöte om rehabiliteringsstöd',
    en: 'Försäkringskassan and Afa Försäkring, information meeting on rehabilitation support',
  },
  '003': {
    sv: 'Försäkringskassans rapport till regeringen 2024',
    en: "Försäkringskassan's report to the government 2024",
  },
  '004': {
    sv: 'Försäkringskassan, samordningsansvaret i rehabiliteringen',
    en: 'Försäkringskassan, the coordination duty in rehabilitation',
  },
  /** Not a seed: Afa's page for treating providers, cited by AFA-VAT and AFA-INVOICE in rules.md. */
  'afa-behandlande-foretag': {
    sv: 'Afa Försäkring, Behandlande företag – rehabiliteringsstöd ("Totalkostnad exklusive moms")',
    en: 'Afa Försäkring, Treating providers – rehabilitation support ("Totalkostnad exklusive moms")',
  },
};

/** "Förordning 2024:1275; seed 000, 003" → the law as written, the seeds by their names. */
export function sourceText(source: string, lang: Lang): string {
  return source.replace(/seed ((?:\d{3}(?:, )?)+)/g, (_m, list: string) =>
    list
      .split(', ')
      .map((n) => SOURCES[n]?.[lang] ?? n)
      .join('; '),
  );
}
