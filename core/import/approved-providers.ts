/**
 * FK-PROVIDER: Försäkringskassan's list of approved providers ("godkända anordnare"), published
 * as Excel files sorted by provider or by postal address. Their columns are not documented, so
 * the columns are found by their header names (organisationsnummer, anordnare/namn, adress,
 * postnummer, ort) in any order, with title rows above and extra columns anywhere. Every row that
 * cannot be read is named with its line, column and reason, in Swedish and English.
 *
 * Pure: sheet rows in, a list out. Reading the file is `readXlsxSheets`; storing it is
 * `core/store/approved-providers.ts`.
 */
import * as z from 'zod/mini';
import { type IsoDate, isIsoDate } from '../i18n/dates.ts';
import { type Bilingual, formatDateLong } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { SHEET_MESSAGES } from '../i18n/messages-sheets.ts';
import { parseOrganisationsnummer } from '../ids/index.ts';
import { isoDate, nonEmptyText } from '../schema/common.ts';
import { cellText, headerWords, identifierText, type Sheet, type SheetCell } from './xlsx.ts';

export type ListColumn = 'organisationsnummer' | 'name' | 'address' | 'postalCode' | 'city';

/** One approved provider; a provider listed at several addresses has several places. */
export interface ApprovedProvider {
  /** `NNNNNN-NNNN`, as `core/ids` normalises it. */
  organisationsnummer: string;
  name: string;
  /** "Storgatan 1, 111 22 Stockholm", one per row the provider is listed on. */
  places: string[];
}

export interface ListProblem {
  /** The spreadsheet's row number (the first row is 1). */
  line: number;
  /** The sheet's name, when the workbook has more than one. */
  sheet?: string;
  /** The column's header as written in the file, or null for the whole row or file. */
  column: string | null;
  reason: Bilingual;
  /** `rejected`: the row was not read. `note`: it was read, but something was set aside. */
  severity: 'rejected' | 'note';
  /** Ready to show: `Rad 10, kolumnen ”Organisationsnummer”: Ogiltigt organisationsnummer …` */
  sv: string;
  en: string;
}

export interface ApprovedProvidersParse {
  providers: ApprovedProvider[];
  /** Rows that were not read, and notes on rows that were. */
  problems: ListProblem[];
  /** Nothing could be read (no header, no providers). */
  fileErrors: ListProblem[];
  /** Which header each column was found under, for the preview. */
  columns: { column: ListColumn; header: string }[];
  /** Headers read past (telephone, web address …). */
  ignoredColumns: string[];
  /** Rows below the header that held anything. */
  rows: number;
  /** A date written above the header ("Uppdaterad 2026-11-15"), offered as the list's date. */
  dateInFile?: IsoDate;
}

/** Exact header names first; a header containing one of `contains` counts too. */
const HEADERS: { column: ListColumn; exact: string[]; contains: string[] }[] = [
  {
    column: 'organisationsnummer',
    exact: ['organisationsnummer', 'orgnr', 'org nr', 'organisationsnr', 'org nummer'],
    contains: ['organisationsnummer', 'orgnr', 'organisationsnr', 'org nr'],
  },
  { column: 'postalCode', exact: ['postnummer', 'postnr', 'post nr'], contains: ['postnummer'] },
  { column: 'city', exact: ['ort', 'postort', 'stad', 'ort stad'], contains: ['postort'] },
  {
    column: 'address',
    exact: ['adress', 'postadress', 'gatuadress', 'besoksadress', 'utdelningsadress'],
    contains: ['adress'],
  },
  {
    column: 'name',
    exact: [
      'anordnare',
      'namn',
      'anordnarens namn',
      'anordnare namn',
      'foretag',
      'foretagsnamn',
      'foretagets namn',
      'organisation',
      'organisationsnamn',
    ],
    contains: ['namn', 'anordnare'],
  },
];

const HEADER_SEARCH_ROWS = 30;

function columnOf(header: string): ListColumn | undefined {
  const words = headerWords(header);
  if (words === '') return undefined;
  const exact = HEADERS.find((h) => h.exact.includes(words));
  if (exact) return exact.column;
  return HEADERS.find((h) => h.contains.some((c) => words.includes(c)))?.column;
}

/** The columns of a header row, or undefined when the row lacks organisationsnummer or name. */
function headerOf(row: readonly SheetCell[]) {
  const index = new Map<ListColumn, number>();
  const ignored: string[] = [];
  row.forEach((cell, i) => {
    const text = cellText(cell);
    const column = columnOf(text);
    if (column && !index.has(column)) index.set(column, i);
    else if (text !== '') ignored.push(text);
  });
  return index.has('organisationsnummer') && index.has('name') ? { index, ignored } : undefined;
}

const DATE_IN_TEXT = /(\d{4})-(\d{2})-(\d{2})/;

function problem(
  line: number,
  sheet: string | undefined,
  column: string | null,
  reason: Bilingual,
  severity: ListProblem['severity'] = 'rejected',
): ListProblem {
  const where = (lang: 'sv' | 'en') => {
    const parts: string[] = [];
    if (sheet) parts.push(lang === 'sv' ? `Blad ”${sheet}”` : `Sheet “${sheet}”`);
    parts.push(`${lang === 'sv' ? (sheet ? 'rad' : 'Rad') : sheet ? 'line' : 'Line'} ${line}`);
    if (column) parts.push(lang === 'sv' ? `kolumnen ”${column}”` : `column “${column}”`);
    return parts.join(', ');
  };
  return {
    line,
    ...(sheet ? { sheet } : {}),
    column,
    reason,
    severity,
    sv: `${where('sv')}: ${reason.sv}`,
    en: `${where('en')}: ${reason.en}`,
  };
}

/**
 * Every sheet of the workbook that has a header row is read; a provider on several sheets or
 * rows is listed once, with all its places.
 */
export function parseApprovedProviders(sheets: readonly Sheet[]): ApprovedProvidersParse {
  const result: ApprovedProvidersParse = {
    providers: [],
    problems: [],
    fileErrors: [],
    columns: [],
    ignoredColumns: [],
    rows: 0,
  };
  const byOrgnr = new Map<string, ApprovedProvider>();
  const named = sheets.length > 1;
  let headerFound = false;
  for (const sheet of sheets) {
    const sheetName = named ? sheet.name : undefined;
    let headerRow = -1;
    let header: ReturnType<typeof headerOf>;
    for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
      header = headerOf(sheet.rows[r] ?? []);
      if (header) {
        headerRow = r;
        break;
      }
    }
    if (!header) continue;
    if (!headerFound) {
      const headerCells = sheet.rows[headerRow] ?? [];
      result.columns = [...header.index].map(([column, i]) => ({
        column,
        header: cellText(headerCells[i]),
      }));
      result.ignoredColumns = header.ignored;
      for (let r = 0; r < headerRow && !result.dateInFile; r++) {
        for (const cell of sheet.rows[r] ?? []) {
          const date =
            cell instanceof Date ? cellText(cell) : DATE_IN_TEXT.exec(cellText(cell))?.[0];
          if (date && isIsoDate(date)) {
            result.dateInFile = date;
            break;
          }
        }
      }
    }
    headerFound = true;
    const { index } = header;
    const headerCells = sheet.rows[headerRow] ?? [];
    const headerText = (c: ListColumn) => cellText(headerCells[index.get(c) as number]);
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      if (row.every((c) => cellText(c) === '')) continue;
      result.rows++;
      const line = r + 1;
      const cell = (c: ListColumn) => {
        const i = index.get(c);
        return i === undefined ? '' : cellText(row[i]);
      };
      const orgnrText = identifierText(row[index.get('organisationsnummer') as number]);
      const name = cell('name');
      const orgnr = parseOrganisationsnummer(orgnrText);
      const errors: ListProblem[] = [];
      if (orgnrText === '' && name === '') {
        // A town's heading in the list sorted by postal address, or a footnote: not a provider,
        // but said all the same, in case it was one.
        result.problems.push(
          problem(line, sheetName, null, SHEET_MESSAGES.list_row_skipped, 'note'),
        );
        continue;
      }
      if (orgnrText === '') {
        errors.push(
          problem(
            line,
            sheetName,
            headerText('organisationsnummer'),
            SHEET_MESSAGES.list_orgnr_missing,
          ),
        );
      } else if (!orgnr.ok) {
        errors.push(
          problem(line, sheetName, headerText('organisationsnummer'), MESSAGES.orgnr_invalid),
        );
      }
      if (name === '') {
        errors.push(problem(line, sheetName, headerText('name'), SHEET_MESSAGES.list_name_missing));
      }
      if (errors.length > 0 || !orgnr.ok) {
        result.problems.push(...errors);
        continue;
      }
      const postal = [cell('postalCode'), cell('city')].filter((s) => s !== '').join(' ');
      const place = [cell('address'), postal].filter((s) => s !== '').join(', ');
      const known = byOrgnr.get(orgnr.normalized);
      if (known) {
        if (place !== '' && !known.places.includes(place)) known.places.push(place);
        if (known.name !== name) {
          result.problems.push(
            problem(line, sheetName, headerText('name'), SHEET_MESSAGES.list_name_differs, 'note'),
          );
        }
        continue;
      }
      const provider = {
        organisationsnummer: orgnr.normalized,
        name,
        places: place ? [place] : [],
      };
      byOrgnr.set(orgnr.normalized, provider);
      result.providers.push(provider);
    }
  }
  if (sheets.every((s) => s.rows.every((r) => r.every((c) => cellText(c) === '')))) {
    result.fileErrors.push(problem(1, undefined, null, SHEET_MESSAGES.xlsx_no_rows));
  } else if (!headerFound) {
    result.fileErrors.push(problem(1, undefined, null, SHEET_MESSAGES.list_no_header));
  } else if (result.providers.length === 0) {
    result.fileErrors.push(problem(1, undefined, null, SHEET_MESSAGES.list_no_providers));
  }
  return result;
}

function isNormalisedOrgnr(s: string): boolean {
  const parsed = parseOrganisationsnummer(s);
  return parsed.ok && parsed.normalized === s;
}

/** The list as stored: its date (as FK dated it, or the day the staff say they took it). */
export const ApprovedProviderListSchema = z.object({
  listDate: isoDate,
  /** ISO date-time of the import. */
  importedAt: z.string(),
  fileName: z.string(),
  providers: z.array(
    z.object({
      organisationsnummer: z
        .string()
        .check(z.refine(isNormalisedOrgnr, { error: 'orgnr_invalid' })),
      name: nonEmptyText(500),
      places: z.array(z.string()),
    }),
  ),
});
export type ApprovedProviderList = z.output<typeof ApprovedProviderListSchema>;

export type ApprovalStatus =
  | { status: 'listed'; listDate: IsoDate; provider: ApprovedProvider }
  | { status: 'not-listed'; listDate: IsoDate }
  | { status: 'no-list' }
  | { status: 'invalid-orgnr' };

/** Whether `orgnr` is on the list (FK-PROVIDER). Any spelling of the number matches. */
export function approvalStatus(
  list: Pick<ApprovedProviderList, 'listDate' | 'providers'> | undefined,
  orgnr: string,
): ApprovalStatus {
  if (!list) return { status: 'no-list' };
  const parsed = parseOrganisationsnummer(orgnr);
  if (!parsed.ok) return { status: 'invalid-orgnr' };
  // Stored numbers are normalised on import, so the normalised forms compare as strings.
  const provider = list.providers.find((p) => p.organisationsnummer === parsed.normalized);
  return provider
    ? { status: 'listed', listDate: list.listDate, provider }
    : { status: 'not-listed', listDate: list.listDate };
}

/**
 * The list in force on `date`: the newest dated on or before it. An insats carried out before
 * the oldest imported list is judged by the oldest one, which is the nearest we know.
 */
export function listInForce<L extends Pick<ApprovedProviderList, 'listDate'>>(
  lists: readonly L[],
  date: IsoDate,
): L | undefined {
  const sorted = [...lists].sort((a, b) => (a.listDate < b.listDate ? -1 : 1));
  let found: L | undefined;
  for (const l of sorted) if (l.listDate <= date) found = l;
  return found ?? sorted[0];
}

/** One sentence about the status, in both languages, for the provider page and the warnings. */
export function describeApproval(s: ApprovalStatus): Bilingual {
  switch (s.status) {
    case 'listed':
      return {
        sv: `Står på Försäkringskassans lista över godkända anordnare (listan från ${formatDateLong(s.listDate, 'sv')}).`,
        en: `On Försäkringskassan’s list of approved providers (the list of ${formatDateLong(s.listDate, 'en')}).`,
      };
    case 'not-listed':
      return {
        sv: `Står inte på Försäkringskassans lista över godkända anordnare (listan från ${formatDateLong(s.listDate, 'sv')}). Försäkringskassan betalar bara för insatser av godkända anordnare.`,
        en: `Not on Försäkringskassan’s list of approved providers (the list of ${formatDateLong(s.listDate, 'en')}). Försäkringskassan only pays for insatser by approved providers.`,
      };
    case 'no-list':
      return {
        sv: 'Ingen lista över godkända anordnare är importerad.',
        en: 'No list of approved providers has been imported.',
      };
    case 'invalid-orgnr':
      return MESSAGES.orgnr_invalid;
  }
}
