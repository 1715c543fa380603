/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports `run()`), prints a table and writes
 * bench/results.json. Benchmarks are never part of `npm test`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchResult, withRatios } from './lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const all: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    run: () => Promise<BenchResult[]>;
  };
  process.stdout.write(`› ${file}\n`);
  all.push(...(await mod.run()));
}
const results = withRatios(all);
console.table(
  results.map((r) => ({
    name: r.name,
    value: r.value,
    unit: r.unit,
    baseline: r.baseline ?? '',
    ratio: r.ratio ?? '',
    target: r.target,
    met: r.met === undefined ? '' : r.met ? 'ja' : 'NEJ',
  })),
);
writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
