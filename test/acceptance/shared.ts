import { join } from 'node:path';

/**
 * ../shared beside the repository: the fictional sample cases with their answer keys and pdf.js's
 * real-world PDF corpus. Only tests under test/acceptance/ may read them (npm run test:acceptance).
 */
const SHARED = join(import.meta.dirname, '../../../shared');
export const SAMPLES = join(SHARED, 'samples/case-a');
export const CASE_C = join(SHARED, 'samples/case-c');
export const CORPUS = join(SHARED, 'corpus/real-world-pdfs');
