import type { IsoDate } from './dates.ts';
import { type Bilingual, formatDateLong, formatKronor } from './format.ts';

/**
 * The validation messages an estimate's input can produce (the widget ships only these); the
 * messages of records and documents are added in messages.ts.
 */
export const ESTIMATE_MESSAGES = {
  required: { sv: 'Uppgiften saknas.', en: 'The value is missing.' },
  wrong_type: { sv: 'Uppgiften har fel form.', en: 'The value has the wrong form.' },
  unknown_value: {
    sv: 'Värdet finns inte bland de tillåtna.',
    en: 'The value is not one of the allowed ones.',
  },
  date_invalid: {
    sv: 'Ange ett riktigt datum som ÅÅÅÅ-MM-DD.',
    en: 'Enter a real date as YYYY-MM-DD.',
  },
  amount_negative: { sv: 'Beloppet får inte vara negativt.', en: 'The amount cannot be negative.' },
  amount_decimals: {
    sv: 'Beloppet får ha högst två decimaler (öre).',
    en: 'The amount can have at most two decimals (öre).',
  },
  amount_too_large: { sv: 'Beloppet är orimligt stort.', en: 'The amount is unreasonably large.' },
  amount_not_number: {
    sv: 'Ange beloppet i kronor som ett tal.',
    en: 'Enter the amount in kronor as a number.',
  },
  category_unknown: {
    sv: 'Okänd kategori av insats.',
    en: 'Unknown insats category.',
  },
  started_after_performed: {
    sv: 'Insatsen kan inte ha påbörjats efter att den genomfördes.',
    en: 'The insats cannot have started after it was carried out.',
  },
  duplicate_id: {
    sv: 'Id:t används redan av en annan insats.',
    en: 'The id is already used by another insats.',
  },
  insatser_empty: { sv: 'Lägg till minst en insats.', en: 'Add at least one insats.' },
  year_invalid: { sv: 'Ange ett årtal med fyra siffror.', en: 'Enter a four-digit year.' },
  text_empty: { sv: 'Fältet får inte vara tomt.', en: 'The field cannot be empty.' },
  text_too_long: { sv: 'Texten är för lång.', en: 'The text is too long.' },
  id_empty: { sv: 'Id får inte vara tomt.', en: 'The id cannot be empty.' },
  name_looks_personal: {
    sv: 'Namnet ser ut att innehålla ett personnummer. Spara utan personuppgifter, t.ex. ”Stresskurs hösten”.',
    en: 'The name looks like it holds a personnummer. Save without personal data, e.g. "Stress course autumn".',
  },
} satisfies Record<string, Bilingual>;

/**
 * The sentences of an estimate's explanations ("Därför"), worded here once for every surface;
 * core/estimate/estimate.ts chooses which and fills in the numbers. `x` names the insats in them:
 * its category in lower case and its id, `utredning (insats 1)`.
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
