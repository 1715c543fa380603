import type { Bilingual } from './format.ts';

/** Messages of the spreadsheet imports: FK's list of approved providers and insatser as .xlsx. */
export const SHEET_MESSAGES = {
  xlsx_empty_file: { sv: 'Filen är tom.', en: 'The file is empty.' },
  xlsx_old_format: {
    sv: 'Filen är en äldre Excel-fil (.xls) eller lösenordsskyddad. Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx) utan lösenord.',
    en: 'The file is an older Excel file (.xls) or password-protected. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) without a password.',
  },
  xlsx_unreadable: {
    sv: 'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx). Kontrollera att det är rätt fil.',
    en: 'The file could not be read as an Excel workbook (.xlsx). Check that it is the right file.',
  },
  xlsx_no_rows: {
    sv: 'Arbetsboken innehåller inga rader.',
    en: 'The workbook contains no rows.',
  },
  list_no_header: {
    sv: 'Hittade ingen rubrikrad med organisationsnummer och anordnarens namn bland de första 30 raderna.',
    en: 'Found no header row with organisationsnummer and the provider’s name in the first 30 rows.',
  },
  list_orgnr_missing: {
    sv: 'Organisationsnummer saknas.',
    en: 'The organisationsnummer is missing.',
  },
  list_name_missing: {
    sv: 'Anordnarens namn saknas.',
    en: 'The provider’s name is missing.',
  },
  list_row_skipped: {
    sv: 'Raden har varken organisationsnummer eller namn och lästes inte (en rubrik eller kommentar?).',
    en: 'The row has neither organisationsnummer nor name and was not read (a heading or a comment?).',
  },
  list_no_providers: {
    sv: 'Listan innehåller ingen anordnare som kunde läsas.',
    en: 'The list contains no provider that could be read.',
  },
  list_date_invalid: {
    sv: 'Ange listans datum som ÅÅÅÅ-MM-DD.',
    en: 'Enter the list’s date as YYYY-MM-DD.',
  },
  list_name_differs: {
    sv: 'Samma organisationsnummer står med ett annat namn på en tidigare rad; det första namnet används.',
    en: 'The same organisationsnummer appears with another name on an earlier row; the first name is used.',
  },
} satisfies Record<string, Bilingual>;
