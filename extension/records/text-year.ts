/**
 * The dashboard's words for the provider's working year: FK's list of approved providers, the
 * .xlsx import and the year-end batch. Swedish first; `tr()` takes these directly.
 */
import type { Bilingual } from '../../core/i18n/format.ts';
import { FIELD_NAMES } from '../../core/i18n/messages.ts';
import { DUE_SOON_DAYS } from '../../core/register/register.ts';
import { TEXT } from './text.ts';

export const YEAR_TEXT = {
  navApprovedList: { sv: 'FK:s anordnarlista', en: 'FK’s provider list' },
  listHeading: {
    sv: 'Försäkringskassans lista över godkända anordnare',
    en: 'Försäkringskassan’s list of approved providers',
  },
  listIntro: {
    sv: 'Försäkringskassan publicerar godkända anordnare som Excel-filer. Importera den senaste filen (.xlsx): kolumnerna hittas på sina rubriker, och rader som inte kan läsas visas.',
    en: 'Försäkringskassan publishes approved providers as Excel files. Import the latest file (.xlsx): the columns are found by their headers, and rows that cannot be read are shown.',
  },
  chooseListFile: { sv: 'Välj Excel-fil (.xlsx)', en: 'Choose Excel file (.xlsx)' },
  listInForce: { sv: 'Lista i kraft', en: 'List in force' },
  noListYet: {
    sv: 'Ingen lista är importerad än.',
    en: 'No list has been imported yet.',
  },
  listProviders: { sv: 'anordnare', en: 'providers' },
  listDate: { sv: 'Listans datum', en: 'The list’s date' },
  listDateHint: {
    sv: 'Datumet då Försäkringskassan uppdaterade listan (från filen om det står där).',
    en: 'The date Försäkringskassan updated the list (taken from the file when it says).',
  },
  columnsFound: { sv: 'Kolumner som lästes', en: 'Columns read' },
  columnsIgnored: { sv: 'Kolumner som inte behövs', en: 'Columns not needed' },
  rowsNotRead: {
    sv: 'Rader som inte kunde läsas (kommer inte med):',
    en: 'Rows that could not be read (left out):',
  },
  notes: { sv: 'Att känna till:', en: 'Worth knowing:' },
  saveList: { sv: 'Spara listan', en: 'Save the list' },
  listSaved: { sv: 'Listan är sparad.', en: 'The list has been saved.' },
  olderLists: { sv: 'Tidigare listor', en: 'Earlier lists' },
  importedOn: { sv: 'importerad', en: 'imported' },
  deleteList: { sv: 'Ta bort listan', en: 'Delete the list' },
  deleteListConfirm: {
    sv: 'Ta bort listan? Registret påverkas inte.',
    en: 'Delete the list? The records are not affected.',
  },
  openList: { sv: 'Visa FK:s anordnarlista', en: 'Show FK’s provider list' },
  notOnListHeading: {
    sv: 'Anordnaren står inte på Försäkringskassans lista',
    en: 'The provider is not on Försäkringskassan’s list',
  },
  concernsInsatser: { sv: 'Gäller', en: 'Concerns' },
  csvOrXlsx: {
    sv: 'CSV eller Excel-arbetsbok (.xlsx) med samma kolumner.',
    en: 'CSV or Excel workbook (.xlsx) with the same columns.',
  },
} satisfies Record<string, Bilingual>;

/** The register tables' words. */
export const REGISTER_TEXT = {
  navRegisterTables: { sv: 'Tabeller', en: 'Tables' },
  heading: { sv: 'Registret som tabell', en: 'The records as a table' },
  showEmployees: TEXT.employees,
  showEmployers: { sv: 'Arbetsgivare', en: 'Employers' },
  show: { sv: 'Visa', en: 'Show' },
  searchTable: {
    sv: 'Sök på namn, personnummer eller organisationsnummer',
    en: 'Search by name, personnummer or organisationsnummer',
  },
  year: FIELD_NAMES.year,
  employer: FIELD_NAMES.employer,
  filterEmployer: { sv: 'Bara arbetsgivaren', en: 'Only the employer' },
  allEmployers: { sv: 'Alla arbetsgivare', en: 'All employers' },
  sector: FIELD_NAMES.sector,
  allSectors: { sv: 'Alla sektorer', en: 'All sectors' },
  status: TEXT.status,
  allStatuses: { sv: 'Alla', en: 'All' },
  'not-applied': { sv: 'Inte ansökt', en: 'Not applied' },
  'due-30': {
    sv: `Sista dag inom ${DUE_SOON_DAYS} dagar`,
    en: `Due within ${DUE_SOON_DAYS} days`,
  },
  'deadline-passed': { sv: 'Sista dag passerad', en: 'Deadline passed' },
  'cap-reached': { sv: 'Taket nått', en: 'Cap reached' },
  name: FIELD_NAMES.name,
  personnummer: FIELD_NAMES.personnummer,
  organisationsnummer: FIELD_NAMES.organisationsnummer,
  employees: TEXT.employees,
  insatser: FIELD_NAMES.insatser,
  cost: FIELD_NAMES.cost,
  fk: { sv: 'FK', en: 'FK' },
  afa: { sv: 'Afa', en: 'Afa' },
  employerPays: TEXT.employerPays,
  cap: { sv: 'Använt av FK:s tak', en: 'FK cap used' },
  nextDeadline: { sv: 'Nästa sista dag', en: 'Next deadline' },
  total: TEXT.total,
  rowsShown: { sv: 'rader', en: 'rows' },
  pageOf: { sv: 'Sida {page} av {pages}', en: 'Page {page} of {pages}' },
  previous: TEXT.previousPage,
  next: TEXT.nextPage,
  sortBy: { sv: 'Sortera på', en: 'Sort by' },
  noRows: { sv: 'Inga rader matchar.', en: 'No rows match.' },
  of: TEXT.of,
} satisfies Record<string, Bilingual>;

/** Creating employers and employees by hand. */
export const NEW_TEXT = {
  nav: { sv: 'Ny medarbetare', en: 'New employee' },
  heading: { sv: 'Lägg in för hand', en: 'Enter by hand' },
  intro: {
    sv: 'Samma kontroller som vid import. Efter en ny medarbetare öppnas deras sida, där du lägger till den första insatsen.',
    en: 'The same checks as the import. After a new employee, their page opens, where you add the first insats.',
  },
  newEmployer: { sv: 'Ny arbetsgivare', en: 'New employer' },
  newEmployee: { sv: 'Ny medarbetare', en: 'New employee' },
  medarbetaravtal: {
    sv: 'Medarbetaravtal (avtalet gäller även tjänstemän)',
    en: 'Medarbetaravtal (the agreement covers salaried staff too)',
  },
  saveEmployer: { sv: 'Spara arbetsgivaren', en: 'Save the employer' },
  saveEmployee: { sv: 'Spara medarbetaren', en: 'Save the employee' },
  employerSaved: { sv: 'Sparad:', en: 'Saved:' },
  employerFirst: {
    sv: 'Lägg först in arbetsgivaren nedan; sedan kan du lägga in dess medarbetare.',
    en: 'First enter the employer below; then you can enter its employees.',
  },
  employerExists: {
    sv: 'En arbetsgivare med det organisationsnumret finns redan.',
    en: 'An employer with that organisationsnummer already exists.',
  },
  employeeExists: {
    sv: 'Medarbetaren finns redan hos den arbetsgivaren.',
    en: 'The employee already exists at that employer.',
  },
} satisfies Record<string, Bilingual>;
