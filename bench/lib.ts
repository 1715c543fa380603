/** Shared helpers for benchmarks: each figure is measured beside a baseline in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Name of the baseline measure this one is compared with, or null for an absolute figure. */
  baseline: string | null;
  /** value ÷ baseline value, or null without a baseline. */
  ratio: number | null;
  /** The target, in words, e.g. "< 5 ms". */
  target: string;
  /** Whether the target was met in this run. */
  met?: boolean;
}

/** Median of `runs` timings of `fn` in milliseconds, after `warmup` untimed calls. */
export function medianMs(fn: () => unknown, runs = 31, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Fills in ratios from the baselines present in the same list. */
export function withRatios(results: BenchResult[]): BenchResult[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  return results.map((r) => {
    const base = r.baseline ? byName.get(r.baseline) : undefined;
    return { ...r, ratio: base && base.value > 0 ? round(r.value / base.value) : null };
  });
}

/**
 * The figures of a partial run (`npm run bench -- widget`) in place of the same names in an
 * earlier results file; the earlier file's other figures are kept, in their order.
 */
export function mergeResults(previous: BenchResult[], fresh: BenchResult[]): BenchResult[] {
  const freshNames = new Set(fresh.map((r) => r.name));
  return [...previous.filter((r) => !freshNames.has(r.name)), ...fresh];
}
