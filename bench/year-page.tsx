/** @jsxImportSource preact */
/**
 * The page `year.bench.ts` runs in Chromium: the register's first page and the year-end batch
 * over the records as the dashboard reads them from IndexedDB (the register from the stored
 * summaries, the batch from every case).
 */
import { openDB } from 'idb';
import { render } from 'preact';
import { buildYearEndBatch, type YearEndBatch } from '../core/batch/year-end.ts';
import { yearlyCapUsage } from '../core/documents/cap-usage.ts';
import { capsAndDeadlines } from '../core/documents/caps-and-deadlines.ts';
import type { EmployeeCase } from '../core/documents/employee-case.ts';
import { planCsvImport } from '../core/import/csv.ts';
import { queryRegister, registerRows, rowsFromSummaries } from '../core/register/register.ts';
import {
  loadEmployeeCases,
  loadRegisterSummaries,
  openRecordsDb,
  writeRecords,
} from '../core/store/records.ts';
import { BatchPrint } from '../extension/records/year-end/BatchPrint.tsx';
import { batchZip } from '../extension/records/year-end/batch-files.tsx';

const DB = 'year-bench';
const ASOF = '2027-01-12';
let batch: YearEndBatch | undefined;
let cases: EmployeeCase[] = [];

/**
 * From a fresh connection to the first 50 rows of the employees' table, sorted by name, as the
 * dashboard reads it: from the stored summaries.
 */
async function registerFirstPage() {
  const t0 = performance.now();
  const db = await openRecordsDb(DB);
  const summaries = await loadRegisterSummaries(db, ASOF);
  const rows = rowsFromSummaries(summaries, { year: 2026, asOf: ASOF });
  const page = queryRegister(rows.employees, { pageSize: 50 });
  const end = performance.now();
  db.close();
  return { ms: end - t0, rows: page.rows.length, total: page.total };
}

(globalThis as unknown as { yearBench: unknown }).yearBench = {
  async setup(csv: string) {
    const { records } = planCsvImport(csv);
    const db = await openRecordsDb(DB);
    await writeRecords(db, {
      ...records,
      providers: [
        {
          id: 'p1',
          name: 'Friskvårdarna FHV AB',
          organisationsnummer: '556677-8899',
          fkApproved: true,
        },
      ],
    });
    db.close();
    return records.insatser.length;
  },
  /**
   * The register of a database without summaries (one upgraded from layout 3): every summary
   * rebuilt from the records and stored, then the first page.
   */
  async registerRebuild() {
    const raw = await openDB(DB);
    await raw.clear('summaries');
    raw.close();
    return registerFirstPage();
  },
  registerFirstPage,
  /** Every case from a fresh connection (the baseline), and the rows from them in memory. */
  async loadCases() {
    const t0 = performance.now();
    const db = await openRecordsDb(DB);
    cases = await loadEmployeeCases(db);
    const loaded = performance.now();
    registerRows(cases, { year: 2026, asOf: ASOF });
    const end = performance.now();
    db.close();
    return { loadMs: loaded - t0, rowsMs: end - loaded };
  },
  /** The caps page's computation over the same cases: the split of every employee once. */
  capsBaseline() {
    const t0 = performance.now();
    const byEmployer = new Map<string, EmployeeCase[]>();
    for (const c of cases) {
      const list = byEmployer.get(c.employer.id) ?? [];
      list.push(c);
      byEmployer.set(c.employer.id, list);
    }
    for (const list of byEmployer.values()) yearlyCapUsage(list, ASOF);
    return { ms: performance.now() - t0 };
  },
  /** The caps and deadlines page's computation over the same cases, as OverviewView makes it. */
  overview() {
    const t0 = performance.now();
    const { deadlines, caps } = capsAndDeadlines(cases, ASOF, []);
    return { ms: performance.now() - t0, deadlines: deadlines.length, employers: caps.size };
  },
  /** Every invoice basis and 7026 report, rendered into the page and laid out for print. */
  yearEndBatch() {
    const t0 = performance.now();
    batch = buildYearEndBatch(cases, { year: 2026, asOf: ASOF });
    const root = document.createElement('div');
    document.body.append(root);
    const b = batch;
    // The dashboard's print job, as YearEndView draws it.
    render(<BatchPrint batch={b} lang="sv" />, root);
    // Forces style and layout, which printing needs first.
    void root.offsetHeight;
    const ms = performance.now() - t0;
    const documents = root.querySelectorAll('[data-doc="invoice"], [data-doc="7026"]').length;
    render(null, root);
    root.remove();
    return { ms, documents, employers: b.employers.length };
  },
  zip() {
    if (!batch) throw new Error('no batch');
    const t0 = performance.now();
    const bytes = batchZip(batch, 'sv').length;
    return { ms: performance.now() - t0, bytes };
  },
};
