/**
 * The words e-services use for each field of the application, as data. A stem is matched against
 * the words of the label as a person reads it (core/prefill/text.ts), in one of three ways:
 *
 * - `arbetsgivar` begins a word: Swedish inflects at the end ("arbetsgivarens", "anställdes");
 * - `~kostnad` begins a word or ends a compound inside one ("totalkostnad", "insatskostnaden");
 * - `=år` is a whole word ("år" must not match "århus");
 * - `^anordnar` names the field only when the label says nothing else ("Anordnare", "Välj
 *   anordnare", but not "Anordnarens adress").
 *
 * A phrase of several stems matches when each stem matches some word. Owners say whose a value is;
 * a label that names someone whose data we do not hold never matches. Several entries may name
 * the same field: they are synonyms with their own vetoes.
 */
import type { FkKind } from '../rules/categories.ts';
import type { ApplicationField, Control } from './fields.ts';

export type Owner = 'employer' | 'provider' | 'employee' | 'contact' | 'other';

/**
 * One stem per word, longest first where stems overlap ("företagshälsovård" is the provider,
 * "företag" the employer). `other` is everyone whose data we never hold, and the person at the
 * keyboard ("ditt", "din"): their fields get nothing, whatever else the label says.
 */
export const OWNER_WORDS: readonly { word: string; owner: Owner }[] = [
  { word: 'företagshälsovård', owner: 'provider' },
  { word: '=fhv', owner: 'provider' },
  { word: 'anordnar', owner: 'provider' },
  { word: 'leverantör', owner: 'provider' },
  { word: 'utförar', owner: 'provider' },
  { word: 'vårdgivar', owner: 'provider' },
  { word: 'provider', owner: 'provider' },
  { word: 'arbetsgivar', owner: 'employer' },
  { word: 'företag', owner: 'employer' },
  { word: 'bolag', owner: 'employer' },
  { word: 'sökand', owner: 'employer' },
  { word: 'employer', owner: 'employer' },
  { word: 'medarbetar', owner: 'employee' },
  { word: 'arbetstagar', owner: 'employee' },
  { word: 'anställd', owner: 'employee' },
  { word: 'försäkrad', owner: 'employee' },
  { word: 'sjukskriv', owner: 'employee' },
  { word: 'employee', owner: 'employee' },
  { word: 'kontakt', owner: 'contact' },
  { word: 'contact', owner: 'contact' },
  { word: '~ombud', owner: 'other' },
  { word: '~handläggar', owner: 'other' },
  { word: '~underskrift', owner: 'other' },
  { word: '~signatur', owner: 'other' },
  { word: '~namnförtydligande', owner: 'other' },
  { word: 'undertecknar', owner: 'other' },
  { word: '~företrädar', owner: 'other' },
  { word: '~firmatecknar', owner: 'other' },
  { word: 'intygar', owner: 'other' },
  { word: '~vårdnadshavar', owner: 'other' },
  { word: '~förälder', owner: 'other' },
  { word: '~anhörig', owner: 'other' },
  { word: '~förmyndar', owner: 'other' },
  { word: 'behandlar', owner: 'other' },
  { word: 'läkar', owner: 'other' },
  { word: '=chef', owner: 'other' },
  { word: 'chefen', owner: 'other' },
  { word: '=make', owner: 'other' },
  { word: '=maken', owner: 'other' },
  { word: '=makens', owner: 'other' },
  { word: '=maka', owner: 'other' },
  { word: '=makans', owner: 'other' },
  { word: 'sambo', owner: 'other' },
  { word: 'vittne', owner: 'other' },
  { word: 'tidigare', owner: 'other' },
  { word: '=afa', owner: 'other' },
  { word: '=afas', owner: 'other' },
  { word: 'bank', owner: 'other' },
  { word: '=din', owner: 'other' },
  { word: '=ditt', owner: 'other' },
  { word: '=dina', owner: 'other' },
  { word: '=mitt', owner: 'other' },
  { word: '=min', owner: 'other' },
  { word: '=mina', owner: 'other' },
  { word: '=er', owner: 'other' },
  { word: '=ert', owner: 'other' },
  { word: '=era', owner: 'other' },
  { word: '=your', owner: 'other' },
  { word: '=my', owner: 'other' },
];

/** Questions and phrases that name an owner without its noun ("Vem kan vi kontakta?"). */
export const OWNER_PHRASES: readonly { phrase: string; owner: Owner }[] = [
  { phrase: '=vem gäller', owner: 'employee' },
  { phrase: '=vem =avser', owner: 'employee' },
  { phrase: '=vem utförde', owner: 'provider' },
  { phrase: '=vem genomförde', owner: 'provider' },
  { phrase: '=vem =kan =vi', owner: 'contact' },
];

export interface FieldWords {
  field: ApplicationField;
  control: Control;
  /** Stems naming the thing; one must match the label as rendered. */
  subject: readonly string[];
  /** Whose value it is. Empty: nobody in particular (only `other` rules it out). */
  owners: readonly Owner[];
  /** The label, legend or heading must name an owner, or the field is left alone. */
  ownerRequired?: boolean;
  /** Other owners the label may also name ("kontaktperson hos arbetsgivaren"). */
  tolerated?: readonly Owner[];
  /** Stems that rule the field out ("födelseår" is not the year of the insats). */
  never?: readonly string[];
  /** Stems that rule the field out when in the label or its format hint ("exklusive moms"). */
  notWith?: readonly string[];
  /** One of these must also match, in the label or its hint (the VAT qualifier of an amount). */
  requires?: readonly string[];
  /** Input types that fit; another explicit type rules the field out. */
  types?: readonly string[];
}

const TEXT_TYPES = ['text', 'search', ''] as const;
const NUMBER_TYPES = [...TEXT_TYPES, 'number', 'tel'] as const;
const DATE_TYPES = [...TEXT_TYPES, 'date'] as const;

const ORGNR = [
  '~organisationsnummer',
  'organisationsnr',
  '~orgnr',
  'org.nr',
  '=org =nr',
  'organisation number',
];
/** A name's label never asks for a number or an address ("Kontaktpersonens mobilnummer"). */
const NOT_A_NAME = ['~nummer', '~adress', 'e-post', 'epost', '~telefon', '=mobil'];
const FIRST_NAME = ['förnamn', 'tilltalsnamn', 'first name', 'given name'];
const LAST_NAME = ['efternamn', 'last name', 'surname', 'family name'];
/** "Förnamn och efternamn", "för- och efternamn": the whole name. */
const BOTH_NAMES = ['förnamn efternamn', '=för efternamn', 'first name last name'];
const FULL_NAME_NEVER = ['förnamn', 'efternamn', 'tilltalsnamn', 'mellannamn', ...NOT_A_NAME];
const PERSON_NEVER = NOT_A_NAME;

/** The amount is what the employer bore; these name another amount (the grant, the VAT, hours). */
const AMOUNT_NEVER = [
  'beviljat',
  'beviljad',
  '~timmar',
  'antal',
  'varav',
  '~timpris',
  '~timkostnad',
  'försäkringskassa',
  '=fk',
  // Other costs than the insats's own.
  'resor',
  '~rese',
  '~lön',
  'material',
  'hjälpmedel',
  'övrig',
  '=per =timme',
  'momssats',
];
const PAID_NEVER = [...AMOUNT_NEVER, 'bidrag', 'sökt', 'söker', 'ansöker', 'ersättning', 'stöd'];
const COST = ['~kostnad', 'kostade', '=kostar', '=cost', '=costs'];
const PAID = ['~belopp', 'summa', '=hur =mycket', '=pris', '=amount', '=total', 'totalt'];
const EX_VAT = ['exkl', '=ex =moms', 'utan moms', 'excl', 'excluding', 'exclusive', 'netto'];
const INC_VAT = ['inkl', 'med moms', 'incl', 'including', 'inclusive', 'brutto'];
const VAT = ['~moms', '=vat', 'mervärdesskatt'];
const AMOUNT_OWNERS = {
  owners: ['employer'],
  tolerated: ['employee', 'provider', 'contact'],
} as const satisfies Pick<FieldWords, 'owners' | 'tolerated'>;

/** Dates of something other than the insatser: a birth, a sick leave, an employment, a signature. */
const DATE_NEVER = ['födelse', 'sjukskriv', 'sjukfrånvaro', 'anställ', 'underskrift', 'beslut'];

const YEAR = [
  '=år',
  '=året',
  '=årtal',
  '=year',
  'kalenderår',
  '=ansökningsår',
  '=insatsår',
  '=bidragsår',
  'verksamhetsår',
];
const YEAR_NEVER = ['födelse', 'ålder', 'antal', '~belopp', '~kostnad', '~datum', '=tidigare'];
const PROVIDER_WORDS = [
  'anordnar',
  'företagshälsovård',
  '=fhv',
  'leverantör',
  'utförar',
  'vårdgivar',
  '=provider',
];
const EMPLOYER_WORDS = ['arbetsgivar', '=företag', '=företaget', 'bolag', '=employer'];

export const VOCABULARY: readonly FieldWords[] = [
  {
    field: 'employer.organisationsnummer',
    control: 'text',
    subject: ORGNR,
    owners: ['employer'],
    ownerRequired: true,
    types: TEXT_TYPES,
  },
  {
    field: 'provider.organisationsnummer',
    control: 'text',
    subject: ORGNR,
    owners: ['provider'],
    ownerRequired: true,
    types: TEXT_TYPES,
  },
  {
    field: 'employer.name',
    control: 'text',
    subject: ['~namn', '=name', 'företagsnamn', '=firma', '=firmanamn'],
    owners: ['employer'],
    ownerRequired: true,
    never: FULL_NAME_NEVER,
    types: TEXT_TYPES,
  },
  {
    field: 'provider.name',
    control: 'text',
    subject: ['~namn', '=name'],
    owners: ['provider'],
    ownerRequired: true,
    never: FULL_NAME_NEVER,
    types: TEXT_TYPES,
  },
  {
    field: 'employee.personnummer',
    control: 'text',
    subject: ['~personnummer', 'personnr', 'samordningsnummer', 'personal identity number', '=pnr'],
    owners: ['employee'],
    // A personnummer is the one value that identifies a person: filled only when whose is said.
    ownerRequired: true,
    tolerated: ['employer'],
    types: TEXT_TYPES,
  },
  {
    field: 'employee.name',
    control: 'text',
    subject: ['~namn', '=name', 'fullständigt namn', 'full name'],
    owners: ['employee'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: FULL_NAME_NEVER,
    types: TEXT_TYPES,
  },
  {
    field: 'employee.name',
    control: 'text',
    subject: BOTH_NAMES,
    owners: ['employee'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: NOT_A_NAME,
    types: TEXT_TYPES,
  },
  {
    field: 'employee.firstName',
    control: 'text',
    subject: FIRST_NAME,
    owners: ['employee'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: [...PERSON_NEVER, ...LAST_NAME],
    types: TEXT_TYPES,
  },
  {
    field: 'employee.lastName',
    control: 'text',
    subject: LAST_NAME,
    owners: ['employee'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: [...PERSON_NEVER, ...FIRST_NAME, '=för'],
    types: TEXT_TYPES,
  },
  {
    field: 'year',
    control: 'text',
    subject: YEAR,
    owners: [],
    never: YEAR_NEVER,
    types: NUMBER_TYPES,
  },
  {
    field: 'year',
    control: 'select',
    subject: YEAR,
    owners: [],
    never: YEAR_NEVER,
  },
  {
    field: 'period.from',
    control: 'text',
    subject: [
      'från och med',
      'fr.o.m',
      '=fr =o =m',
      'från datum',
      'datum från',
      'period från',
      '~startdatum',
      'påbörja',
      '=första ~dag',
      '=första ~datum',
      'start date',
      'from date',
    ],
    owners: [],
    never: [...DATE_NEVER, 'till och med', 't.o.m'],
    types: DATE_TYPES,
  },
  {
    field: 'period.to',
    control: 'text',
    subject: [
      'till och med',
      't.o.m',
      '=t =o =m',
      'till datum',
      'datum till',
      'period till',
      '~slutdatum',
      'avslutade',
      'avslutades',
      '=sista ~dag',
      '=sista ~datum',
      'end date',
      'to date',
    ],
    owners: [],
    never: [...DATE_NEVER, 'från och med', 'fr.o.m'],
    types: DATE_TYPES,
  },
  {
    field: 'amount',
    control: 'text',
    subject: COST,
    ...AMOUNT_OWNERS,
    never: AMOUNT_NEVER,
    notWith: VAT,
    types: NUMBER_TYPES,
  },
  {
    field: 'amount',
    control: 'text',
    subject: PAID,
    ...AMOUNT_OWNERS,
    never: PAID_NEVER,
    notWith: VAT,
    types: NUMBER_TYPES,
  },
  {
    field: 'amount.exVat',
    control: 'text',
    subject: COST,
    ...AMOUNT_OWNERS,
    requires: EX_VAT,
    never: AMOUNT_NEVER,
    types: NUMBER_TYPES,
  },
  {
    field: 'amount.exVat',
    control: 'text',
    subject: PAID,
    ...AMOUNT_OWNERS,
    requires: EX_VAT,
    never: PAID_NEVER,
    types: NUMBER_TYPES,
  },
  {
    field: 'amount.incVat',
    control: 'text',
    subject: COST,
    ...AMOUNT_OWNERS,
    requires: INC_VAT,
    never: AMOUNT_NEVER,
    types: NUMBER_TYPES,
  },
  {
    field: 'amount.incVat',
    control: 'text',
    subject: PAID,
    ...AMOUNT_OWNERS,
    requires: INC_VAT,
    never: PAID_NEVER,
    types: NUMBER_TYPES,
  },
  {
    field: 'contact.name',
    control: 'text',
    subject: ['~namn', '=name', 'kontaktperson'],
    owners: ['contact'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: [...FULL_NAME_NEVER, 'mejl', 'email', 'mobil'],
    types: TEXT_TYPES,
  },
  {
    field: 'contact.name',
    control: 'text',
    subject: BOTH_NAMES,
    owners: ['contact'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: NOT_A_NAME,
    types: TEXT_TYPES,
  },
  {
    field: 'contact.firstName',
    control: 'text',
    subject: FIRST_NAME,
    owners: ['contact'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: [...PERSON_NEVER, ...LAST_NAME],
    types: TEXT_TYPES,
  },
  {
    field: 'contact.lastName',
    control: 'text',
    subject: LAST_NAME,
    owners: ['contact'],
    ownerRequired: true,
    tolerated: ['employer'],
    never: [...PERSON_NEVER, ...FIRST_NAME, '=för'],
    types: TEXT_TYPES,
  },
  {
    field: 'contact.phone',
    control: 'text',
    subject: ['~telefon', '=mobil', 'mobilnummer', 'mobiltelefon', '=phone', '=tel', 'telefonnr'],
    owners: ['contact'],
    tolerated: ['employer'],
    never: ['=fax', 'växel'],
    types: [...TEXT_TYPES, 'tel'],
  },
  {
    field: 'contact.email',
    control: 'text',
    subject: ['e-post', 'epost', '~epost', 'mejl', '=email', 'e-mail', '=mail'],
    owners: ['contact'],
    tolerated: ['employer'],
    types: [...TEXT_TYPES, 'email'],
  },
  {
    field: 'provider.name',
    control: 'text',
    subject: PROVIDER_WORDS.map((w) => `^${w.replace('=', '')}`),
    owners: ['provider'],
    types: TEXT_TYPES,
  },
  {
    field: 'employer.name',
    control: 'text',
    subject: EMPLOYER_WORDS.map((w) => `^${w.replace('=', '')}`),
    owners: ['employer'],
    types: TEXT_TYPES,
  },
  {
    // A list of providers: the option is chosen by organisationsnummer or full name.
    field: 'provider.name',
    control: 'select',
    subject: PROVIDER_WORDS,
    owners: ['provider'],
    tolerated: ['employer'],
  },
  {
    field: 'employer.name',
    control: 'select',
    subject: EMPLOYER_WORDS,
    owners: ['employer'],
  },
];

/** Words a label may hold beside a `^` stem ("Välj anordnare", "Den godkända anordnaren"). */
export const FILLER_WORDS = [
  '=välj',
  '=ange',
  '=den',
  '=det',
  'godkänd',
  '=namn',
  '=på',
  '=vilken',
  '=vilket',
  '=som',
  '=har',
  'utför',
  'genomför',
  '=tjänsten',
  '=insatsen',
];

/** File inputs are the attachment unless their label asks for another document. */
export const OTHER_DOCUMENTS = [
  '~intyg',
  'fullmakt',
  'legitimation',
  '~journal',
  'läkarutlåtande',
  'kvitto',
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
