/**
 * The dashboard's words for the provider's working year: FK's list of approved providers, the
 * .xlsx import and the year-end batch. Swedish first; `tr()` takes these directly.
 */
import type { Bilingual } from '../../core/i18n/format.ts';

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
