import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.{ts,tsx}',
      'core/**/*.test.ts',
      'widget/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'extension/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
  },
});
