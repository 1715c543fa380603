/** Texts of the prefill: why a field was not filled, and what is wrong with a case. */
import type { SkipReason } from '../prefill/plan.ts';
import type { Bilingual } from './format.ts';

export const SKIP_REASONS: Record<SkipReason, Bilingual> = {
  hidden: { sv: 'fältet är dolt', en: 'the field is hidden' },
  offscreen: { sv: 'fältet syns inte på sidan', en: 'the field is off screen' },
  covered: {
    sv: 'något annat ligger över fältet; det syns inte',
    en: 'something else lies over the field; it cannot be seen',
  },
  inert: { sv: 'fältet går inte att använda just nu', en: 'the field cannot be used right now' },
  label_unreadable: {
    sv: 'fältets rubrik visas med annan text än den som står i sidan',
    en: "the field's label shows other text than the page holds",
  },
  owner_unclear: {
    sv: 'det framgår inte vems uppgift fältet frågar efter',
    en: 'it is not clear whose details the field asks for',
  },
  weak_label: {
    sv: 'fältet har ingen synlig rubrik',
    en: 'the field has no visible label',
  },
  no_option: {
    sv: 'inget av alternativen är exakt det i registret; välj själv',
    en: 'none of the options is exactly the one in the records; choose yourself',
  },
  name_not_split: {
    sv: 'registret har bara hela namnet; skriv in rätt del själv',
    en: 'the records hold the full name only; type the right part yourself',
  },
  disabled: { sv: 'fältet är avstängt', en: 'the field is disabled' },
  readonly: { sv: 'fältet är skrivskyddat', en: 'the field is read-only' },
  'aria-disabled': { sv: 'fältet är avstängt', en: 'the field is disabled' },
  no_match: {
    sv: 'känns inte igen som en uppgift i ansökan',
    en: 'not recognised as part of the application',
  },
  ambiguous: {
    sv: 'oklart vilken uppgift fältet avser',
    en: 'unclear which value the field asks for',
  },
  duplicate: {
    sv: 'flera fält frågar efter samma uppgift',
    en: 'several fields ask for the same value',
  },
  has_value: {
    sv: 'du har redan fyllt i något annat; det ändras inte',
    en: 'you already entered something else; it is left as it is',
  },
  no_value: { sv: 'uppgiften saknas i registret', en: 'the records do not hold this value' },
  attachment: {
    sv: 'bifoga filen själv (webbläsaren låter inte tillägg välja filer)',
    en: 'attach the file yourself (browsers do not let extensions choose files)',
  },
};

export const PREFILL_FIELD_NAMES: Record<string, Bilingual> = {
  'employer.organisationsnummer': {
    sv: 'Arbetsgivarens organisationsnummer',
    en: "Employer's organisationsnummer",
  },
  'employer.name': { sv: 'Arbetsgivarens namn', en: "Employer's name" },
  'provider.organisationsnummer': {
    sv: 'Anordnarens organisationsnummer',
    en: "Provider's organisationsnummer",
  },
  'provider.name': { sv: 'Anordnarens namn', en: "Provider's name" },
  'employee.personnummer': { sv: 'Medarbetarens personnummer', en: "Employee's personnummer" },
  'employee.name': { sv: 'Medarbetarens namn', en: "Employee's name" },
  'employee.firstName': { sv: 'Medarbetarens förnamn', en: "Employee's first name" },
  'employee.lastName': { sv: 'Medarbetarens efternamn', en: "Employee's last name" },
  kinds: { sv: 'Typ av insats', en: 'Kind of insats' },
  periodChoice: { sv: 'Helt år eller period', en: 'Whole year or period' },
  year: { sv: 'År', en: 'Year' },
  'period.from': { sv: 'Period från', en: 'Period from' },
  'period.to': { sv: 'Period till', en: 'Period to' },
  amount: { sv: 'Kostnad', en: 'Cost' },
  'amount.exVat': { sv: 'Kostnad exklusive moms', en: 'Cost excluding VAT' },
  'amount.incVat': { sv: 'Kostnad inklusive moms', en: 'Cost including VAT' },
  attachment: { sv: 'Fakturaunderlag', en: 'Invoice basis' },
  'contact.name': { sv: 'Kontaktperson', en: 'Contact person' },
  'contact.firstName': { sv: 'Kontaktpersonens förnamn', en: "Contact person's first name" },
  'contact.lastName': { sv: 'Kontaktpersonens efternamn', en: "Contact person's last name" },
  'contact.phone': { sv: 'Kontaktpersonens telefon', en: "Contact person's phone" },
  'contact.email': { sv: 'Kontaktpersonens e-post', en: "Contact person's email" },
};

export const CASE_PROBLEMS = {
  provider_not_approved: {
    sv: 'Anordnaren är inte godkänd av Försäkringskassan: FK betalar inget bidrag för insatsen.',
    en: 'The provider is not approved by Försäkringskassan: FK pays no grant for the insats.',
  },
  no_fk_grant: {
    sv: 'Enligt registret betalar Försäkringskassan inget för de valda insatserna.',
    en: 'According to the records, Försäkringskassan pays nothing for the chosen insatser.',
  },
  several_years: {
    sv: 'Insatserna genomfördes under olika år. Gör en ansökan per år.',
    en: 'The insatser were carried out in different years. Make one application per year.',
  },
  no_insatser: { sv: 'Välj minst en insats.', en: 'Choose at least one insats.' },
  no_contact: {
    sv: 'Arbetsgivaren saknar kontaktperson i registret; fyll i kontaktuppgifterna själv.',
    en: 'The employer has no contact person in the records; enter the contact details yourself.',
  },
  amount_rounded: {
    sv: 'E-tjänsten tar hela kronor; beloppet har avrundats.',
    en: 'The e-service takes whole kronor; the amount was rounded.',
  },
} satisfies Record<string, Bilingual>;

export type CaseProblemKey = keyof typeof CASE_PROBLEMS;

/** "Saved application says 4 000 kr, the records' split gives 3 500 kr for FK." */
export function amountMismatch(saved: string, computed: string): Bilingual {
  return {
    sv: `Den sparade ansökan anger ${saved}, men registrets fördelning ger ${computed} från Försäkringskassan.`,
    en: `The saved application says ${saved}, but the records' split gives ${computed} from Försäkringskassan.`,
  };
}
