/**
 * The insatser import from an Excel workbook (.xlsx), with the same columns as the CSV: the sheet
 * is turned into the CSV text `planCsvImport` reads, so every row meets the same validation, the
 * same preview and the same messages, and line numbers are the spreadsheet's row numbers.
 *
 * Cells are written as a person would have typed them (`cellText`): date cells as `YYYY-MM-DD`,
 * numbers with a decimal point, booleans as ja/nej, and identifiers in number cells with their
 * leading zero back.
 */
import Papa from 'papaparse';
import {
  CSV_COLUMNS,
  type CsvImportPlan,
  type ExistingRecords,
  NO_RECORDS,
  planCsvImport,
} from './csv.ts';
import { cellText, identifierText, readXlsxSheets, type Sheet, type SheetCell } from './xlsx.ts';

/** The CSV importer's own header normalisation: lower case, å/ä→a, ö→o, spaces and dashes to `_`. */
function headerKey(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s-]+/g, '_');
}

const IDENTIFIER_COLUMNS = new Set(['arbetsgivare_orgnr', 'personnummer']);
const KNOWN_COLUMNS = new Set<string>(CSV_COLUMNS.map((c) => c.name));

/** One sheet as the CSV text of its rows; blank rows stay, so that line numbers agree. */
export function sheetToCsvText(rows: readonly (readonly SheetCell[])[]): string {
  const header = (rows[0] ?? []).map((c) => headerKey(cellText(c)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const data = rows.map((row, r) =>
    Array.from({ length: width }, (_, i) =>
      r > 0 && IDENTIFIER_COLUMNS.has(header[i] ?? '') ? identifierText(row[i]) : cellText(row[i]),
    ),
  );
  return Papa.unparse(data, { delimiter: ';', newline: '\n', quotes: false });
}

/** The sheet that holds the insatser: the first whose header row has the CSV's columns. */
export function insatserSheet(sheets: readonly Sheet[]): Sheet | undefined {
  const score = (s: Sheet) =>
    (s.rows[0] ?? []).filter((c) => KNOWN_COLUMNS.has(headerKey(cellText(c)))).length;
  const best = [...sheets].sort((a, b) => score(b) - score(a))[0];
  return best && score(best) > 0 ? best : sheets[0];
}

export interface XlsxImportPlan extends CsvImportPlan {
  /** The sheet the rows came from. */
  sheet?: string;
}

/** Reads the workbook and plans the import exactly as `planCsvImport` does for a CSV file. */
export async function planXlsxImport(
  bytes: ArrayBuffer | Uint8Array,
  existing: ExistingRecords = NO_RECORDS,
): Promise<XlsxImportPlan> {
  const read = await readXlsxSheets(bytes);
  if (!read.ok) {
    const plan = planCsvImport('', existing);
    plan.fileErrors = [
      {
        line: 1,
        column: null,
        field: { sv: 'Filen', en: 'The file' },
        reason: read.reason,
        sv: read.reason.sv,
        en: read.reason.en,
      },
    ];
    return plan;
  }
  const sheet = insatserSheet(read.sheets);
  const plan: XlsxImportPlan = planCsvImport(sheet ? sheetToCsvText(sheet.rows) : '', existing);
  if (sheet) plan.sheet = sheet.name;
  return plan;
}
