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
import type { Bilingual } from '../i18n/format.ts';
import { CSV_COLUMNS, type CsvImportPlan, headerKey, planCsvImport } from './csv.ts';
import { type ExistingRecords, NO_RECORDS } from './csv-diff.ts';
import { cellText, identifierText, readXlsxSheets, type Sheet, type SheetCell } from './xlsx.ts';

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

const headerScore = (s: Sheet) =>
  (s.rows[0] ?? []).filter((c) => KNOWN_COLUMNS.has(headerKey(cellText(c)))).length;

/**
 * The sheets whose header row has the CSV's columns. Other sheets (instructions, lists of
 * values) hold no insatser and are passed over.
 */
export function insatserSheets(sheets: readonly Sheet[]): Sheet[] {
  return sheets.filter((s) => headerScore(s) > 0);
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
  if (!read.ok) return fileError(read.reason, existing);
  const found = insatserSheets(read.sheets);
  if (found.length > 1) {
    // Rows of two sheets would share line numbers; one sheet per file keeps every message exact.
    const names = found.map((s) => `”${s.name}”`).join(', ');
    const namesEn = found.map((s) => `“${s.name}”`).join(', ');
    return fileError(
      {
        sv: `Arbetsboken har insatser på flera blad (${names}). Spara varje blad som en egen fil och importera dem en i taget.`,
        en: `The workbook has insatser on several sheets (${namesEn}). Save each sheet as a file of its own and import them one at a time.`,
      },
      existing,
    );
  }
  // Without a recognised header the first sheet is read, so that the CSV import names the
  // missing columns.
  const sheet = found[0] ?? read.sheets[0];
  const plan: XlsxImportPlan = planCsvImport(sheet ? sheetToCsvText(sheet.rows) : '', existing);
  if (sheet) plan.sheet = sheet.name;
  return plan;
}

/** A plan that imports nothing and says why. */
function fileError(reason: Bilingual, existing: ExistingRecords): XlsxImportPlan {
  const plan = planCsvImport('', existing);
  plan.fileErrors = [
    {
      line: 1,
      column: null,
      field: { sv: 'Filen', en: 'The file' },
      reason,
      sv: reason.sv,
      en: reason.en,
    },
  ];
  return plan;
}
