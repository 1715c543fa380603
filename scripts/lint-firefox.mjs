// Runs Mozilla's addons-linter (as AMO does on upload) on the Firefox production build and writes
// test-results/addons-linter.json. Fails on any error, and on any warning that is not one of the
// explained ones below (the README's "Firefox: addons-linter" section says why each is harmless).
// Usage: node scripts/lint-firefox.mjs [.output/firefox-mv3]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '.output/firefox-mv3';

/** Warnings explained in the README, by code and the file they are in. */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/jsxRuntime-[\w-]+\.js$/,
    why: "Preact's renderer, for dangerouslySetInnerHTML, which no source of the extension uses",
  },
];

function run(cmd, args) {
  try {
    return {
      code: 0,
      out: execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    };
  } catch (e) {
    // addons-linter exits non-zero on errors (its JSON is still on stdout); git grep on no match.
    return { code: e.status ?? 1, out: e.stdout ?? '' };
  }
}

const report = JSON.parse(run('npx', ['addons-linter', '--output', 'json', dir]).out);
const problems = [
  ...report.errors.map((e) => `error ${e.code} ${e.file ?? ''}: ${e.message}`),
  ...report.warnings
    .filter((w) => !EXPLAINED.some((x) => x.code === w.code && x.file.test(w.file ?? '')))
    .map((w) => `warning ${w.code} ${w.file ?? ''}: ${w.message} (${w.description ?? ''})`),
];

// What the explanation of UNSAFE_VAR_ASSIGNMENT rests on: no source of the extension sets HTML
// from a string.
const htmlFromStrings = run('git', [
  'grep',
  '-n',
  '-E',
  'dangerouslySetInnerHTML|\\.(inner|outer)HTML\\s*=|insertAdjacentHTML|document\\.write',
  '--',
  'core',
  'extension',
  'entrypoints',
  ':!*.test.ts',
  ':!*.test.tsx',
]).out.trim();
if (htmlFromStrings) problems.push(`HTML set from a string in the sources:\n${htmlFromStrings}`);

for (const w of report.warnings) {
  const x = EXPLAINED.find((e) => e.code === w.code && e.file.test(w.file ?? ''));
  if (x) console.log(`förklarad varning / explained warning: ${w.code} ${w.file}: ${x.why}`);
}
for (const p of problems) console.log(p);
const s = report.summary;
console.log(`addons-linter: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);

mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/addons-linter.json',
  `${JSON.stringify({ tool: 'addons-linter', dir, summary: s, problems }, null, 2)}\n`,
);
process.exit(problems.length > 0 ? 1 : 0);
