/**
 * The provider's working year in Debian's Chromium, over the records of `records.bench.ts`
 * (50 employers, 2 000 employees, 10 000 insatser in 2026) stored in IndexedDB:
 *   records.register_first_page  fresh connection → the stored summaries → every row → page 1
 *   records.register_rebuild     the same on a database without summaries (an upgraded one):
 *                                every summary rebuilt from the records and stored first
 *   records.load_cases_10k       reading every case (baseline: what the register read before)
 *   records.register_rows        the rows from the cases in memory
 *   records.cap_usage_baseline   the caps page's split of every employee once, same run (baseline)
 *   records.overview_10k         the caps and deadlines page: every deadline and every employer's
 *                                cap usage from one shared split, from the cases in memory
 *   records.year_end_batch       every invoice basis and 7026 report built and rendered for print
 *   records.year_end_zip         the same as one ZIP of HTML files (fflate)
 */
import { benchPage } from './browser-page.ts';
import type { BenchResult } from './lib.ts';
import { round } from './lib.ts';
import { exampleCsv } from './records.bench.ts';

const RUNS = 3;

interface YearBench {
  setup(csv: string): Promise<number>;
  registerFirstPage(): Promise<{ ms: number; rows: number; total: number }>;
  registerRebuild(): Promise<{ ms: number; rows: number; total: number }>;
  loadCases(): Promise<{ loadMs: number; rowsMs: number }>;
  capsBaseline(): { ms: number };
  overview(): { ms: number; deadlines: number; employers: number };
  yearEndBatch(): { ms: number; documents: number; employers: number };
  zip(): { ms: number; bytes: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<BenchResult[]> {
  const { page, close } = await benchPage('year', { file: 'bench/year-page.tsx' }, 'yearBench');
  try {
    const bench = <K extends keyof YearBench>(name: K, ...args: Parameters<YearBench[K]>) =>
      page.evaluate(
        ([n, a]) =>
          // biome-ignore lint/suspicious/noExplicitAny: the page's bench object, typed above
          ((globalThis as any).yearBench[n] as (...x: unknown[]) => unknown)(...(a as unknown[])),
        [name, args] as const,
      ) as Promise<Awaited<ReturnType<YearBench[K]>>>;
    const stored = await bench('setup', exampleCsv());
    if (stored !== 10_000) throw new Error(`stored ${stored} insatser`);
    const firsts: number[] = [];
    const loads: number[] = [];
    const rowsTimes: number[] = [];
    const caps: number[] = [];
    const overviews: number[] = [];
    const batches: number[] = [];
    const zips: number[] = [];
    const rebuilds: number[] = [];
    let bytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const rebuilt = await bench('registerRebuild');
      const first = await bench('registerFirstPage');
      for (const p of [rebuilt, first]) {
        if (p.rows !== 50 || p.total !== 2000) {
          throw new Error(`first page had ${p.rows} of ${p.total} rows`);
        }
      }
      rebuilds.push(rebuilt.ms);
      firsts.push(first.ms);
      const loaded = await bench('loadCases');
      loads.push(loaded.loadMs);
      rowsTimes.push(loaded.rowsMs);
      caps.push((await bench('capsBaseline')).ms);
      const overview = await bench('overview');
      if (overview.employers !== 50 || overview.deadlines === 0) {
        throw new Error(`overview had ${overview.deadlines} deadlines of ${overview.employers}`);
      }
      overviews.push(overview.ms);
      const batch = await bench('yearEndBatch');
      // 2 000 invoice bases; a 7026 report for the 1 600 employees with insatser FK pays for
      // (every fifth employee has talk therapy only, which is Afa's).
      if (batch.employers !== 50 || batch.documents !== 3600) {
        throw new Error(`batch had ${batch.documents} documents for ${batch.employers} employers`);
      }
      batches.push(batch.ms);
      const zip = await bench('zip');
      zips.push(zip.ms);
      bytes = zip.bytes;
    }
    const firstMs = median(firsts);
    const batchMs = median(batches);
    const zipMs = median(zips);
    return [
      {
        name: 'records.register_first_page',
        value: round(firstMs, 1),
        unit: 'ms',
        baseline: 'records.load_cases_10k',
        ratio: null,
        target: '< 100 ms',
        met: firstMs < 100,
      },
      {
        name: 'records.register_rebuild',
        value: round(median(rebuilds), 1),
        unit: 'ms',
        baseline: 'records.load_cases_10k',
        ratio: null,
        target:
          'once, on the first read after an upgrade, a restore by an older version or a passed deadline',
      },
      {
        name: 'records.load_cases_10k',
        value: round(median(loads), 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: 'baseline: every case read from IndexedDB, as any page over all records does',
      },
      {
        name: 'records.register_rows',
        value: round(median(rowsTimes), 1),
        unit: 'ms',
        baseline: 'records.cap_usage_baseline',
        ratio: null,
        target: 'the rows alone, from the cases in memory',
      },
      {
        name: 'records.cap_usage_baseline',
        value: round(median(caps), 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: 'baseline',
      },
      {
        name: 'records.overview_10k',
        value: round(median(overviews), 1),
        unit: 'ms',
        baseline: 'records.cap_usage_baseline',
        ratio: null,
        target: '< 200 ms (from the cases in memory; reading them is records.load_cases_10k)',
        met: median(overviews) < 200,
      },
      {
        name: 'records.year_end_batch',
        value: round(batchMs, 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: '< 5000 ms',
        met: batchMs < 5000,
      },
      {
        name: 'records.year_end_zip',
        value: round(zipMs, 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: `< 3000 ms (${Math.round(bytes / 1024)} kB)`,
        met: zipMs < 3000,
      },
    ];
  } finally {
    await close();
  }
}
