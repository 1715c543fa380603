// Mutation testing of core/ where it decides numbers and fills (the rules, the engine, the
// documents and the prefill decisions), about 40 minutes on 2 cores:
// `npm run mutate`, outside `npm test` because it takes minutes. The score is written to
// bench/results.json as quality.mutation_score_core by scripts/mutate.mjs.
// STRYKER_MUTATE=core/estimate/** limits a run to one folder.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: (
    process.env.STRYKER_MUTATE ?? 'core/estimate/**,core/rules/**,core/documents/**,core/prefill/**'
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
