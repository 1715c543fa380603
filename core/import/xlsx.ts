/**
 * Reading `.xlsx` files (FK's list of approved providers, insatser exported from a provider's
 * system) into plain rows of cells, through `read-excel-file`'s universal build: it unzips with
 * fflate and parses the XML in JavaScript, so it needs no DOM and runs the same in the extension
 * and in unit tests. What the rows mean is decided by the importers, not here.
 */
import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import type { Bilingual } from '../i18n/format.ts';
import { SHEET_MESSAGES } from '../i18n/messages-sheets.ts';

/** A cell as the reader gives it: text, a number, a boolean, a date (UTC midnight) or empty. */
export type SheetCell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  /** Row `i` is the spreadsheet's row `i + 1`, blank rows included, so line numbers agree. */
  rows: SheetCell[][];
}

export type XlsxReadResult = { ok: true; sheets: Sheet[] } | { ok: false; reason: Bilingual };

/** The first bytes of the old binary Excel format (and of password-protected workbooks). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readXlsxSheets(bytes: ArrayBuffer | Uint8Array): Promise<XlsxReadResult> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.length === 0) return { ok: false, reason: SHEET_MESSAGES.xlsx_empty_file };
  if (COMPOUND_FILE.every((b, i) => view[i] === b)) {
    return { ok: false, reason: SHEET_MESSAGES.xlsx_old_format };
  }
  // The reader takes a whole ArrayBuffer: copy exactly the view's bytes (a Node Buffer's
  // `.buffer`, and its `slice()`, can span a shared pool holding other data).
  const buffer = new Uint8Array(view).buffer as ArrayBuffer;
  try {
    const sheets = await readXlsxFile(buffer);
    return {
      ok: true,
      sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as SheetCell[][] })),
    };
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof Error) {
      return { ok: false, reason: SHEET_MESSAGES.xlsx_unreadable };
    }
    throw error;
  }
}

/**
 * A cell as the text a person would have typed: dates as `YYYY-MM-DD`, booleans as `ja`/`nej`,
 * numbers without float noise. A number with more than two decimals is kept as it is, so that
 * the schema rejects it instead of it being rounded without anyone knowing.
 */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const y = String(cell.getUTCFullYear()).padStart(4, '0');
    const m = String(cell.getUTCMonth() + 1).padStart(2, '0');
    const d = String(cell.getUTCDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  const cents = cell * 100;
  if (Math.abs(cents - Math.round(cents)) < 1e-6) return String(Math.round(cents) / 100);
  return String(cell);
}

/**
 * An identifier typed into a number cell loses its leading zero (`010228-4569` becomes
 * 102284569): a nine-digit number gets it back before the identifier is checked.
 */
export function identifierText(cell: SheetCell | undefined): string {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) {
    const digits = String(cell);
    return digits.length === 9 ? `0${digits}` : digits;
  }
  return cellText(cell);
}

/** Normalises a header for matching: lower case, å/ä→a, ö→o, anything else but letters dropped. */
export function headerWords(header: string): string {
  return header
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
