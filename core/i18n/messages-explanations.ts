import type { IsoDate } from './dates.ts';
import { type Bilingual, formatDateLong, formatKronor } from './format.ts';

/**
 * The sentences of an estimate's explanations ("Därför"), worded here once for every surface;
 * core/estimate/split.ts chooses which and fills in the numbers. `x` names the insats in them:
 * its category in lower case and its id, `utredning (insats 1)`. A file of its own, beside the
 * validation messages (messages-estimate.ts): the widget's first view needs those, not these.
 */
export const EXPLANATION_TEXTS = {
  fkExcluded: (x: Bilingual): Bilingual => ({
    sv: `Försäkringskassan betalar inte för ${x.sv}: det är inte en arbetsplatsinriktad insats som ger bidrag.`,
    en: `Försäkringskassan does not pay for ${x.en}: it is not a workplace-oriented insats that qualifies.`,
  }),
  fkProvider: (x: Bilingual): Bilingual => ({
    sv: `Försäkringskassan betalar bara när anordnaren är godkänd av Försäkringskassan; kontrollera det för ${x.sv}.`,
    en: `Försäkringskassan only pays when the provider is approved by Försäkringskassan; check this for ${x.en}.`,
  }),
  fkDeadlinePassed: (x: Bilingual, year: number, last: IsoDate): Bilingual => ({
    sv: `Sista dag att ansöka hos Försäkringskassan för ${x.sv} (genomförd ${year}) var ${formatDateLong(last, 'sv')}; den har passerat.`,
    en: `The last day to apply to Försäkringskassan for ${x.en} (carried out in ${year}) was ${formatDateLong(last, 'en')}; it has passed.`,
  }),
  fkStatedOnWeekend: (stated: IsoDate, last: IsoDate): Bilingual => ({
    sv: `Försäkringskassan anger ${formatDateLong(stated, 'sv')}; den dagen infaller på en helg, så enligt lagen (1930:173) räcker det att ansökan kommer in ${formatDateLong(last, 'sv')}.`,
    en: `Försäkringskassan states ${formatDateLong(stated, 'en')}; that day falls on a weekend, so under lag (1930:173) an application that arrives on ${formatDateLong(last, 'en')} still counts.`,
  }),
  capEmployee: (cap: number, year: number, startedOn: IsoDate, left: number): Bilingual => ({
    sv: `Taket för medarbetaren är ${formatKronor(cap)} för ${year} (insatsen påbörjades ${startedOn}); kvar var ${formatKronor(left)}.`,
    en: `The cap for the employee is ${formatKronor(cap)} for ${year} (the insats started ${startedOn}); ${formatKronor(left)} was left.`,
  }),
  capEmployer: (cap: number, year: number, left: number): Bilingual => ({
    sv: `Arbetsgivarens tak är ${formatKronor(cap)} för ${year}; kvar var ${formatKronor(left)}.`,
    en: `The employer's cap is ${formatKronor(cap)} for ${year}; ${formatKronor(left)} was left.`,
  }),
  vatAssumption: (x: Bilingual, vat: number, deducts: boolean): Bilingual =>
    deducts
      ? {
          sv: `Antagande: arbetsgivaren drar av momsen (${formatKronor(vat)}) för ${x.sv}, så den är ingen kostnad och Försäkringskassans halva räknas på beloppet utan moms. Ingen aktuell källa från Försäkringskassan säger hur moms räknas.`,
          en: `Assumption: the employer deducts the VAT (${formatKronor(vat)}) on ${x.en}, so it is no cost and Försäkringskassan's half is of the amount excluding VAT. No current Försäkringskassan source says how VAT counts.`,
        }
      : {
          sv: `Antagande: arbetsgivaren kan inte dra av momsen (${formatKronor(vat)}) för ${x.sv}, så Försäkringskassans halva räknas på beloppet med moms. Ingen aktuell källa från Försäkringskassan säger hur moms räknas.`,
          en: `Assumption: the employer cannot deduct the VAT (${formatKronor(vat)}) on ${x.en}, so Försäkringskassan's half is of the amount including VAT. No current Försäkringskassan source says how VAT counts.`,
        },
  afaExcluded: (x: Bilingual): Bilingual => ({
    sv: `Afa Försäkring ersätter inte ${x.sv}.`,
    en: `Afa Försäkring does not reimburse ${x.en}.`,
  }),
  afaDeadlinePassed: (x: Bilingual, last: IsoDate): Bilingual => ({
    sv: `Ansökan till Afa Försäkring för ${x.sv} skulle ha gjorts inom 6 månader från start, senast ${formatDateLong(last, 'sv')}; den tiden har passerat.`,
    en: `The application to Afa Försäkring for ${x.en} had to be made within 6 months of the start, by ${formatDateLong(last, 'en')}; that time has passed.`,
  }),
  afaVat: (x: Bilingual, cost: number): Bilingual => ({
    sv: `Afa Försäkring räknar på kostnaden utan moms för ${x.sv}: ${formatKronor(cost)}.`,
    en: `Afa Försäkring counts the cost excluding VAT for ${x.en}: ${formatKronor(cost)}.`,
  }),
  bothPayHalf: (x: Bilingual): Bilingual => ({
    sv: `Både Försäkringskassan och Afa Försäkring betalar var sin halva av ${x.sv}, som i källornas exempel (Lena).`,
    en: `Försäkringskassan and Afa Försäkring each pay half of ${x.en}, as in the sources' example (Lena).`,
  }),
  afaNotState: (x: Bilingual): Bilingual => ({
    sv: `Afa Försäkring ersätter inte ${x.sv}: statliga arbetsgivare omfattas inte av AGS-KL eller AGS.`,
    en: `Afa Försäkring does not reimburse ${x.en}: state employers are not covered by AGS-KL or AGS.`,
  }),
  afaNoAgreement: (x: Bilingual): Bilingual => ({
    sv: `Afa Försäkring ersätter ${x.sv} bara om arbetsgivaren har kollektivavtal med AGS-KL eller AGS; kontrollera avtalet.`,
    en: `Afa Försäkring reimburses ${x.en} only if the employer has a collective agreement with AGS-KL or AGS; check the agreement.`,
  }),
  afaNoMedarbetaravtal: (x: Bilingual): Bilingual => ({
    sv: `Afa Försäkring ersätter inte ${x.sv}: i privata företag omfattas tjänstemän bara när arbetsgivaren har tecknat ett medarbetaravtal, och arbetsgivaren har inget.`,
    en: `Afa Försäkring does not reimburse ${x.en}: in private companies salaried staff are covered only when the employer has a medarbetaravtal, and this employer has none.`,
  }),
  afaAskMedarbetaravtal: (x: Bilingual): Bilingual => ({
    sv: `Afa Försäkring ersätter ${x.sv} för arbetare i privata företag; tjänstemän omfattas bara om arbetsgivaren har tecknat ett medarbetaravtal. Kontrollera det: med ett sådant avtal betalar Afa hälften.`,
    en: `Afa Försäkring reimburses ${x.en} for workers (arbetare) in private companies; salaried staff only if the employer has a medarbetaravtal. Check this: with one, Afa pays half.`,
  }),
};

export type ExplanationTexts = typeof EXPLANATION_TEXTS;
