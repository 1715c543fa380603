/**
 * CSV import of insatser: one row per insats, with its employer and employee on the same row.
 * Pure: the caller reads the file and, after the user has seen the preview (`planCsvImport`),
 * writes `plan.records` with `writeRecords` in one transaction.
 *
 * Accepts `;` or `,` as delimiter, UTF-8 with or without BOM, amounts such as `12 345,50`,
 * `12345.50` or `12 345,50 kr`, dates as `2026-03-10` or `20260310`.
 */
import Papa from 'papaparse';
import { parseAmount } from '../i18n/amount.ts';
import type { Bilingual } from '../i18n/format.ts';
import { FIELD_NAMES, MESSAGES } from '../i18n/messages.ts';
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { parseOrganisationsnummer, parsePersonnummer } from '../ids/index.ts';
import { FK_KINDS, type FkKind } from '../rules/categories.ts';
import { toFieldErrors } from '../schema/errors.ts';
import {
  type Employee,
  EmployeeSchema,
  type Employer,
  EmployerSchema,
  type Insats,
  InsatsSchema,
} from '../schema/records.ts';

/** The columns, in the order of the example file. `required: false` columns may be left out. */
export const CSV_COLUMNS = [
  { name: 'arbetsgivare_orgnr', required: true },
  { name: 'arbetsgivare_namn', required: true },
  { name: 'sektor', required: true },
  { name: 'afa_avtal', required: true },
  { name: 'personnummer', required: true },
  { name: 'medarbetare_namn', required: true },
  { name: 'anstallningsgrupp', required: true },
  { name: 'insats_id', required: false },
  { name: 'kategori', required: true },
  { name: 'insats_namn', required: true },
  { name: 'fk_typ', required: true },
  { name: 'paborjad', required: true },
  { name: 'genomford', required: true },
  { name: 'utforare', required: true },
  { name: 'kompetens', required: true },
  { name: 'kostnad', required: true },
  { name: 'beskrivning', required: false },
  { name: 'stallningstaganden', required: false },
  { name: 'digital', required: false },
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number]['name'];

/** Which column a schema field came from, to name it in a rejected row. */
const COLUMN_OF: Record<'employer' | 'employee' | 'insats', Record<string, CsvColumn>> = {
  employer: {
    organisationsnummer: 'arbetsgivare_orgnr',
    name: 'arbetsgivare_namn',
    sector: 'sektor',
    afaAgreement: 'afa_avtal',
  },
  employee: { personnummer: 'personnummer', name: 'medarbetare_namn', group: 'anstallningsgrupp' },
  insats: {
    id: 'insats_id',
    category: 'kategori',
    name: 'insats_namn',
    kinds: 'fk_typ',
    startedOn: 'paborjad',
    performedOn: 'genomford',
    performer: 'utforare',
    competence: 'kompetens',
    cost: 'kostnad',
    description: 'beskrivning',
    positions: 'stallningstaganden',
    digital: 'digital',
  },
};

const COLUMN_FIELD: Record<CsvColumn, Bilingual> = {
  arbetsgivare_orgnr: {
    sv: 'Arbetsgivarens organisationsnummer',
    en: 'Employer organisationsnummer',
  },
  arbetsgivare_namn: { sv: 'Arbetsgivarens namn', en: 'Employer name' },
  sektor: FIELD_NAMES.sector as Bilingual,
  afa_avtal: FIELD_NAMES.afaAgreement as Bilingual,
  personnummer: FIELD_NAMES.personnummer as Bilingual,
  medarbetare_namn: { sv: 'Medarbetarens namn', en: 'Employee name' },
  anstallningsgrupp: FIELD_NAMES.group as Bilingual,
  insats_id: { sv: 'Insatsens id', en: 'Insats id' },
  kategori: FIELD_NAMES.category as Bilingual,
  insats_namn: { sv: 'Insatsens namn', en: 'Insats name' },
  fk_typ: FIELD_NAMES.kinds as Bilingual,
  paborjad: FIELD_NAMES.startedOn as Bilingual,
  genomford: FIELD_NAMES.performedOn as Bilingual,
  utforare: FIELD_NAMES.performer as Bilingual,
  kompetens: FIELD_NAMES.competence as Bilingual,
  kostnad: FIELD_NAMES.cost as Bilingual,
  beskrivning: FIELD_NAMES.description as Bilingual,
  stallningstaganden: FIELD_NAMES.positions as Bilingual,
  digital: FIELD_NAMES.digital as Bilingual,
};

/** One reason a row was rejected, named by line, column and field. */
export interface RowError {
  /** Line in the file; the header is line 1. */
  line: number;
  column: CsvColumn | null;
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

export interface KindCounts {
  employers: number;
  employees: number;
  insatser: number;
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
  delimiter: string;
}

/** What is stored already, to tell added from updated rows. */
export interface ExistingRecords {
  employers: ReadonlyMap<string, Employer>;
  employees: ReadonlyMap<string, Employee>;
  insatser: ReadonlyMap<string, Insats>;
}

export const NO_RECORDS: ExistingRecords = {
  employers: new Map(),
  employees: new Map(),
  insatser: new Map(),
};

function rowError(line: number, column: CsvColumn | null, reason: Bilingual): RowError {
  const field = column ? COLUMN_FIELD[column] : { sv: 'Raden', en: 'The row' };
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

/** Normalises a header: lower case, å/ä→a, ö→o, spaces and dashes to `_`. */
function headerKey(h: string): string {
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

const AGREEMENTS: Record<string, string> = {
  ags_kl: 'AGS-KL',
  ags: 'AGS',
  inget: 'none',
  ingen: 'none',
  none: 'none',
  '': 'none',
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

/**
 * Reads the CSV text and decides, row by row, what would be added, updated or rejected. Writes
 * nothing. A row is accepted only when its employer, employee and insats all pass their schemas.
 */
export function planCsvImport(text: string, existing: ExistingRecords = NO_RECORDS): CsvImportPlan {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t'],
  });
  const delimiter = parsed.meta.delimiter;
  const plan: CsvImportPlan = {
    records: { employers: [], employees: [], insatser: [] },
    rows: 0,
    added: { employers: 0, employees: 0, insatser: 0 },
    updated: { employers: 0, employees: 0, insatser: 0 },
    unchanged: { employers: 0, employees: 0, insatser: 0 },
    rejected: [],
    fileErrors: [],
    delimiter,
  };
  const rows = parsed.data;
  const header = (rows[0] ?? []).map(headerKey);
  const isBlank = (r: string[]) => r.every((c) => c.trim() === '');
  if (rows.length === 0 || isBlank(rows[0] ?? []) || rows.slice(1).every(isBlank)) {
    plan.fileErrors.push(rowError(1, null, RECORDS_MESSAGES.csv_empty));
    return plan;
  }
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    index.set(h, i);
  });
  for (const c of CSV_COLUMNS) {
    if (c.required && !index.has(c.name)) {
      plan.fileErrors.push(rowError(1, c.name, RECORDS_MESSAGES.csv_column_missing));
    }
  }
  if (plan.fileErrors.length > 0) return plan;

  const parseErrorRows = new Set(
    parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => e.row),
  );
  const employers = new Map<string, Employer>();
  const employees = new Map<string, Employee>();
  const insatser = new Map<string, Insats>();

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    if (isBlank(row)) continue;
    const line = r + 1;
    plan.rows++;
    if (parseErrorRows.has(r)) {
      plan.rejected.push({ line, errors: [rowError(line, null, RECORDS_MESSAGES.csv_parse)] });
      continue;
    }
    const cell = (c: CsvColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const errors: RowError[] = [];
    const fromIssues = (
      kind: keyof typeof COLUMN_OF,
      issues: Parameters<typeof toFieldErrors>[0],
    ) => {
      toFieldErrors(issues).forEach((e, k) => {
        const key = String(issues[k]?.path[0] ?? '');
        errors.push(rowError(line, COLUMN_OF[kind][key] ?? null, e.reason));
      });
    };

    const orgnr = parseOrganisationsnummer(cell('arbetsgivare_orgnr'));
    const employerInput = {
      id: employerIdFor(orgnr.ok ? orgnr.normalized : cell('arbetsgivare_orgnr')),
      name: cell('arbetsgivare_namn'),
      organisationsnummer: cell('arbetsgivare_orgnr'),
      sector: plain(cell('sektor')),
      afaAgreement: AGREEMENTS[plain(cell('afa_avtal'))] ?? cell('afa_avtal'),
    };
    const employer = EmployerSchema.safeParse(employerInput);
    if (!employer.success) fromIssues('employer', employer.error.issues);

    const pnr = parsePersonnummer(cell('personnummer'));
    const employeeId = employeeIdFor(
      employerInput.id,
      pnr.ok ? pnr.normalized : cell('personnummer'),
    );
    const employee = EmployeeSchema.safeParse({
      id: employeeId,
      employerId: employerInput.id,
      name: cell('medarbetare_namn'),
      personnummer: cell('personnummer'),
      group: plain(cell('anstallningsgrupp')),
    });
    if (!employee.success) fromIssues('employee', employee.error.issues);

    const kinds = parseKinds(cell('fk_typ'));
    if (!kinds) errors.push(rowError(line, 'fk_typ', RECORDS_MESSAGES.csv_kinds));
    const cost = parseAmount(cell('kostnad'));
    if (cost === undefined) errors.push(rowError(line, 'kostnad', RECORDS_MESSAGES.csv_amount));
    const digital = parseYesNo(cell('digital'));
    if (digital === 'invalid') errors.push(rowError(line, 'digital', RECORDS_MESSAGES.csv_yes_no));
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
      ...(description ? { description } : {}),
      ...(positions.length > 0 ? { positions } : {}),
      ...(typeof digital === 'boolean' ? { digital } : {}),
    };
    const insats = InsatsSchema.safeParse(insatsInput);
    if (!insats.success) {
      // Kinds and cost were already reported in the CSV's own words.
      const issues = insats.error.issues.filter(
        (i) => !(i.path[0] === 'kinds' && !kinds) && !(i.path[0] === 'cost' && cost === undefined),
      );
      fromIssues('insats', issues);
    }
    if (insats.success && insatser.has(insats.data.id)) {
      errors.push(rowError(line, 'insats_id', MESSAGES.duplicate_id));
    }

    if (errors.length > 0 || !employer.success || !employee.success || !insats.success) {
      plan.rejected.push({ line, errors });
      continue;
    }
    if (!employers.has(employer.data.id)) employers.set(employer.data.id, employer.data);
    if (!employees.has(employee.data.id)) employees.set(employee.data.id, employee.data);
    insatser.set(insats.data.id, insats.data);
  }

  const tally = <T extends { id: string }>(
    kind: keyof KindCounts,
    list: Map<string, T>,
    stored: ReadonlyMap<string, T>,
  ) => {
    for (const [id, record] of list) {
      const before = stored.get(id);
      if (!before) {
        plan.added[kind]++;
        continue;
      }
      // Fields the CSV does not carry (an employer's contact, say) are kept.
      const merged = { ...before, ...record };
      list.set(id, merged);
      if (sameRecord(before, merged)) plan.unchanged[kind]++;
      else plan.updated[kind]++;
    }
  };
  tally('employers', employers, existing.employers);
  tally('employees', employees, existing.employees);
  tally('insatser', insatser, existing.insatser);
  plan.records = {
    employers: [...employers.values()],
    employees: [...employees.values()],
    insatser: [...insatser.values()],
  };
  return plan;
}

/** Same content, whatever the order of keys. */
function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every(
    (k) =>
      JSON.stringify((a as Record<string, unknown>)[k]) ===
      JSON.stringify((b as Record<string, unknown>)[k]),
  );
}

/** Re-exported for the import's callers; the function lives with the other text formats. */
export { parseAmount };
