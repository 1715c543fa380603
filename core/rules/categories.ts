import type { RuleId } from './rule-ids.ts';

/**
 * Insats categories and who pays (rules.md, "Insats categories and who pays"). The category, not
 * free text, decides eligibility.
 */
export const CATEGORY_IDS = [
  'utredning',
  'planering',
  'stodsamtal',
  'anpassning',
  'arbetshjalpmedel',
  'rehabkoordinator',
  'stresshantering',
  'psykologbehandling',
  'missbruksbehandling',
  'livsstilskurs',
  'omskolning',
  'medicinsk_behandling',
  'halsoframjande',
  'gruppinsats',
  'administration',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
  id: CategoryId;
  sv: string;
  en: string;
  fk: boolean;
  afa: boolean;
  /** The rules that decide FK's part, in the order they are cited. */
  fkRules: RuleId[];
  /** The rules that decide Afa's part. */
  afaRules: RuleId[];
  /** A rules.md assumption that the product states to the user. */
  assumption?: { sv: string; en: string };
}

export const CATEGORIES: Record<CategoryId, Category> = {
  utredning: {
    id: 'utredning',
    sv: 'Utredning av ohälsa, arbetsförmåga eller stödbehov',
    en: 'Investigation of ill-health, work capacity or support needs',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  planering: {
    id: 'planering',
    sv: 'Planering för återgång i arbete',
    en: 'Return-to-work planning',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  stodsamtal: {
    id: 'stodsamtal',
    sv: 'Arbetsplatsinriktade stödsamtal',
    en: 'Workplace-oriented supportive talks',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  anpassning: {
    id: 'anpassning',
    sv: 'Stöd vid anpassning av arbetsplats, arbetsuppgifter eller arbetstid',
    en: 'Support in adapting workplace, tasks or working hours',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  arbetshjalpmedel: {
    id: 'arbetshjalpmedel',
    sv: 'Översyn av arbetshjälpmedel eller arbetsteknik',
    en: 'Review of work aids or work technique',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  rehabkoordinator: {
    id: 'rehabkoordinator',
    sv: 'Rehabiliteringskoordinator',
    en: 'Rehabilitation coordinator',
    fk: true,
    afa: false,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-EXCLUDED'],
  },
  stresshantering: {
    id: 'stresshantering',
    sv: 'Kurs i stresshantering',
    en: 'Stress-management course',
    fk: true,
    afa: true,
    fkRules: ['FK-ELIGIBLE'],
    afaRules: ['AFA-ELIGIBLE'],
  },
  psykologbehandling: {
    id: 'psykologbehandling',
    sv: 'Samtalsbehandling hos legitimerad psykolog eller psykoterapeut',
    en: 'Talk therapy with a licensed psychologist or psychotherapist',
    fk: false,
    afa: true,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-ELIGIBLE'],
  },
  missbruksbehandling: {
    id: 'missbruksbehandling',
    sv: 'Behandling vid skadligt bruk eller beroende',
    en: 'Treatment for harmful use or addiction',
    fk: false,
    afa: true,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-ELIGIBLE'],
  },
  livsstilskurs: {
    id: 'livsstilskurs',
    sv: 'Livsstilsförändrande kurs, t.ex. vid långvarig smärta',
    en: 'Lifestyle-change course, e.g. for long-term pain',
    fk: false,
    afa: true,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-ELIGIBLE'],
    assumption: {
      sv: 'Antagande: Försäkringskassan räknar en livsstilskurs som behandling och betalar inget.',
      en: 'Assumption: Försäkringskassan treats a lifestyle-change course as treatment and pays nothing.',
    },
  },
  omskolning: {
    id: 'omskolning',
    sv: 'Kortare omskolande kurs',
    en: 'Short retraining course',
    fk: false,
    afa: true,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-ELIGIBLE'],
  },
  medicinsk_behandling: {
    id: 'medicinsk_behandling',
    sv: 'Medicinsk behandling eller rehabilitering: läkare, naprapat, fysioterapeut, provtagning',
    en: 'Medical treatment or rehabilitation: doctor, naprapath, physiotherapist, tests',
    fk: false,
    afa: false,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-EXCLUDED'],
  },
  halsoframjande: {
    id: 'halsoframjande',
    sv: 'Hälsofrämjande: friskvård, rökavvänjning, träning, viktminskning',
    en: 'Health promotion: wellness, smoking cessation, exercise, weight loss',
    fk: false,
    afa: false,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-EXCLUDED'],
  },
  gruppinsats: {
    id: 'gruppinsats',
    sv: 'Grupp-, organisations- och ledarskapsinsatser, föreläsningar, screening',
    en: 'Group, organisational and leadership services, lectures, screening',
    fk: false,
    afa: false,
    fkRules: ['FK-INDIVIDUAL', 'FK-EXCLUDED'],
    afaRules: ['AFA-EXCLUDED'],
  },
  administration: {
    id: 'administration',
    sv: 'Administration, vikarier, lön, inköp av hjälpmedel',
    en: 'Administration, substitutes, wages, purchase of aids',
    fk: false,
    afa: false,
    fkRules: ['FK-EXCLUDED'],
    afaRules: ['AFA-EXCLUDED'],
  },
};

/** The five kinds an FK application marks for an insats (FK-KINDS). */
export const FK_KINDS = ['utreda', 'planera', 'initiera', 'genomfora', 'folja_upp'] as const;
export type FkKind = (typeof FK_KINDS)[number];

export const FK_KIND_LABELS: Record<FkKind, { sv: string; en: string }> = {
  utreda: { sv: 'Utreda', en: 'Investigate' },
  planera: { sv: 'Planera', en: 'Plan' },
  initiera: { sv: 'Initiera', en: 'Initiate' },
  genomfora: { sv: 'Genomföra', en: 'Carry out' },
  folja_upp: { sv: 'Följa upp', en: 'Follow up' },
};
