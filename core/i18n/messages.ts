import type { Bilingual } from './format.ts';

/**
 * Validation messages, keyed. Schemas put the key in the zod issue; `core/schema/errors.ts` turns
 * issues into text in both languages with the field's name.
 */
export const MESSAGES = {
  required: { sv: 'Uppgiften saknas.', en: 'The value is missing.' },
  wrong_type: { sv: 'Uppgiften har fel form.', en: 'The value has the wrong form.' },
  unknown_value: {
    sv: 'Värdet finns inte bland de tillåtna.',
    en: 'The value is not one of the allowed ones.',
  },
  unknown_field: { sv: 'Okänt fält.', en: 'Unknown field.' },
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
  personnummer_invalid: {
    sv: 'Ogiltigt personnummer eller samordningsnummer (kontrollera siffrorna).',
    en: 'Invalid personnummer or samordningsnummer (check the digits).',
  },
  orgnr_invalid: {
    sv: 'Ogiltigt organisationsnummer (kontrollera siffrorna).',
    en: 'Invalid organisationsnummer (check the digits).',
  },
  year_invalid: { sv: 'Ange ett årtal med fyra siffror.', en: 'Enter a four-digit year.' },
  text_empty: { sv: 'Fältet får inte vara tomt.', en: 'The field cannot be empty.' },
  text_too_long: { sv: 'Texten är för lång.', en: 'The text is too long.' },
  email_invalid: { sv: 'Ogiltig e-postadress.', en: 'Invalid email address.' },
  phone_invalid: { sv: 'Ogiltigt telefonnummer.', en: 'Invalid phone number.' },
  kinds_empty: {
    sv: 'Markera minst ett av utreda, planera, initiera, genomföra eller följa upp.',
    en: 'Mark at least one of investigate, plan, initiate, carry out or follow up.',
  },
  id_empty: { sv: 'Id får inte vara tomt.', en: 'The id cannot be empty.' },
  name_looks_personal: {
    sv: 'Namnet ser ut att innehålla ett personnummer. Spara utan personuppgifter, t.ex. ”Stresskurs hösten”.',
    en: 'The name looks like it holds a personnummer. Save without personal data, e.g. "Stress course autumn".',
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(MESSAGES, s);
}

/** Field names as users know them, keyed by the last path segment in the data. */
export const FIELD_NAMES: Record<string, Bilingual> = {
  asOf: { sv: 'Beräkningsdatum', en: 'Estimate date' },
  employer: { sv: 'Arbetsgivare', en: 'Employer' },
  employee: { sv: 'Medarbetare', en: 'Employee' },
  provider: { sv: 'Anordnare', en: 'Provider' },
  sector: { sv: 'Sektor', en: 'Sector' },
  afaAgreement: { sv: 'Avtal med Afa Försäkring', en: 'Afa Försäkring agreement' },
  group: { sv: 'Anställningsgrupp', en: 'Employee group' },
  fkApproved: { sv: 'Godkänd av Försäkringskassan', en: 'Approved by Försäkringskassan' },
  insatser: { sv: 'Insatser', en: 'Insatser' },
  id: { sv: 'Id', en: 'Id' },
  category: { sv: 'Kategori', en: 'Category' },
  startedOn: { sv: 'Påbörjad', en: 'Started' },
  performedOn: { sv: 'Genomförd', en: 'Carried out' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  priorFkGrants: { sv: 'Redan beviljat bidrag', en: 'Grants already received' },
  organisationsnummer: { sv: 'Organisationsnummer', en: 'Organisationsnummer' },
  personnummer: { sv: 'Personnummer', en: 'Personnummer' },
  name: { sv: 'Namn', en: 'Name' },
  kinds: { sv: 'Typ av insats hos FK', en: 'FK kind of insats' },
  performer: { sv: 'Utförare', en: 'Performed by' },
  competence: { sv: 'Kompetens', en: 'Competence' },
  description: { sv: 'Beskrivning', en: 'Description' },
  positions: { sv: 'Ställningstaganden', en: 'Positions taken' },
  employerId: { sv: 'Arbetsgivare', en: 'Employer' },
  employeeId: { sv: 'Medarbetare', en: 'Employee' },
  providerId: { sv: 'Anordnare', en: 'Provider' },
  fkApprovalRef: { sv: 'FK-godkännande', en: 'FK approval' },
  email: { sv: 'E-post', en: 'Email' },
  phone: { sv: 'Telefon', en: 'Phone' },
  contact: { sv: 'Kontaktperson', en: 'Contact person' },
  year: { sv: 'År', en: 'Year' },
  amount: { sv: 'Belopp', en: 'Amount' },
  status: { sv: 'Status', en: 'Status' },
  digital: { sv: 'Digital', en: 'Digital' },
  therapist: { sv: 'Behandlare', en: 'Therapist' },
};
