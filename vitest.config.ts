import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Real files, real PDF engines and OCR: generous limits, per-test timeouts set where needed.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores on CI: the heavy suites (corpus, OCR, Chromium) must not fight each other.
    maxWorkers: 2,
  },
});
