#!/usr/bin/env node
// `npm run mutate`: Stryker over core/ (see stryker.config.mjs), then the mutation score per
// folder and in total as quality.mutation_score_core (target ≥ 0.80), written to the untracked
// bench/results.local.json; `npm run mutate -- --save` writes the committed bench/results.json,
// as `npm run bench -- --save` does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync('test-results/mutation/mutation.json', 'utf8'));
const perFolder = new Map();
let killed = 0;
let valid = 0;
// Static mutants (module-level tables: categories, parameter rows, source names) are evaluated once
// when vitest first imports the module, so Stryker's vitest runner never activates them: they
// "survive" whatever the tests say. They are counted apart, and the tables have their own tests
// (test/unit/core/rule-book.test.ts checks every category against the rule book; the golden cases
// check the parameters to the krona).
let staticMutants = 0;
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 2).join('/');
  const f = perFolder.get(folder) ?? { killed: 0, valid: 0 };
  for (const m of mutants) {
    // Stryker's score: killed and timed-out over all valid mutants (no compile errors, not ignored).
    if (['CompileError', 'RuntimeError', 'Ignored'].includes(m.status)) continue;
    if (m.static) {
      staticMutants++;
      continue;
    }
    f.valid++;
    valid++;
    if (m.status === 'Killed' || m.status === 'Timeout') {
      f.killed++;
      killed++;
    }
  }
  perFolder.set(folder, f);
}
const score = valid === 0 ? 0 : killed / valid;
console.log('\nMutation score per folder / mutationspoäng per mapp');
for (const [folder, f] of [...perFolder].sort()) {
  console.log(
    `  ${folder.padEnd(20)} ${(f.killed / Math.max(1, f.valid)).toFixed(3)} (${f.killed}/${f.valid})`,
  );
}
console.log(
  `  ${'core (total)'.padEnd(20)} ${score.toFixed(3)} (${killed}/${valid}); target ≥ 0.80`,
);
console.log(`  ${staticMutants} static mutants (module-level tables) not counted; see above.`);

const save = process.argv.includes('--save');
const file = save ? 'bench/results.json' : 'bench/results.local.json';
// The local file starts from the committed figures, so it holds all of them.
const from = existsSync(file) ? file : 'bench/results.json';
const results = existsSync(from) ? JSON.parse(readFileSync(from, 'utf8')) : {};
const entry = {
  value: Number(score.toFixed(4)),
  unit: 'ratio',
  baseline: null,
  ratio: null,
  met: score >= 0.8,
  target: '>= 0.80',
  folders: Object.fromEntries(
    [...perFolder].map(([k, f]) => [k, Number((f.killed / Math.max(1, f.valid)).toFixed(4))]),
  ),
  measuredAt: new Date().toISOString(),
};
if (Array.isArray(results.results)) {
  results.results = results.results.filter((r) => r.name !== 'quality.mutation_score_core');
  results.results.push({ name: 'quality.mutation_score_core', ...entry });
} else {
  results['quality.mutation_score_core'] = entry;
}
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  save
    ? `› sparat / saved: ${file}`
    : `› skrivet / written: ${file} (untracked; --save updates bench/results.json)`,
);
