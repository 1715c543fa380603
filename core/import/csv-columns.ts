/**
 * The insatser import's columns: their names in the example file's order, whose record each fills,
 * the field name shown in errors, and the spellings people use in spreadsheets. A new CSV column
 * is one row in each table here (and the README's CSV table).
 */
import type { Bilingual } from '../i18n/format.ts';
import { FIELD_NAMES } from '../i18n/messages.ts';

/** The columns, in the order of the example file. `required: false` columns may be left out. */
export const CSV_COLUMNS = [
  { name: 'arbetsgivare_orgnr', required: true },
  { name: 'arbetsgivare_namn', required: true },
  { name: 'sektor', required: true },
  { name: 'afa_avtal', required: true },
  { name: 'personnummer', required: true },
  { name: 'medarbetare_namn', required: true },
  { name: 'anstallningsgrupp', required: true },
  { name: 'insats_id', required: false },
  { name: 'kategori', required: true },
  { name: 'insats_namn', required: true },
  { name: 'fk_typ', required: true },
  { name: 'paborjad', required: true },
  { name: 'genomford', required: true },
  { name: 'utforare', required: true },
  { name: 'kompetens', required: true },
  { name: 'kostnad', required: true },
  { name: 'beskrivning', required: false },
  { name: 'stallningstaganden', required: false },
  { name: 'digital', required: false },
  { name: 'moms', required: false },
  { name: 'drar_av_moms', required: false },
  { name: 'medarbetaravtal', required: false },
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number]['name'];

/** Which column a schema field came from, to name it in a rejected row. */
export const COLUMN_OF: Record<'employer' | 'employee' | 'insats', Record<string, CsvColumn>> = {
  employer: {
    organisationsnummer: 'arbetsgivare_orgnr',
    name: 'arbetsgivare_namn',
    sector: 'sektor',
    afaAgreement: 'afa_avtal',
    deductsVat: 'drar_av_moms',
    medarbetaravtal: 'medarbetaravtal',
  },
  employee: { personnummer: 'personnummer', name: 'medarbetare_namn', group: 'anstallningsgrupp' },
  insats: {
    id: 'insats_id',
    category: 'kategori',
    name: 'insats_namn',
    kinds: 'fk_typ',
    startedOn: 'paborjad',
    performedOn: 'genomford',
    performer: 'utforare',
    competence: 'kompetens',
    cost: 'kostnad',
    description: 'beskrivning',
    positions: 'stallningstaganden',
    digital: 'digital',
    vat: 'moms',
  },
};

export const COLUMN_FIELD: Record<CsvColumn, Bilingual> = {
  arbetsgivare_orgnr: {
    sv: 'Arbetsgivarens organisationsnummer',
    en: 'Employer organisationsnummer',
  },
  arbetsgivare_namn: { sv: 'Arbetsgivarens namn', en: 'Employer name' },
  sektor: FIELD_NAMES.sector as Bilingual,
  afa_avtal: FIELD_NAMES.afaAgreement as Bilingual,
  personnummer: FIELD_NAMES.personnummer as Bilingual,
  medarbetare_namn: { sv: 'Medarbetarens namn', en: 'Employee name' },
  anstallningsgrupp: FIELD_NAMES.group as Bilingual,
  insats_id: { sv: 'Insatsens id', en: 'Insats id' },
  kategori: FIELD_NAMES.category as Bilingual,
  insats_namn: { sv: 'Insatsens namn', en: 'Insats name' },
  fk_typ: FIELD_NAMES.kinds as Bilingual,
  paborjad: FIELD_NAMES.startedOn as Bilingual,
  genomford: FIELD_NAMES.performedOn as Bilingual,
  utforare: FIELD_NAMES.performer as Bilingual,
  kompetens: FIELD_NAMES.competence as Bilingual,
  kostnad: FIELD_NAMES.cost as Bilingual,
  beskrivning: FIELD_NAMES.description as Bilingual,
  stallningstaganden: FIELD_NAMES.positions as Bilingual,
  digital: FIELD_NAMES.digital as Bilingual,
  moms: FIELD_NAMES.vat as Bilingual,
  drar_av_moms: FIELD_NAMES.deductsVat as Bilingual,
  medarbetaravtal: FIELD_NAMES.medarbetaravtal as Bilingual,
};

/** Other names staff may give the new columns. */
export const COLUMN_ALIASES: Record<string, CsvColumn> = {
  vat: 'moms',
  varav_moms: 'moms',
  avdragsgill_moms: 'drar_av_moms',
};
