import type { Bilingual } from './format.ts';

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
