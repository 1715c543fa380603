/** The dashboard's own words, Swedish first. Validation messages come from core/i18n. */
import type { Bilingual } from '../../core/i18n/format.ts';
import {
  AGREEMENT_LABELS,
  APPLICATION_STATUS_LABELS,
  GROUP_LABELS,
  INVOICE_BASIS_LABELS,
  PAYER_LABELS,
  SECTOR_LABELS,
  YES_NO_LABELS,
} from '../../core/i18n/labels.ts';
import { FIELD_NAMES } from '../../core/i18n/messages.ts';
import type { Application } from '../../core/schema/records.ts';
import type { InsatsDeletion } from '../../core/store/records.ts';

export const TEXT = {
  title: { sv: 'Stödkollen – register', en: 'Stödkollen – records' },
  switchLanguage: { sv: 'In English', en: 'På svenska' },
  navRecords: { sv: 'Register', en: 'Records' },
  navOverview: { sv: 'Tak och sista dagar', en: 'Caps and deadlines' },
  navImport: { sv: 'Import och säkerhetskopia', en: 'Import and backup' },
  navProvider: FIELD_NAMES.provider,
  search: { sv: 'Sök medarbetare eller arbetsgivare', en: 'Search employees or employers' },
  noRecords: {
    sv: 'Inga uppgifter ännu. Importera en CSV-fil under ”Import och säkerhetskopia”.',
    en: 'No records yet. Import a CSV file under “Import and backup”.',
  },
  noMatch: { sv: 'Ingen träff.', en: 'No match.' },
  employer: FIELD_NAMES.employer,
  employee: FIELD_NAMES.employee,
  employees: { sv: 'Medarbetare', en: 'Employees' },
  insatser: FIELD_NAMES.insatser,
  personnummer: FIELD_NAMES.personnummer,
  organisationsnummer: FIELD_NAMES.organisationsnummer,
  sector: FIELD_NAMES.sector,
  group: FIELD_NAMES.group,
  back: { sv: 'Tillbaka till registret', en: 'Back to the records' },
  backToEmployee: { sv: 'Tillbaka till medarbetaren', en: 'Back to the employee' },
  date: FIELD_NAMES.performedOn,
  started: FIELD_NAMES.startedOn,
  name: FIELD_NAMES.name,
  insats: FIELD_NAMES.insats,
  category: FIELD_NAMES.category,
  // One name for FK's kinds everywhere; the category is "Kategori".
  kinds: FIELD_NAMES.kinds,
  performer: FIELD_NAMES.performer,
  competence: FIELD_NAMES.competence,
  cost: FIELD_NAMES.cost,
  ...PAYER_LABELS,
  employerPays: { sv: 'Arbetsgivaren', en: 'Employer' },
  total: { sv: 'Summa', en: 'Total' },
  splitHeading: { sv: 'Vem betalar vad', en: 'Who pays what' },
  reasons: { sv: 'Skäl', en: 'Reasons' },
  estimateAsOf: { sv: 'Beräknat per', en: 'Estimated as of' },
  open7026: { sv: 'Rapport 7026', en: 'Report 7026' },
  openInvoice: INVOICE_BASIS_LABELS.title,
  edit: { sv: 'Ändra', en: 'Edit' },
  page: { sv: 'sida', en: 'page' },
  pages: { sv: 'Sidor', en: 'Pages' },
  previousPage: { sv: 'Föregående sida', en: 'Previous page' },
  nextPage: { sv: 'Nästa sida', en: 'Next page' },
  employerInsatser: { sv: 'Alla insatser', en: 'All insatser' },
  addInsats: { sv: 'Lägg till insats', en: 'Add insats' },
  yearPicker: { sv: 'Välj år', en: 'Choose year' },
  allYears: { sv: 'Alla år', en: 'All years' },
  editParties: {
    sv: 'Ändra uppgifter om medarbetare och arbetsgivare',
    en: 'Edit employee and employer details',
  },
  employeeName: FIELD_NAMES.employeeName,
  employerName: FIELD_NAMES.employerName,
  afaAgreement: FIELD_NAMES.afaAgreement,
  save: { sv: 'Spara', en: 'Save' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  delete: { sv: 'Ta bort', en: 'Delete' },
  deleteInsatsConfirm: {
    sv: 'Ta bort insatsen? Det går inte att ångra utan en säkerhetskopia.',
    en: 'Delete the insats? This cannot be undone without a backup.',
  },
  deleteInsatsApplications: {
    sv: 'Insatsen ingår i en ansökan och tas då bort ur den (en ansökan utan andra insatser tas bort):',
    en: 'The insats is part of an application and will be taken out of it (an application with no other insatser is deleted):',
  },
  vat: { sv: 'Varav moms (kr, 0 om momsfri)', en: 'VAT (kr, 0 if exempt)' },
  vatShort: FIELD_NAMES.vat,
  deductsVat: FIELD_NAMES.deductsVat,
  deductsVatHint: {
    sv: 'Arbetsgivaren drar av momsen (eller får den kompenserad). Nej för momsbefriad verksamhet.',
    en: 'The employer deducts VAT (or is compensated for it). No for a VAT-exempt business.',
  },
  medarbetaravtal: FIELD_NAMES.medarbetaravtal,
  medarbetaravtalHint: {
    sv: 'Privat arbetsgivare med kollektivavtal som täcker även tjänstemän (Afa).',
    en: 'A private employer whose collective agreement covers salaried staff too (Afa).',
  },
  borneCost: { sv: 'Kostnad för arbetsgivaren', en: 'Cost to the employer' },
  vatAssumption: {
    sv: 'Moms: Afa räknar alltid på kostnaden utan moms. För Försäkringskassan är det ett antagande att halvan räknas på det arbetsgivaren bar (med moms bara om den inte dras av).',
    en: 'VAT: Afa always counts the cost excluding VAT. For Försäkringskassan it is an assumption that the half is of what the employer bore (with VAT only when it is not deducted).',
  },
  deleteEmployee: { sv: 'Ta bort medarbetaren', en: 'Delete the employee' },
  deleteEmployeeConfirm: {
    sv: 'Ta bort medarbetaren med alla insatser och ansökningar?',
    en: 'Delete the employee with all insatser and applications?',
  },
  saved: { sv: 'Sparat.', en: 'Saved.' },
  appliedSaved: {
    sv: 'Ansökan är registrerad som inskickad.',
    en: 'The application has been recorded as submitted.',
  },
  statusSaved: { sv: 'Ansökans status är sparad.', en: 'The application’s status has been saved.' },
  description: FIELD_NAMES.description,
  positions: { sv: 'Ställningstaganden (ett per rad)', en: 'Positions taken (one per line)' },
  positionsShort: FIELD_NAMES.positions,
  digital: FIELD_NAMES.digital,
  ...YES_NO_LABELS,
  print: { sv: 'Skriv ut eller spara som PDF', en: 'Print or save as PDF' },
  missingHeading: {
    sv: 'Uppgifter saknas – fyll i dem innan du skriver ut:',
    en: 'Data is missing – fill it in before printing:',
  },
  report7026Title: {
    sv: 'Redovisning av arbetsplatsinriktat rehabiliteringsstöd (FK 7026)',
    en: 'Report on workplace-oriented rehabilitation support (FK 7026)',
  },
  concerns: { sv: 'Rapporten gäller', en: 'The report concerns' },
  provider: FIELD_NAMES.provider,
  fkApproved: FIELD_NAMES.fkApproved,
  writtenOn: FIELD_NAMES.writtenOn,
  signature: { sv: 'Underskrift och namnförtydligande', en: 'Signature and printed name' },
  invoiceTitle: INVOICE_BASIS_LABELS.title,
  inFkClaim: INVOICE_BASIS_LABELS.inFkClaim,
  fkClaimTotal: INVOICE_BASIS_LABELS.fkClaimTotal,
  allTotal: INVOICE_BASIS_LABELS.allTotal,
  invoiceNote: {
    sv: 'Underlaget gäller en medarbetare. Arbetsgivaren betalar hela kostnaden och ansöker sedan om sina delar hos Försäkringskassan och Afa Försäkring.',
    en: 'The basis concerns one employee. The employer pays the whole cost, then applies for its parts from Försäkringskassan and Afa Försäkring.',
  },
  vatIncluded: { sv: 'inkl. moms', en: 'incl. VAT' },
  vatDeducted: { sv: 'moms som dras av, ej med:', en: 'deductible VAT, not counted:' },
  vatTotal: { sv: 'varav moms', en: 'of which VAT' },
  afaInvoiceTitle: { sv: 'Underlag till Afa Försäkring', en: 'Basis for Afa Försäkring' },
  afaInvoiceNote: {
    sv: 'Afas underlag gäller en person och visar kostnaden utan moms. Står ett referensnummer här ska det också stå på fakturan. Skicka betalningsbevis först när insatsen är helt betald. Ansökan kräver medarbetarens undertecknade samtycke (samtyckesbilaga).',
    en: "Afa's basis concerns one person and shows the cost excluding VAT. A reference number given here must also be on the invoice. Send proof of payment only once the insats is fully paid. The application needs the employee's signed consent (samtyckesbilaga).",
  },
  plannedEnd: FIELD_NAMES.plannedEndOn,
  importCsv: { sv: 'Importera insatser från CSV', en: 'Import insatser from CSV' },
  chooseCsv: { sv: 'Välj CSV-fil', en: 'Choose CSV file' },
  preview: { sv: 'Förhandsgranskning – inget är sparat än', en: 'Preview – nothing is saved yet' },
  encodingUsed: { sv: 'Teckenkodning:', en: 'Encoding:' },
  encodingUtf8: { sv: 'UTF-8', en: 'UTF-8' },
  encodingWindows1252: {
    sv: 'Windows-1252 (filen är inte UTF-8; så sparar Excel ”CSV (semikolonavgränsad)”)',
    en: 'Windows-1252 (the file is not UTF-8; this is how Excel saves “CSV (semicolon delimited)”)',
  },
  warningsHeading: {
    sv: 'Kontrollera innan du importerar (raderna importeras som de står):',
    en: 'Check before importing (the rows are imported as written):',
  },
  rowsRead: { sv: 'rader lästa', en: 'rows read' },
  recordKind: { sv: 'Slag av uppgift', en: 'Kind of record' },
  added: { sv: 'Nya', en: 'Added' },
  updated: { sv: 'Ändrade', en: 'Updated' },
  unchanged: { sv: 'Oförändrade', en: 'Unchanged' },
  rejectedHeading: {
    sv: 'Avvisade rader (importeras inte – rätta filen och importera igen):',
    en: 'Rejected rows (not imported – correct the file and import again):',
  },
  confirmImport: { sv: 'Importera', en: 'Import' },
  imported: { sv: 'Importen är klar.', en: 'The import is done.' },
  nothingToImport: { sv: 'Inget att importera.', en: 'Nothing to import.' },
  backupHeading: { sv: 'Säkerhetskopia', en: 'Backup' },
  exportBackup: { sv: 'Spara säkerhetskopia (JSON)', en: 'Save backup (JSON)' },
  restoreBackup: { sv: 'Återställ från säkerhetskopia', en: 'Restore from backup' },
  chooseBackup: { sv: 'Välj säkerhetskopia', en: 'Choose backup file' },
  restoreWarning: {
    sv: 'Återställningen ersätter ALLA uppgifter i registret (anordnare, arbetsgivare, medarbetare, insatser och ansökningar) med innehållet i filen. Uppgifter som inte finns i filen försvinner.',
    en: 'The restore replaces ALL records (providers, employers, employees, insatser and applications) with the contents of the file. Records not in the file are deleted.',
  },
  restoreConfirm: {
    sv: 'Ersätt allt med säkerhetskopian',
    en: 'Replace everything with the backup',
  },
  restored: { sv: 'Säkerhetskopian är återställd.', en: 'The backup has been restored.' },
  backupContains: { sv: 'Filen innehåller', en: 'The file contains' },
  exportedOn: { sv: 'sparad', en: 'saved' },
  lastBackup: { sv: 'Senaste säkerhetskopia', en: 'Last backup' },
  neverBackedUp: { sv: 'Ingen säkerhetskopia har sparats.', en: 'No backup has been saved.' },
  backupOld: {
    sv: 'Spara en ny säkerhetskopia: uppgifterna finns bara i den här webbläsaren och försvinner om tillägget avinstalleras.',
    en: 'Save a new backup: the records exist only in this browser and are deleted if the extension is uninstalled.',
  },
  wipe: { sv: 'Radera alla uppgifter', en: 'Delete all records' },
  wipeConfirm: {
    sv: 'Radera alla uppgifter i registret? Det går inte att ångra utan en säkerhetskopia.',
    en: 'Delete all records? This cannot be undone without a backup.',
  },
  wiped: { sv: 'Alla uppgifter är raderade.', en: 'All records have been deleted.' },
  providerHeading: { sv: 'Er organisation (anordnaren)', en: 'Your organisation (the provider)' },
  providerIntro: {
    sv: 'Uppgifterna står på rapport 7026 och fakturaunderlaget. Försäkringskassan betalar bara för insatser av godkända anordnare.',
    en: 'These details go on report 7026 and the invoice basis. Försäkringskassan only pays for insatser by approved providers.',
  },
  fkApprovalRef: {
    sv: 'FK:s referens för godkännandet (valfritt)',
    en: 'FK’s reference for the approval (optional)',
  },
  ivoLicence: {
    sv: 'Tillstånd från IVO för missbruksbehandling (valfritt, står på Afas fakturaunderlag)',
    en: 'IVO licence for addiction treatment (optional, shown on Afa’s invoice basis)',
  },
  plannedEndOn: { sv: 'Planerat slut (Afa)', en: 'Planned end (Afa)' },
  plannedSessions: { sv: 'Planerat antal samtal (Afa)', en: 'Planned number of sessions (Afa)' },
  afaReference: {
    sv: 'Referensnummer hos Afa (står även på fakturan)',
    en: 'Afa reference number (also on the invoice)',
  },
  courseContent: { sv: 'Kursinnehåll (Afa, för kurser)', en: 'Course content (Afa, for courses)' },
  capsHeading: { sv: 'Använt av taken per år', en: 'Caps used per year' },
  employerCap: { sv: 'Arbetsgivarens tak', en: 'Employer cap' },
  employeeCap: { sv: 'Medarbetarens tak', en: 'Employee cap' },
  used: { sv: 'använt', en: 'used' },
  of: { sv: 'av', en: 'of' },
  deadlinesHeading: { sv: 'Sista dag att ansöka', en: 'Last day to apply' },
  payer: { sv: 'Till', en: 'To' },
  lastDay: { sv: 'Sista dag', en: 'Last day' },
  atStake: { sv: 'Står på spel', en: 'At stake' },
  lost: { sv: 'Förlorat', en: 'Lost' },
  status: FIELD_NAMES.status,
  applied: { sv: 'Ansökt', en: 'Applied' },
  applications: { sv: 'Ansökningar', en: 'Applications' },
  year: FIELD_NAMES.year,
  submittedOn: FIELD_NAMES.submittedOn,
  amount: FIELD_NAMES.amount,
  markApplied: { sv: 'Markera som ansökt', en: 'Mark as applied' },
  passed: { sv: 'Passerad', en: 'Passed' },
  daysLeft: { sv: 'dagar kvar', en: 'days left' },
  statedDate: { sv: 'FK anger', en: 'FK states' },
  noDeadlines: { sv: 'Inga sista dagar att visa.', en: 'No deadlines to show.' },
  capApprox: {
    sv: 'Uppskattning: medarbetarna räknas i ordning efter sin första insats under året.',
    en: 'Estimate: employees are counted in the order of their first insats in the year.',
  },
  failure: {
    sv: 'Något gick fel när uppgifterna lästes eller sparades. Ladda om sidan och försök igen.',
    en: 'Something went wrong while reading or saving the records. Reload the page and try again.',
  },
  newerVersion: {
    sv: 'En nyare version av Stödkollen har öppnat registret i en annan flik. Ladda om sidan för att fortsätta med den.',
    en: 'A newer version of Stödkollen has opened the records in another tab. Reload the page to continue with it.',
  },
  viewFailed: {
    sv: 'Sidan kunde inte visas. Inga uppgifter har ändrats. Gå tillbaka till registret eller ladda om sidan.',
    en: 'The page could not be shown. No records were changed. Go back to the records or reload the page.',
  },
  stale: {
    sv: 'Uppgifterna har ändrats sedan du öppnade dem (kanske i en annan flik). Ingenting sparades. Titta på de nya uppgifterna och gör ändringen igen.',
    en: 'The records changed since you opened them (perhaps in another tab). Nothing was saved. Look at the new records and make the change again.',
  },
  staleImport: {
    sv: 'Uppgifterna har ändrats sedan förhandsgranskningen (kanske i en annan flik). Ingenting importerades. Välj filen igen för att se vad importen ändrar nu.',
    en: 'The records changed since the preview (perhaps in another tab). Nothing was imported. Choose the file again to see what the import changes now.',
  },
  repairExplain: {
    sv: 'En tidigare version lämnade kvar hänvisningar till borttagna insatser i ansökningar.',
    en: 'An earlier version left references to deleted insatser in applications.',
  },
  repairReferences: {
    sv: 'Ta bort hänvisningarna till borttagna insatser',
    en: 'Remove the references to deleted insatser',
  },
  repairConfirm: {
    sv: 'Ta bort de borttagna insatserna ur ansökningarna? En ansökan som bara gällde borttagna insatser tas bort.',
    en: 'Take the deleted insatser out of the applications? An application that concerned only deleted insatser is deleted.',
  },
  showNew: { sv: 'Visa de nya uppgifterna', en: 'Show the new records' },
  backupRefused: {
    sv: 'Säkerhetskopian sparades inte: den skulle inte gå att återställa till samma uppgifter.',
    en: 'The backup was not saved: it could not be restored to the same records.',
  },
  loading: { sv: 'Läser uppgifter …', en: 'Reading records …' },
  notFound: { sv: 'Medarbetaren finns inte.', en: 'The employee does not exist.' },
  privacy: {
    sv: 'Uppgifterna sparas bara i den här webbläsaren och skickas aldrig någonstans.',
    en: 'The records are stored only in this browser and are never sent anywhere.',
  },
} satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof TEXT;

/** "ansökan till Försäkringskassan för 2026 (inskickad)": how staff know an application. */
export function applicationLabel(a: Application): Bilingual {
  const status = OPTION_LABELS[a.status] ?? { sv: a.status, en: a.status };
  const payer = a.payer === 'fk' ? TEXT.fk : TEXT.afa;
  return {
    sv: `ansökan till ${payer.sv} för ${a.year} (${status.sv.toLowerCase()})`,
    en: `the application to ${payer.en} for ${a.year} (${status.en.toLowerCase()})`,
  };
}

/** "ansökan till … och ansökan till …": applications named in a sentence. */
const list = (as: Application[], lang: 'sv' | 'en') =>
  as.map((a) => applicationLabel(a)[lang]).join(lang === 'sv' ? ' och ' : ' and ');

/** What repairing the applications' references changed, to tell the user. */
export function repairNotice(d: InsatsDeletion): Bilingual {
  if (d.updated.length + d.deleted.length === 0) {
    return { sv: 'Inga hänvisningar behövde rättas.', en: 'No references needed repairing.' };
  }
  const sv: string[] = [];
  const en: string[] = [];
  if (d.updated.length > 0) {
    sv.push(`Borttagna insatser togs bort ur ${list(d.updated, 'sv')}.`);
    en.push(`Deleted insatser were taken out of ${list(d.updated, 'en')}.`);
  }
  if (d.deleted.length > 0) {
    sv.push(
      `${capitalise(list(d.deleted, 'sv'))} gällde bara borttagna insatser och är borttagen.`,
    );
    en.push(
      `${capitalise(list(d.deleted, 'en'))} concerned only deleted insatser and has been deleted.`,
    );
  }
  sv.push('Spara säkerhetskopian igen.');
  en.push('Save the backup again.');
  return { sv: sv.join(' '), en: en.join(' ') };
}

/** What deleting an insats did to the applications that named it, to tell the user. */
export function deletionNotice(d: InsatsDeletion): Bilingual {
  const sv = ['Insatsen är borttagen.'];
  const en = ['The insats has been deleted.'];
  if (d.updated.length > 0) {
    sv.push(`Den togs också bort ur ${list(d.updated, 'sv')}.`);
    en.push(`It was also taken out of ${list(d.updated, 'en')}.`);
  }
  if (d.deleted.length > 0) {
    sv.push(`${capitalise(list(d.deleted, 'sv'))} gällde bara den insatsen och är borttagen.`);
    en.push(
      `${capitalise(list(d.deleted, 'en'))} concerned only that insats and has been deleted.`,
    );
  }
  return { sv: sv.join(' '), en: en.join(' ') };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The words shown for the values of sector, Afa agreement, employee group and application state. */
export const OPTION_LABELS: Record<string, Bilingual> = {
  ...SECTOR_LABELS,
  ...AGREEMENT_LABELS,
  ...GROUP_LABELS,
  ...APPLICATION_STATUS_LABELS,
};
