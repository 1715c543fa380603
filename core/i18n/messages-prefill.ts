/** Texts of the prefill: why a field was not filled, and what is wrong with a case. */
import type { SkipReason } from '../prefill/plan.ts';
import type { Bilingual } from './format.ts';
import { INVOICE_BASIS_LABELS } from './labels.ts';
import { FIELD_NAMES } from './messages.ts';
import { RELOAD_PAGE } from './messages-reload.ts';

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
  'employer.name': FIELD_NAMES.employerName,
  'provider.organisationsnummer': {
    sv: 'Anordnarens organisationsnummer',
    en: "Provider's organisationsnummer",
  },
  'provider.name': { sv: 'Anordnarens namn', en: "Provider's name" },
  'employee.personnummer': { sv: 'Medarbetarens personnummer', en: "Employee's personnummer" },
  'employee.name': FIELD_NAMES.employeeName,
  'employee.firstName': { sv: 'Medarbetarens förnamn', en: "Employee's first name" },
  'employee.lastName': { sv: 'Medarbetarens efternamn', en: "Employee's last name" },
  // One name for FK's kinds everywhere; the category is "Kategori".
  kinds: FIELD_NAMES.kinds,
  periodChoice: { sv: 'Helt år eller period', en: 'Whole year or period' },
  year: FIELD_NAMES.year,
  'period.from': { sv: 'Period från', en: 'Period from' },
  'period.to': { sv: 'Period till', en: 'Period to' },
  amount: FIELD_NAMES.cost,
  'amount.exVat': { sv: 'Kostnad exklusive moms', en: 'Cost excluding VAT' },
  'amount.incVat': { sv: 'Kostnad inklusive moms', en: 'Cost including VAT' },
  attachment: INVOICE_BASIS_LABELS.title,
  'contact.name': FIELD_NAMES.contact,
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

/**
 * The words of the prefill's own surfaces: the side panel, the popup, the cue on FK's page, and
 * the background's and content script's refusals. The reload notice is worded here once.
 */
export const PREFILL_TEXTS = {
  reload: {
    sv: `Stödkollen har uppdaterats. ${RELOAD_PAGE.sv}`,
    en: `Stödkollen was updated. ${RELOAD_PAGE.en}`,
  },
  reload_or_no_answer: {
    sv: `Stödkollen har uppdaterats eller sidan svarar inte. ${RELOAD_PAGE.sv}`,
    en: `Stödkollen was updated or the page does not answer. ${RELOAD_PAGE.en}`,
  },
  employee_missing: {
    sv: 'Medarbetaren finns inte i registret.',
    en: 'The employee is not in the records.',
  },
  provider_missing: {
    sv: 'Anordnaren finns inte i registret.',
    en: 'The provider is not in the records.',
  },
  reload_button: { sv: 'Ladda om sidan', en: 'Reload' },
  loading: { sv: 'Laddar…', en: 'Loading…' },
  checking: { sv: 'Kontrollerar ärendet…', en: 'Checking the case…' },
  no_tab: { sv: 'Ingen flik att fylla i.', en: 'No tab to fill in.' },
  not_fk: {
    sv: 'Fliken visar ingen ansökan i Försäkringskassans e-tjänst. Öppna ansökan där, eller ladda om sidan.',
    en: "The tab shows no application in Försäkringskassan's e-service. Open it there, or reload the page.",
  },
  page_no_answer: {
    sv: 'Sidan svarar inte. Ladda om e-tjänstens sida och försök igen.',
    en: 'The page does not answer. Reload the e-service page and try again.',
  },
  choose_case_first: {
    sv: 'Välj först ett ärende i panelen.',
    en: 'First choose a case in the panel.',
  },
  records_empty: {
    sv: 'Registret är tomt. Importera register på Stödkollens översiktssida först.',
    en: "The records are empty. Import records on Stödkollen's dashboard first.",
  },
  title: { sv: 'Fyll i ansökan', en: 'Fill in the application' },
  saved_application: { sv: 'Sparad ansökan', en: 'Saved application' },
  employer: FIELD_NAMES.employer,
  employee: FIELD_NAMES.employee,
  insatser: FIELD_NAMES.insatser,
  overwrite: { sv: 'Ersätt det jag redan har skrivit', en: 'Replace what I already entered' },
  new_step: {
    sv: 'Ett nytt steg visas. Fyll i det också?',
    en: 'A new step is shown. Fill it in too?',
  },
  fill: { sv: 'Fyll i', en: 'Fill in' },
  fills_only_step: {
    sv: 'Stödkollen fyller bara i steget som visas och skickar aldrig in ansökan.',
    en: 'Stödkollen fills only the step on screen and never submits the application.',
  },
  filled: { sv: 'Ifyllt', en: 'Filled' },
  not_filled: { sv: 'Inte ifyllt', en: 'Not filled' },
  download_invoice_basis: {
    sv: 'Ladda ner fakturaunderlaget',
    en: 'Download the invoice basis',
  },
  status_filled: { sv: 'ifyllt', en: 'filled' },
  status_already: { sv: 'stämde redan', en: 'already right' },
  status_invalid: { sv: 'e-tjänsten godtog inte värdet', en: 'the e-service rejected the value' },
  status_mismatch: {
    sv: 'värdet blev inte det väntade',
    en: 'the value did not come out as expected',
  },
  /** Beside the field on the page: says where to look. */
  note_mismatch: {
    sv: 'värdet blev inte det väntade; kontrollera fältet',
    en: 'the value did not come out as expected; check the field',
  },
  cue_can_fill: {
    sv: 'Stödkollen kan fylla i det här steget.',
    en: 'Stödkollen can fill in this step.',
  },
  cue_open_sidebar: {
    sv: 'Öppna sidofältet med Stödkollens knapp i verktygsfältet.',
    en: "Open the sidebar with Stödkollen's toolbar button.",
  },
  cue_open: { sv: 'Öppna Stödkollen', en: 'Open' },
  cue_hide: { sv: 'Dölj', en: 'Hide' },
  popup_about: {
    sv: 'Rehabiliteringsstöd från Försäkringskassan och Afa Försäkring.',
    en: 'Workplace rehabilitation support from Försäkringskassan and Afa Försäkring.',
  },
  popup_open_records: { sv: 'Öppna registret', en: 'Open the records' },
  popup_open_panel: {
    sv: 'Fyll i ansökan i sidopanelen',
    en: 'Fill in the application in the side panel',
  },
} satisfies Record<string, Bilingual>;

/** One application names one provider: `untick` lists the insatser of the others. */
export function severalProviders(untick: string): Bilingual {
  return {
    sv: `Insatserna kommer från olika anordnare; en ansökan gäller en anordnare. Avmarkera: ${untick}.`,
    en: `The insatser come from different providers; one application is for one provider. Untick: ${untick}.`,
  };
}

/** The cost the application asks for, as the panel shows it before "Fyll i". */
export function costToEnter(amount: string): Bilingual {
  return {
    sv: `Kostnad att fylla i: ${amount} kr (det arbetsgivaren betalade).`,
    en: `Cost to enter: ${amount} kr (what the employer paid).`,
  };
}

export function costWithVat(exVat: string, incVat: string): Bilingual {
  return {
    sv: `Exklusive moms ${exVat} kr, inklusive moms ${incVat} kr.`,
    en: `Excluding VAT ${exVat} kr, including VAT ${incVat} kr.`,
  };
}

/** FK's part by the records: shown so nobody enters it as the cost. */
export function fkPaysNotToEnter(kronor: string): Bilingual {
  return {
    sv: `Försäkringskassan betalar enligt registret ${kronor}; det är inte beloppet att fylla i.`,
    en: `According to the records, Försäkringskassan pays ${kronor}; that is not the amount to enter.`,
  };
}

export function moreFieldsShown(count: number): Bilingual {
  return {
    sv: `Ifyllningen visade ${count} nya fält. De fylls i först när du klickar Fyll i igen.`,
    en: `Filling in showed ${count} new fields. They are filled only when you click Fill in again.`,
  };
}

export function typeOrChoose(value: string): Bilingual {
  return { sv: `Skriv eller välj: ${value}`, en: `Type or choose: ${value}` };
}

export function attachInvoiceBasis(fileName: string): Bilingual {
  return {
    sv: `Bifoga fakturaunderlaget: ${fileName}`,
    en: `Attach the invoice basis: ${fileName}`,
  };
}
