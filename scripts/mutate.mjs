#!/usr/bin/env node
// `npm run mutate`: Stryker over core/ (see stryker.config.mjs), then the mutation score per
// folder and in total as quality.mutation_score_core (target ≥ 0.80), written to the untracked
// bench/results.local.json; `npm run mutate -- --save` writes the committed bench/results.json,
// as `npm run bench -- --save` does. `-- --from-report` skips the run and reads the last report.
//
// A run over some folders (STRYKER_MUTATE=core/import/**) keeps the figures of the folders it did
// not run: each folder's killed and valid mutants are stored (`mutants.perFolder`), and the total
// is killed over valid of every measured folder, so a large folder weighs more than a small one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

if (!process.argv.includes('--from-report')) {
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

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
const save = process.argv.includes('--save');
const file = save ? 'bench/results.json' : 'bench/results.local.json';
// The local file starts from the committed figures, so it holds all of them.
const from = existsSync(file) ? file : 'bench/results.json';
const results = existsSync(from) ? JSON.parse(readFileSync(from, 'utf8')) : {};
const NAME = 'quality.mutation_score_core';
const before = Array.isArray(results.results)
  ? results.results.find((r) => r.name === NAME)
  : results[NAME];

// The folders this run did not measure keep their earlier counts. An entry written before the
// counts were kept per folder has only the folders' sum: it is kept as one group while this run
// measured none of its folders.
const counts = new Map(Object.entries(before?.mutants?.perFolder ?? {}));
const legacy = before && !before.mutants?.perFolder && before.mutants?.counted > 0;
const earlierGroup = before?.mutants?.earlier
  ? { ...before.mutants.earlier, valid: before.mutants.earlier.counted }
  : legacy
    ? {
        folders: Object.keys(before.folders ?? {}),
        killed: before.mutants.killed,
        valid: before.mutants.counted,
      }
    : undefined;
for (const [folder, f] of perFolder) counts.set(folder, { killed: f.killed, valid: f.valid });
const keepGroup = earlierGroup?.folders.every((d) => !perFolder.has(d)) === true;
const ratios = Object.fromEntries(
  keepGroup ? earlierGroup.folders.map((d) => [d, before.folders?.[d]]) : [],
);
for (const [folder, f] of counts)
  ratios[folder] = Number((f.killed / Math.max(1, f.valid)).toFixed(4));
let allKilled = keepGroup ? earlierGroup.killed : 0;
let allValid = keepGroup ? earlierGroup.valid : 0;
for (const f of counts.values()) {
  allKilled += f.killed;
  allValid += f.valid;
}
const score = allValid === 0 ? 0 : allKilled / allValid;

console.log('\nMutation score per folder / mutationspoäng per mapp');
for (const [folder, f] of [...perFolder].sort()) {
  console.log(
    `  ${folder.padEnd(20)} ${(f.killed / Math.max(1, f.valid)).toFixed(3)} (${f.killed}/${f.valid})`,
  );
}
console.log(
  `  ${'this run'.padEnd(20)} ${(killed / Math.max(1, valid)).toFixed(3)} (${killed}/${valid})`,
);
console.log(
  `  ${'core (all measured)'.padEnd(20)} ${score.toFixed(3)} (${allKilled}/${allValid}); target ≥ 0.80`,
);
console.log(`  ${staticMutants} static mutants (module-level tables) not counted; see above.`);

const entry = {
  value: Number(score.toFixed(4)),
  unit: 'ratio',
  baseline: null,
  ratio: null,
  met: score >= 0.8,
  target: '>= 0.80',
  folders: ratios,
  measuredAt: new Date().toISOString(),
  mutants: {
    killed: allKilled,
    counted: allValid,
    ...(keepGroup
      ? {
          earlier: {
            folders: earlierGroup.folders,
            killed: earlierGroup.killed,
            counted: earlierGroup.valid,
          },
        }
      : {}),
    perFolder: Object.fromEntries(counts),
  },
  scope: Object.keys(ratios).join(', '),
};
if (Array.isArray(results.results)) {
  const at = results.results.findIndex((r) => r.name === NAME);
  if (at >= 0) results.results[at] = { name: NAME, ...before, ...entry };
  else results.results.push({ name: NAME, ...entry });
} else {
  results[NAME] = { ...before, ...entry };
}
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  save
    ? `› sparat / saved: ${file}`
    : `› skrivet / written: ${file} (untracked; --save updates bench/results.json)`,
);
