/**
 * The words e-services use for each field of the application, as data. A phrase matches when each
 * of its words begins a word of the label (`arbetsgivar` matches "Arbetsgivarens"); a word written
 * `=år` must match a whole word. Owners say whose a value is (the employer's organisationsnummer,
 * the provider's); a label that names someone else's value never matches.
 */
import type { FkKind } from '../rules/categories.ts';
import type { ApplicationField, Control } from './fields.ts';

export type Owner = 'employer' | 'provider' | 'employee' | 'contact' | 'other';

/** Longest first where words overlap ("företagshälsovård" is the provider, "företag" the employer). */
export const OWNER_WORDS: readonly { word: string; owner: Owner }[] = [
  { word: 'företagshälsovård', owner: 'provider' },
  { word: 'anordnar', owner: 'provider' },
  { word: 'leverantör', owner: 'provider' },
  { word: 'provider', owner: 'provider' },
  { word: 'arbetsgivar', owner: 'employer' },
  { word: 'företag', owner: 'employer' },
  { word: 'employer', owner: 'employer' },
  { word: 'medarbetar', owner: 'employee' },
  { word: 'arbetstagar', owner: 'employee' },
  { word: 'anställd', owner: 'employee' },
  { word: 'employee', owner: 'employee' },
  { word: 'kontaktperson', owner: 'contact' },
  { word: 'contact', owner: 'contact' },
  // Someone whose data we never hold: a look-alike label naming them must get nothing.
  { word: 'ombud', owner: 'other' },
  { word: 'handläggar', owner: 'other' },
  { word: 'make', owner: 'other' },
  { word: 'maka', owner: 'other' },
  { word: 'sambo', owner: 'other' },
  { word: 'förälder', owner: 'other' },
  { word: 'vårdnadshavar', owner: 'other' },
  { word: 'tidigare', owner: 'other' },
  { word: 'afa', owner: 'other' },
  { word: 'bank', owner: 'other' },
];

export interface FieldWords {
  field: ApplicationField;
  control: Control;
  /** Phrases naming the thing; one must match the label (or, weakly, the name/id). */
  subject: readonly string[];
  /** Whose value it is. Empty: nobody in particular. */
  owners: readonly Owner[];
  /** The label must name an owner (from the label or the fieldset's legend). */
  ownerRequired?: boolean;
  /** Other owners the label may also name ("kontaktperson hos arbetsgivaren"). */
  tolerated?: readonly Owner[];
  /** Words that rule the field out ("födelseår" is not the year of the insats). */
  never?: readonly string[];
  /** Input types that fit; another explicit type rules the field out. */
  types?: readonly string[];
}

const TEXT_TYPES = ['text', 'search', ''] as const;

export const VOCABULARY: readonly FieldWords[] = [
  {
    field: 'employer.organisationsnummer',
    control: 'text',
    subject: ['organisationsnummer', 'orgnr', 'org.nr', 'organisation number'],
    owners: ['employer'],
    ownerRequired: true,
    types: TEXT_TYPES,
  },
  {
    field: 'provider.organisationsnummer',
    control: 'text',
    subject: ['organisationsnummer', 'orgnr', 'org.nr', 'organisation number'],
    owners: ['provider'],
    ownerRequired: true,
    types: TEXT_TYPES,
  },
  {
    field: 'employer.name',
    control: 'text',
    subject: ['namn', 'name', 'företagsnamn'],
    owners: ['employer'],
    ownerRequired: true,
    never: ['organisationsnummer', 'personnummer', 'e-post', 'telefon'],
    types: TEXT_TYPES,
  },
  {
    field: 'provider.name',
    control: 'text',
    subject: ['namn', 'name'],
    owners: ['provider'],
    ownerRequired: true,
    never: ['organisationsnummer', 'e-post', 'telefon'],
    types: TEXT_TYPES,
  },
  {
    field: 'employee.personnummer',
    control: 'text',
    subject: ['personnummer', 'samordningsnummer', 'personal identity number', 'pnr'],
    owners: ['employee'],
    types: TEXT_TYPES,
  },
  {
    field: 'year',
    control: 'text',
    subject: ['=år', '=året', '=årtal', '=year', 'kalenderår'],
    owners: [],
    never: ['födelse', 'ålder', 'antal', 'belopp', 'kostnad', 'datum'],
    types: [...TEXT_TYPES, 'number', 'tel'],
  },
  {
    field: 'period.from',
    control: 'text',
    subject: ['från datum', 'fr.o.m', 'from date', 'startdatum'],
    owners: [],
    types: [...TEXT_TYPES, 'date'],
  },
  {
    field: 'period.to',
    control: 'text',
    subject: ['till datum', 't.o.m', 'to date', 'slutdatum'],
    owners: [],
    types: [...TEXT_TYPES, 'date'],
  },
  {
    field: 'amount',
    control: 'text',
    subject: ['belopp', 'kostnad', 'amount', 'cost', 'betalat'],
    owners: ['employer'],
    never: ['beviljat', 'bidrag', 'timmar', 'antal', 'moms'],
    types: [...TEXT_TYPES, 'number', 'tel'],
  },
  {
    field: 'attachment',
    control: 'file',
    subject: ['faktura', 'underlag', 'bifoga', 'invoice', 'attachment', 'bilaga'],
    owners: [],
    tolerated: ['employer', 'provider'],
  },
  {
    field: 'contact.name',
    control: 'text',
    subject: ['namn', 'name', 'kontaktperson'],
    owners: ['contact'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: ['telefon', 'e-post', 'epost', 'mejl', 'email'],
    types: TEXT_TYPES,
  },
  {
    field: 'contact.phone',
    control: 'text',
    subject: ['telefon', 'mobil', 'phone'],
    owners: ['contact'],
    tolerated: ['employer'],
    types: [...TEXT_TYPES, 'tel'],
  },
  {
    field: 'contact.email',
    control: 'text',
    subject: ['e-post', 'epost', 'mejl', 'email', 'e-mail'],
    owners: ['contact'],
    tolerated: ['employer'],
    types: [...TEXT_TYPES, 'email'],
  },
];

/** The options of FK's "kinds" checkbox group, by the words on each box. */
export const KIND_WORDS: Record<FkKind, readonly string[]> = {
  utreda: ['utreda', 'utredning', 'investigat'],
  planera: ['planera', 'planering', '=plan'],
  initiera: ['initiera', 'initiering', 'initiat'],
  genomfora: ['genomföra', 'genomförande', 'carry out', 'carried out'],
  folja_upp: ['följa upp', 'uppföljning', 'follow up', 'follow-up'],
};

/** A group of checkboxes is the kinds question only when it holds at least this many kinds. */
export const KIND_GROUP_MIN = 3;

/** The radios of "a whole year or a period?". */
export const PERIOD_CHOICE_WORDS = {
  year: ['helt år', 'hela året', 'kalenderår', 'whole year', 'full year'],
  period: ['=period', 'del av år', 'part of'],
} as const;
