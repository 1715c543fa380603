import type { Bilingual } from './format.ts';
import { CATEGORY_FIELD_NAME } from './labels.ts';
import { ESTIMATE_MESSAGES } from './messages-estimate.ts';

/**
 * Validation messages, keyed. Schemas put the key in the zod issue; `core/schema/errors.ts` turns
 * issues into text in both languages with the field's name.
 */
export const MESSAGES = {
  ...ESTIMATE_MESSAGES,
  unknown_field: { sv: 'Okänt fält.', en: 'Unknown field.' },
  personnummer_invalid: {
    sv: 'Ogiltigt personnummer eller samordningsnummer (kontrollera siffrorna).',
    en: 'Invalid personnummer or samordningsnummer (check the digits).',
  },
  orgnr_invalid: {
    sv: 'Ogiltigt organisationsnummer (kontrollera siffrorna).',
    en: 'Invalid organisationsnummer (check the digits).',
  },
  email_invalid: { sv: 'Ogiltig e-postadress.', en: 'Invalid email address.' },
  phone_invalid: { sv: 'Ogiltigt telefonnummer.', en: 'Invalid phone number.' },
  backup_not_ours: {
    sv: 'Filen är inte en säkerhetskopia från Stödkollen.',
    en: 'The file is not a Stödkollen backup.',
  },
  backup_version_unknown: {
    sv: 'Okänd version av säkerhetskopian (kända versioner: 1 och 2).',
    en: 'Unknown backup version (known versions: 1 and 2).',
  },
  backup_exported_at: {
    sv: 'Datum och tid för säkerhetskopian ska skrivas som 2026-11-20T10:00:00.000Z.',
    en: 'The backup’s date and time must be written as 2026-11-20T10:00:00.000Z.',
  },
  sessions_invalid: {
    sv: 'Ange antalet samtal som ett heltal, minst 1.',
    en: 'Enter the number of sessions as a whole number, at least 1.',
  },
  kinds_empty: {
    sv: 'Markera minst ett av utreda, planera, initiera, genomföra eller följa upp.',
    en: 'Mark at least one of investigate, plan, initiate, carry out or follow up.',
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(MESSAGES, s);
}

/**
 * Field names as users know them, keyed by the last path segment in the data: the one place a
 * field's name is worded, for validation errors, the dashboard, the CSV import and the prefill.
 */
const FIELD_NAME_TABLE = {
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
  category: CATEGORY_FIELD_NAME,
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
  insatsIds: { sv: 'Insatser', en: 'Insatser' },
  vat: { sv: 'Moms', en: 'VAT' },
  deductsVat: { sv: 'Drar av moms', en: 'Deducts VAT' },
  medarbetaravtal: { sv: 'Medarbetaravtal', en: 'Medarbetaravtal' },
  firstName: { sv: 'Förnamn', en: 'First name' },
  lastName: { sv: 'Efternamn', en: 'Last name' },
  ivoLicence: { sv: 'Tillstånd från IVO', en: 'IVO licence' },
  plannedEndOn: { sv: 'Planerat slut', en: 'Planned end' },
  plannedSessions: { sv: 'Planerat antal samtal', en: 'Planned number of sessions' },
  afaReference: { sv: 'Referensnummer (Afa)', en: 'Reference number (Afa)' },
  courseContent: { sv: 'Kursinnehåll', en: 'Course content' },
  format: { sv: 'Filens format', en: 'File format' },
  version: { sv: 'Version', en: 'Version' },
  exportedAt: { sv: 'Sparad', en: 'Saved' },
  records: { sv: 'Uppgifter', en: 'Records' },
  insats: { sv: 'Insats', en: 'Insats' },
  employeeName: { sv: 'Medarbetarens namn', en: "Employee's name" },
  employerName: { sv: 'Arbetsgivarens namn', en: "Employer's name" },
  submittedOn: { sv: 'Inskickad', en: 'Submitted' },
  writtenOn: { sv: 'Datum', en: 'Date' },
} satisfies Record<string, Bilingual>;

/** Looked up by a known key (`FIELD_NAMES.sector`) or by a path segment from a schema issue. */
export const FIELD_NAMES: typeof FIELD_NAME_TABLE & Readonly<Record<string, Bilingual>> =
  FIELD_NAME_TABLE;
