/**
 * CSV import of insatser: one row per insats, with its employer and employee on the same row.
 * Pure: the caller reads the file and, after the user has seen the preview (`planCsvImport`),
 * writes `plan.records` with `writeRecords` in one transaction. This file turns rows into records;
 * csv-diff.ts tells them apart from the stored ones (added, updated, unchanged).
 *
 * Accepts `;`, `,` or tab as delimiter (decided by the header row), amounts such as `12 345,50`,
 * `12345.50` or `12 345,50 kr`, dates as `2026-03-10` or `20260310`.
 *
 * Never guesses: a row with another number of fields than the header, a blank required cell, a
 * header naming a column twice, a character that cannot be stored or shown, an employer or
 * employee described differently on two rows: each is rejected with its line (the file's own
 * line, counting line breaks inside quoted cells), column and reason. What may be right but
 * deserves a look (a `?` in a Windows-1252 file, where Excel puts characters it could not save;
 * a column the import does not know) is a warning in the preview.
 */
import Papa from 'papaparse';
import { parseAmount } from '../i18n/amount.ts';
import type { Bilingual } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { parseOrganisationsnummer, parsePersonnummer } from '../ids/index.ts';
import { FK_KINDS, type FkKind } from '../rules/categories.ts';
import { toFieldErrors } from '../schema/errors.ts';
import { PARSE } from '../schema/issue-reason.ts';
import {
  type Employee,
  EmployeeSchema,
  type Employer,
  EmployerSchema,
  type Insats,
  InsatsSchema,
} from '../schema/records.ts';
import {
  COLUMN_ALIASES,
  COLUMN_FIELD,
  COLUMN_OF,
  CSV_COLUMNS,
  type CsvColumn,
} from './csv-columns.ts';
import {
  diffWithStored,
  type ExistingRecords,
  type KindCounts,
  NO_RECORDS,
  sameRecord,
} from './csv-diff.ts';

/** One reason a row was rejected, named by line, column and field. */
export interface RowError {
  /** Line in the file where the row starts; the header is line 1. */
  line: number;
  /** The column's name as the import knows it, or as the file wrote it for an unknown one. */
  column: CsvColumn | string | null;
  field: Bilingual;
  reason: Bilingual;
  /** Ready to show: `Rad 4, kostnad (Kostnad): Beloppet får inte vara negativt.` */
  sv: string;
  en: string;
}

export interface RejectedRow {
  line: number;
  errors: RowError[];
}

export interface CsvImportPlan {
  /** The records of the accepted rows, ready for `writeRecords`. */
  records: { employers: Employer[]; employees: Employee[]; insatser: Insats[] };
  rows: number;
  added: KindCounts;
  updated: KindCounts;
  unchanged: KindCounts;
  rejected: RejectedRow[];
  /** Errors about the whole file (no rows, a missing column); nothing can be imported then. */
  fileErrors: RowError[];
  /** Worth a look before importing; the rows they name are imported as written. */
  warnings: RowError[];
  delimiter: string;
}

export interface CsvOptions {
  /** How the file's bytes were read (decodeImportFile): a `?` means more in Windows-1252. */
  encoding?: 'utf-8' | 'windows-1252';
}

function rowError(line: number, column: CsvColumn | string | null, reason: Bilingual): RowError {
  const field = column
    ? (COLUMN_FIELD[column as CsvColumn] ?? { sv: column, en: column })
    : { sv: 'Raden', en: 'The row' };
  const where = (lang: 'sv' | 'en') =>
    column
      ? `${lang === 'sv' ? 'Rad' : 'Line'} ${line}, ${column} (${field[lang]})`
      : `${lang === 'sv' ? 'Rad' : 'Line'} ${line}`;
  return {
    line,
    column,
    field,
    reason,
    sv: `${where('sv')}: ${reason.sv}`,
    en: `${where('en')}: ${reason.en}`,
  };
}

/**
 * Normalises a header: lower case, å/ä→a, ö→o, spaces and dashes to `_`. The .xlsx import uses
 * it too, so a workbook's columns are found exactly as a CSV file's.
 */
export function headerKey(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[\s-]+/g, '_');
}

/** Swedish words as users type them → the schema's values. */
function plain(s: string): string {
  return headerKey(s);
}

/** `2026-03-10` stays; `20260310` becomes `2026-03-10`; anything else is left for the schema. */
function parseDate(s: string): string {
  const t = s.trim();
  return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}` : t;
}

/** `genomföra` and `följa upp` become the ids `genomfora` and `folja_upp` through `plain`. */
const KIND_WORDS = new Map<string, FkKind>(FK_KINDS.map((k) => [k, k]));

function parseKinds(s: string): FkKind[] | undefined {
  const words = s
    .split(/[|/]/)
    .map((w) => plain(w))
    .filter((w) => w.length > 0);
  const kinds = words.map((w) => KIND_WORDS.get(w));
  if (kinds.length === 0 || kinds.some((k) => k === undefined)) return undefined;
  return [...new Set(kinds as FkKind[])];
}

function parseYesNo(s: string): boolean | undefined | 'invalid' {
  const t = plain(s);
  if (t === '') return undefined;
  if (['ja', 'yes', 'j', 'true', '1'].includes(t)) return true;
  if (['nej', 'no', 'n', 'false', '0'].includes(t)) return false;
  return 'invalid';
}

// A blank cell is not "inget": a required column left empty is refused, never read as a value.
const AGREEMENTS: Record<string, string> = {
  ags_kl: 'AGS-KL',
  ags: 'AGS',
  inget: 'none',
  ingen: 'none',
  none: 'none',
};

/** A short, stable hash (FNV-1a) for insats ids of rows without `insats_id`. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export const employerIdFor = (orgnr: string) => `ag-${orgnr}`;
export const employeeIdFor = (employerId: string, personnummer: string) =>
  `m-${employerId.replace(/^ag-/, '')}-${personnummer}`;

/** One row of the file with the line it starts on. */
interface CsvRow {
  cells: string[];
  line: number;
  unreadable: boolean;
}

/** The header row's most frequent delimiter outside quotes; `;` when there is none. */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ';';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Rows with the file line each starts on: a line break inside a quoted cell counts too. */
function readRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step(result) {
      rows.push({ cells: result.data, line, unreadable: result.errors.length > 0 });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        // \r\n is one break, a lone \r (old Mac files) one too.
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
      }
      start = end;
    },
  });
  return rows;
}

/**
 * Characters a record must not hold: control characters (a Windows-1252 byte with no character
 * becomes one), U+FFFD (a byte that was not UTF-8), and the direction overrides that make text
 * show differently from what is stored.
 */
const UNSHOWABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\u202a-\u202e\u2066-\u2069]/;

/**
 * Reads the CSV text and decides, row by row, what would be added, updated or rejected. Writes
 * nothing. A row is accepted only when its employer, employee and insats all pass their schemas.
 */
export function planCsvImport(
  text: string,
  existing: ExistingRecords = NO_RECORDS,
  { encoding = 'utf-8' }: CsvOptions = {},
): CsvImportPlan {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(clean);
  const plan: CsvImportPlan = {
    records: { employers: [], employees: [], insatser: [] },
    rows: 0,
    added: { employers: 0, employees: 0, insatser: 0 },
    updated: { employers: 0, employees: 0, insatser: 0 },
    unchanged: { employers: 0, employees: 0, insatser: 0 },
    rejected: [],
    fileErrors: [],
    warnings: [],
    delimiter,
  };
  const rows = readRows(clean, delimiter);
  const isBlank = (r: CsvRow) => r.cells.every((c) => c.trim() === '');
  const headerRow = rows[0];
  if (!headerRow || isBlank(headerRow) || rows.slice(1).every(isBlank)) {
    plan.fileErrors.push(rowError(1, null, RECORDS_MESSAGES.csv_empty));
    return plan;
  }
  const header = headerRow.cells.map((h) => {
    const key = headerKey(h);
    return COLUMN_ALIASES[key] ?? key;
  });
  const known = new Set<string>(CSV_COLUMNS.map((c) => c.name));
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') return;
    const first = index.get(h);
    if (first !== undefined) {
      // Which of the two is meant cannot be known: the last one winning would store a guess.
      plan.fileErrors.push(rowError(1, h, RECORDS_MESSAGES.csv_column_twice));
      return;
    }
    index.set(h, i);
    if (!known.has(h))
      plan.warnings.push(
        rowError(1, headerRow.cells[i]?.trim() ?? h, RECORDS_MESSAGES.csv_column_unknown),
      );
  });
  for (const c of CSV_COLUMNS) {
    if (c.required && !index.has(c.name)) {
      plan.fileErrors.push(rowError(1, c.name, RECORDS_MESSAGES.csv_column_missing));
    }
  }
  if (plan.fileErrors.length > 0) return plan;

  const employers = new Map<string, Employer>();
  const employees = new Map<string, Employee>();
  /** The line each employer and employee was first read on, to name it when a row differs. */
  const firstLine = new Map<string, number>();
  const insatser = new Map<string, Insats>();
  const required = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name);
  const employerParses = new Map<
    string,
    { id: string; result: ReturnType<typeof EmployerSchema.safeParse> }
  >();
  const employeeParses = new Map<
    string,
    { id: string; result: ReturnType<typeof EmployeeSchema.safeParse> }
  >();

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as CsvRow;
    if (isBlank(row)) continue;
    const line = row.line;
    plan.rows++;
    if (row.unreadable) {
      plan.rejected.push({ line, errors: [rowError(line, null, RECORDS_MESSAGES.csv_parse)] });
      continue;
    }
    // Any other count shifts values into the wrong columns, e.g. an unquoted `3 000,50` in a
    // comma file. Even one extra empty field is no proof of a harmless trailing delimiter: when
    // the last column is blank, the shifted row ends in an empty field too.
    if (row.cells.length !== header.length) {
      plan.rejected.push({
        line,
        errors: [rowError(line, null, fieldCount(row.cells.length, header.length, delimiter))],
      });
      continue;
    }
    const cell = (c: CsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const errors: RowError[] = [];
    /** Columns already reported in the CSV's own words: their schema issues would repeat them. */
    const reported = new Set<string>();
    const report = (column: CsvColumn, reason: Bilingual) => {
      errors.push(rowError(line, column, reason));
      reported.add(column);
    };
    for (const c of required) if (cell(c) === '') report(c, MESSAGES.required);
    const suspicious =
      UNSHOWABLE.test(row.cells.join('')) ||
      (encoding === 'windows-1252' && row.cells.join('').includes('?'));
    for (const [name, i] of suspicious ? index : []) {
      const value = row.cells[i] ?? '';
      if (UNSHOWABLE.test(value)) {
        report(
          name as CsvColumn,
          value.includes('\ufffd')
            ? RECORDS_MESSAGES.csv_not_utf8
            : RECORDS_MESSAGES.csv_unshowable,
        );
      } else if (encoding === 'windows-1252' && value.includes('?')) {
        plan.warnings.push(rowError(line, name, RECORDS_MESSAGES.csv_question_mark));
      }
    }
    const fromIssues = (
      kind: keyof typeof COLUMN_OF,
      issues: Parameters<typeof toFieldErrors>[0],
    ) => {
      toFieldErrors(issues).forEach((e, k) => {
        const key = String(issues[k]?.path[0] ?? '');
        const column = COLUMN_OF[kind][key] ?? null;
        if (column && reported.has(column)) return;
        errors.push(rowError(line, column, e.reason));
      });
    };
    const yesNo = (column: CsvColumn) => {
      const value = parseYesNo(cell(column));
      if (value === 'invalid') report(column, RECORDS_MESSAGES.csv_yes_no);
      return typeof value === 'boolean' ? value : undefined;
    };

    const deductsVat = yesNo('drar_av_moms');
    const medarbetaravtal = yesNo('medarbetaravtal');
    // An employer (and an employee) repeats on many rows: the same cells are checked once.
    const employerKey = [
      cell('arbetsgivare_orgnr'),
      cell('arbetsgivare_namn'),
      cell('sektor'),
      cell('afa_avtal'),
      String(deductsVat),
      String(medarbetaravtal),
    ].join('\u0001');
    let employerParse = employerParses.get(employerKey);
    if (!employerParse) {
      const orgnr = parseOrganisationsnummer(cell('arbetsgivare_orgnr'));
      const input = {
        id: employerIdFor(orgnr.ok ? orgnr.normalized : cell('arbetsgivare_orgnr')),
        name: cell('arbetsgivare_namn'),
        organisationsnummer: cell('arbetsgivare_orgnr'),
        sector: plain(cell('sektor')),
        afaAgreement: AGREEMENTS[plain(cell('afa_avtal'))] ?? cell('afa_avtal'),
        ...(deductsVat === undefined ? {} : { deductsVat }),
        ...(medarbetaravtal === undefined ? {} : { medarbetaravtal }),
      };
      employerParse = { id: input.id, result: EmployerSchema.safeParse(input, PARSE) };
      employerParses.set(employerKey, employerParse);
    }
    const employer = employerParse.result;
    if (!employer.success) fromIssues('employer', employer.error.issues);

    const employeeKey = [
      employerParse.id,
      cell('personnummer'),
      cell('medarbetare_namn'),
      cell('anstallningsgrupp'),
    ].join('\u0001');
    let employeeParse = employeeParses.get(employeeKey);
    if (!employeeParse) {
      const pnr = parsePersonnummer(cell('personnummer'));
      const id = employeeIdFor(employerParse.id, pnr.ok ? pnr.normalized : cell('personnummer'));
      employeeParse = {
        id,
        result: EmployeeSchema.safeParse(
          {
            id,
            employerId: employerParse.id,
            name: cell('medarbetare_namn'),
            personnummer: cell('personnummer'),
            group: plain(cell('anstallningsgrupp')),
          },
          PARSE,
        ),
      };
      employeeParses.set(employeeKey, employeeParse);
    }
    const employeeId = employeeParse.id;
    const employee = employeeParse.result;
    if (!employee.success) fromIssues('employee', employee.error.issues);

    const kinds = parseKinds(cell('fk_typ'));
    if (!kinds && !reported.has('fk_typ')) report('fk_typ', RECORDS_MESSAGES.csv_kinds);
    const cost = parseAmount(cell('kostnad'));
    if (cost === undefined && !reported.has('kostnad'))
      report('kostnad', RECORDS_MESSAGES.csv_amount);
    const vatText = cell('moms');
    const vat = vatText === '' ? undefined : parseAmount(vatText);
    if (vatText !== '' && vat === undefined) report('moms', RECORDS_MESSAGES.csv_amount);
    const digital = yesNo('digital');
    const positions = cell('stallningstaganden')
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => ({ text: p }));
    const startedOn = parseDate(cell('paborjad'));
    const performedOn = parseDate(cell('genomford'));
    const category = plain(cell('kategori'));
    const name = cell('insats_namn');
    const performer = cell('utforare');
    const description = cell('beskrivning');
    const insatsInput = {
      id:
        cell('insats_id') ||
        `${employeeId}-${hash([category, startedOn, performedOn, name, performer].join('|'))}`,
      employeeId,
      category,
      name,
      kinds: kinds ?? [],
      startedOn,
      performedOn,
      performer,
      competence: cell('kompetens'),
      cost: cost ?? 0,
      ...(vat === undefined ? {} : { vat }),
      ...(description ? { description } : {}),
      ...(positions.length > 0 ? { positions } : {}),
      ...(digital === undefined ? {} : { digital }),
    };
    const insats = InsatsSchema.safeParse(insatsInput, PARSE);
    // Kinds and cost not read are already reported in the CSV's own words: fromIssues skips them.
    if (!insats.success) fromIssues('insats', insats.error.issues);
    if (insats.success && insatser.has(insats.data.id)) {
      errors.push(rowError(line, 'insats_id', MESSAGES.duplicate_id));
    }
    // The same employer or employee must read the same on every row: which row is right cannot
    // be known, and keeping the first would drop what the later one says without a word.
    if (employer.success) {
      const first = employers.get(employer.data.id);
      if (first && first !== employer.data && !sameRecord(first, employer.data)) {
        errors.push(rowError(line, 'arbetsgivare_orgnr', differsFrom(firstLine.get(first.id))));
      }
    }
    if (employee.success) {
      const first = employees.get(employee.data.id);
      if (first && first !== employee.data && !sameRecord(first, employee.data)) {
        errors.push(rowError(line, 'personnummer', differsFrom(firstLine.get(first.id))));
      }
    }

    if (errors.length > 0 || !employer.success || !employee.success || !insats.success) {
      plan.rejected.push({ line, errors });
      continue;
    }
    if (!employers.has(employer.data.id)) {
      employers.set(employer.data.id, employer.data);
      firstLine.set(employer.data.id, line);
    }
    if (!employees.has(employee.data.id)) {
      employees.set(employee.data.id, employee.data);
      firstLine.set(employee.data.id, line);
    }
    insatser.set(insats.data.id, insats.data);
  }

  const diffs = {
    employers: diffWithStored(employers, existing.employers),
    employees: diffWithStored(employees, existing.employees),
    insatser: diffWithStored(insatser, existing.insatser),
  };
  for (const kind of ['employers', 'employees', 'insatser'] as const) {
    plan.added[kind] = diffs[kind].added;
    plan.updated[kind] = diffs[kind].updated;
    plan.unchanged[kind] = diffs[kind].unchanged;
  }
  plan.records = {
    employers: diffs.employers.records,
    employees: diffs.employees.records,
    insatser: diffs.insatser.records,
  };
  return plan;
}

function fieldCount(found: number, expected: number, delimiter: string): Bilingual {
  const d = delimiter === '\t' ? 'tab' : delimiter;
  return {
    sv: `Raden har ${found} fält men rubrikraden ${expected}. Kontrollera avgränsaren (${d}) och citattecknen: ett belopp som 3 000,50 måste stå inom citattecken när avgränsaren är komma.`,
    en: `The row has ${found} fields but the header row ${expected}. Check the delimiter (${d}) and the quotes: an amount such as 3 000,50 must be quoted when the delimiter is a comma.`,
  };
}

function differsFrom(line: number | undefined): Bilingual {
  return {
    sv: `Uppgifterna skiljer sig från rad ${line} om samma arbetsgivare eller medarbetare; rätta så att raderna stämmer.`,
    en: `The details differ from line ${line} about the same employer or employee; correct the rows so they agree.`,
  };
}

/** Re-exported for the import's callers; the function lives with the other text formats. */
export { CSV_COLUMNS, type CsvColumn, parseAmount };
