import { configDefaults, defineConfig } from 'vitest/config';

/** The suites on ../shared (samples, corpus): `npm run test:acceptance` (vitest.acceptance.config.ts). */
export const ACCEPTANCE = 'test/acceptance';

/** What both configs share. */
export const common = {
  // Real files, real PDF engines and OCR: generous limits, per-test timeouts set where needed.
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks',
  // Two cores on CI: the heavy suites (corpus, OCR, Chromium) must not fight each other.
  maxWorkers: 2,
} as const;

/**
 * `npm test`: the project's own tests, on documents the tests make or keep in test/fixtures/.
 * They pass on a bare clone with nothing beside it.
 */
export default defineConfig({
  test: {
    ...common,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: [...configDefaults.exclude, `${ACCEPTANCE}/**`],
  },
});
