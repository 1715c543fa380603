/**
 * The Firefox end-to-end suite: `npx vitest run -c test/e2e-firefox/vitest.config.ts`, after
 * `wxt build -b firefox --mode e2e` and the local sites' builds (scripts/build-all.sh e2e).
 * One file at a time, one browser at a time: the machines have two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e-firefox/server.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
