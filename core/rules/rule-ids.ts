/**
 * The rule ids of `shared/domain/rules.md`. Every line of an estimate, every explanation and every
 * dated parameter names one of these, so that a number on screen can be traced back to its source.
 */
export const RULE_IDS = [
  'FK-RATE',
  'FK-CAP-EMPLOYEE',
  'FK-CAP-EMPLOYER',
  'FK-YEAR',
  'FK-DEADLINE',
  'FK-PAID-FIRST',
  'FK-PROVIDER',
  'FK-INDIVIDUAL',
  'FK-KINDS',
  'FK-ELIGIBLE',
  'FK-EXCLUDED',
  'FK-INVOICE',
  'FK-7026',
  'AFA-WHO',
  'AFA-RATE',
  'AFA-ELIGIBLE',
  'AFA-EXCLUDED',
  'AFA-DEADLINE',
  'AFA-INVOICE',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  id: RuleId;
  sv: string;
  en: string;
  /** Seed files in shared/seeds (by number) and other public sources the rule comes from. */
  sources: string[];
}

/** Short titles of each rule, shown beside the numbers ("Så räknar vi"). */
export const RULES: Record<RuleId, RuleInfo> = {
  'FK-RATE': {
    id: 'FK-RATE',
    sv: 'Försäkringskassan betalar hälften av kostnaden',
    en: 'Försäkringskassan pays half of the cost',
    sources: ['000', '002', '003'],
  },
  'FK-CAP-EMPLOYEE': {
    id: 'FK-CAP-EMPLOYEE',
    sv: 'Tak per medarbetare och kalenderår, efter när insatsen påbörjades',
    en: 'Cap per employee and calendar year, by the date the insats started',
    sources: ['000', '003', 'Förordning 2024:1275'],
  },
  'FK-CAP-EMPLOYER': {
    id: 'FK-CAP-EMPLOYER',
    sv: 'Tak per arbetsgivare (organisationsnummer) och kalenderår',
    en: 'Cap per employer (organisationsnummer) and calendar year',
    sources: ['000', '002', '003'],
  },
  'FK-YEAR': {
    id: 'FK-YEAR',
    sv: 'Taken räknas per det år insatsen genomfördes',
    en: 'Caps count in the year the insats was carried out',
    sources: ['000', '003'],
  },
  'FK-DEADLINE': {
    id: 'FK-DEADLINE',
    sv: 'Ansökan ska vara hos Försäkringskassan senast 1 februari året efter',
    en: 'The application must reach Försäkringskassan by 1 February of the following year',
    sources: ['000', '002', 'Lag (1930:173) om beräkning av lagstadgad tid'],
  },
  'FK-PAID-FIRST': {
    id: 'FK-PAID-FIRST',
    sv: 'Arbetsgivaren betalar anordnaren först och ansöker sedan med fakturaunderlaget',
    en: 'The employer pays the provider first and then applies with the invoice basis',
    sources: ['000', '002'],
  },
  'FK-PROVIDER': {
    id: 'FK-PROVIDER',
    sv: 'Anordnaren måste vara godkänd av Försäkringskassan',
    en: 'The provider must be approved by Försäkringskassan',
    sources: ['000', '002', '003'],
  },
  'FK-INDIVIDUAL': {
    id: 'FK-INDIVIDUAL',
    sv: 'En insats gäller en medarbetare, aldrig en grupp',
    en: 'An insats concerns one employee, never a group',
    sources: ['000', '002'],
  },
  'FK-KINDS': {
    id: 'FK-KINDS',
    sv: 'Ansökan anger om insatsen var att utreda, planera, initiera, genomföra eller följa upp',
    en: 'The application marks whether the insats was to investigate, plan, initiate, carry out or follow up',
    sources: ['002', '003'],
  },
  'FK-ELIGIBLE': {
    id: 'FK-ELIGIBLE',
    sv: 'Insatsen är arbetsplatsinriktad och ger rätt till bidrag från Försäkringskassan',
    en: 'The insats is workplace-oriented and eligible for the Försäkringskassan grant',
    sources: ['000', '002'],
  },
  'FK-EXCLUDED': {
    id: 'FK-EXCLUDED',
    sv: 'Behandling, hälsofrämjande insatser och grupp- eller organisationsinsatser ger inget bidrag från Försäkringskassan',
    en: 'Treatment, health promotion and group or organisational services get no Försäkringskassan grant',
    sources: ['002'],
  },
  'FK-INVOICE': {
    id: 'FK-INVOICE',
    sv: 'Fakturaunderlaget gäller en medarbetare och visar datum, namn, personnummer, utförare, kompetens, insats och kostnad',
    en: 'The invoice basis covers one employee and shows date, name, personnummer, performer, competence, insats and cost',
    sources: ['000'],
  },
  'FK-7026': {
    id: 'FK-7026',
    sv: 'Anordnaren redovisar skriftligt per medarbetare vad som gjorts (blankett 7026)',
    en: 'The provider reports in writing per employee what was done (form 7026)',
    sources: ['000', '002'],
  },
  'AFA-WHO': {
    id: 'AFA-WHO',
    sv: 'Afa ersätter när medarbetaren omfattas av AGS-KL eller AGS: i kommun och region alla, i privat sektor arbetare',
    en: 'Afa reimburses when the employee is covered by AGS-KL or AGS: everyone in municipalities and regions, workers in private companies',
    sources: ['002'],
  },
  'AFA-RATE': {
    id: 'AFA-RATE',
    sv: 'Afa Försäkring ersätter upp till hälften av kostnaden',
    en: 'Afa Försäkring reimburses up to half of the cost',
    sources: ['002'],
  },
  'AFA-ELIGIBLE': {
    id: 'AFA-ELIGIBLE',
    sv: 'Insatsen är en behandling eller kurs som Afa ersätter',
    en: 'The insats is a treatment or course that Afa reimburses',
    sources: ['002'],
  },
  'AFA-EXCLUDED': {
    id: 'AFA-EXCLUDED',
    sv: 'Afa ersätter inte utredningar, medicinsk rehabilitering, gruppinsatser, administration eller hjälpmedel',
    en: 'Afa does not reimburse investigations, medical rehabilitation, group activities, administration or work aids',
    sources: ['002'],
  },
  'AFA-DEADLINE': {
    id: 'AFA-DEADLINE',
    sv: 'Kommuner och regioner ansöker hos Afa inom 6 månader från rehabiliteringens start',
    en: 'Municipalities and regions apply to Afa within 6 months of the rehabilitation start',
    sources: ['002'],
  },
  'AFA-INVOICE': {
    id: 'AFA-INVOICE',
    sv: 'Afas underlag är personspecifikt: vem som behandlas, insats, digital eller inte, behandlare, startdatum och kostnad',
    en: 'Afa’s invoice basis is person-specific: who is treated, the insats, digital or not, the therapist, start date and cost',
    sources: ['002'],
  },
};
