/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports `run()`), prints a table and writes
 * bench/results.local.json (untracked). `npm run bench -- --save` writes the committed figures,
 * bench/results.json, instead: figures change in the repository only on purpose.
 * `npm run bench -- widget` runs only the files whose names start with `widget`.
 * Benchmarks are never part of `npm test`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchResult, mergeResults, withRatios } from './lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const save = args.includes('--save');
const only = args.find((a) => !a.startsWith('--'));
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
const out = join(here, save ? 'results.json' : 'results.local.json');
// A partial run replaces only its own figures in the file it writes.
const previous: BenchResult[] =
  only && existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as { results: BenchResult[] }).results
    : [];
const results = withRatios(mergeResults(previous, all));
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
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
process.stdout.write(
  save
    ? `› sparat / saved: ${out}\n`
    : `› skrivet / written: ${out} (untracked; \`npm run bench -- --save\` updates bench/results.json)\n`,
);
