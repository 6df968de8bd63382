import { defineConfig } from 'vitest/config';
import { ACCEPTANCE, common } from './vitest.config.ts';

/**
 * `npm run test:acceptance`: the suites on ../shared/samples (case-a, case-c, answer keys) and
 * ../shared/corpus (pdf.js's real-world PDFs). scripts/acceptance.mjs checks ../shared is there.
 */
export default defineConfig({
  test: { ...common, include: [`${ACCEPTANCE}/**/*.test.ts`, `${ACCEPTANCE}/**/*.test.tsx`] },
});
