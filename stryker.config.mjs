// Mutation testing of core/ where it decides numbers and fills (the rules, the engine, the
// documents, the prefill decisions and the import), over an hour on 2 cores:
// `npm run mutate`, outside `npm test` because it takes minutes. The score is written to
// bench/results.json as quality.mutation_score_core by scripts/mutate.mjs.
// STRYKER_MUTATE=core/import/** limits a run to one folder (20–45 minutes); the folders it does not
// run keep their last figures, and the total counts every measured folder's mutants.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: (
    process.env.STRYKER_MUTATE ??
    'core/estimate/**,core/rules/**,core/documents/**,core/prefill/**,core/import/**'
  )
    .split(',')
    .concat(['!core/**/index.ts', '!core/i18n/messages*.ts']),
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // TypeScript 7 has no JavaScript API for Stryker's tsconfig rewrite; vitest needs no tsconfig.
  tsconfigFile: 'tsconfig.stryker-none.json',
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
  thresholds: { high: 90, low: 80, break: null },
};
