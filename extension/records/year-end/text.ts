/** The year-end batch's words, Swedish first. */
import type { Bilingual } from '../../../core/i18n/format.ts';
import { INVOICE_BASIS_LABELS } from '../../../core/i18n/labels.ts';

export const BATCH_TEXT = {
  navYearEnd: { sv: 'Årsavslut', en: 'Year end' },
  yearEndHeading: { sv: 'Årsavslut', en: 'Year end' },
  yearEndIntro: {
    sv: 'Alla fakturaunderlag och rapporter 7026 för ett år, en per medarbetare, med en förteckning per arbetsgivare. Skriv ut allt på en gång eller spara som ZIP med en fil per dokument.',
    en: 'Every invoice basis and 7026 report for a year, one per employee, with a cover list per employer. Print everything at once or save a ZIP with one file per document.',
  },
  chooseYear: { sv: 'År', en: 'Year' },
  chooseEmployer: { sv: 'Arbetsgivare', en: 'Employer' },
  allEmployers: { sv: 'Alla arbetsgivare', en: 'All employers' },
  batchSummary: { sv: 'I utskicket', en: 'In the batch' },
  documentsWord: { sv: 'dokument', en: 'documents' },
  employersWord: { sv: 'arbetsgivare', en: 'employers' },
  employeesWord: { sv: 'medarbetare', en: 'employees' },
  nothingInYear: {
    sv: 'Inga insatser genomförda det året.',
    en: 'No insatser carried out that year.',
  },
  missingFirst: {
    sv: 'Uppgifter saknas för dessa medarbetare. Deras dokument kommer inte med förrän uppgifterna är ifyllda:',
    en: 'Data is missing for these employees. Their documents are left out until the data is filled in:',
  },
  fixLink: { sv: 'Rätta', en: 'Fix' },
  printAll: { sv: 'Skriv ut alla', en: 'Print all' },
  saveZip: { sv: 'Spara som ZIP', en: 'Save as ZIP' },
  markSent: { sv: 'Markera som skickat', en: 'Mark as sent' },
  sentOn: { sv: 'Skickat', en: 'Sent' },
  notSent: { sv: 'Inte skickat', en: 'Not sent' },
  addedSince: { sv: 'tillkommit sedan dess', en: 'added since' },
  changedSince: { sv: 'ändrade sedan dess', en: 'changed since' },
  newSinceSent: { sv: 'ny', en: 'new' },
  changedSinceSent: { sv: 'ändrad', en: 'changed' },
  sinceSentHeading: {
    sv: 'Nytt sedan årsavslutet skickades',
    en: 'New since the year-end batch was sent',
  },
  sinceSentIntro: {
    sv: 'Dessa medarbetare kom till eller ändrades efter att årsavslutet markerades som skickat. De räknas inte som skickade förrän deras dokument har skickats och markerats.',
    en: 'These employees were added or changed after the year-end batch was marked as sent. They do not count as sent until their documents are sent and marked.',
  },
  onlyUnsent: {
    sv: 'Bara nya och ändrade sedan senast skickat',
    en: 'Only new and changed since last sent',
  },
  sentLink: { sv: 'Till årsavslutet', en: 'To the year end' },
  allSent: {
    sv: 'Allt i årsavslutet är skickat och markerat.',
    en: 'Everything in the year end is sent and marked.',
  },
  markedSent: { sv: 'Utskicket är markerat som skickat.', en: 'The batch is marked as sent.' },
  deadlineSent: {
    sv: 'Årsavslutet skickat till arbetsgivaren',
    en: 'Year-end batch sent to the employer',
  },
  coverTitle: { sv: 'Förteckning, årsavslut', en: 'Cover list, year end' },
  deadlineFk: {
    sv: 'Sista dag att ansöka hos Försäkringskassan',
    en: 'Last day to apply to Försäkringskassan',
  },
  numberShort: { sv: 'Nr', en: 'No.' },
  contents: { sv: 'Innehåll', en: 'Contents' },
  missingShort: { sv: 'uppgifter saknas', en: 'data missing' },
  coverNote: {
    sv: 'Bifoga medarbetarens fakturaunderlag till ansökan. Rapport 7026 skickas inte med ansökan; Försäkringskassan begär den vid behov.',
    en: 'Attach the employee’s invoice basis to the application. Report 7026 is not sent with the application; Försäkringskassan asks for it when needed.',
  },
  page: { sv: 'Sida', en: 'Page' },
  pageOf: { sv: 'av', en: 'of' },
  fileInvoice: INVOICE_BASIS_LABELS.title,
  file7026: { sv: 'Rapport 7026', en: 'Report 7026' },
  fileCover: { sv: 'Förteckning', en: 'Cover list' },
  employeeNumber: { sv: 'medarbetare', en: 'employee' },
  noProvider: { sv: 'Anordnare saknas', en: 'Provider missing' },
  providerNotApproved: {
    sv: 'anordnaren är inte markerad som godkänd av Försäkringskassan, så Försäkringskassans belopp är 0 kr. Rätta det under',
    en: 'the provider is not marked as approved by Försäkringskassan, so Försäkringskassan’s amounts are 0 kr. Correct it under',
  },
} satisfies Record<string, Bilingual>;
