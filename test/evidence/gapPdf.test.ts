import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCase } from '../../electron/core/evidence/analyseCase.ts';
import { buildGapReport, gapReportPdf } from '../../electron/core/evidence/report/index.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { seedPdfs } from './pdfText.ts';

const CHILD = 'محمد علي 王芳';
const c = tempCase(CHILD);
afterAll(() => c.close());

describe('the gap report PDF', () => {
  it('prints a child named in Arabic and Chinese as written (pdftotext reads them back)', async () => {
    await seedPdfs(c.store, await caseFolder(), [
      ['03-ot-report.pdf', 'report'],
      ['05-final-ehcp.pdf', 'plan'],
    ] as const);
    const file = join(c.dir, 'gap.pdf');
    writeFileSync(file, await gapReportPdf(buildGapReport(await analyseCase(c.store), CHILD)));
    // -raw: the order text was drawn in; pdftotext gives an Arabic run in reading order.
    const text = execFileSync('pdftotext', ['-raw', file, '-']).toString();
    expect(text).toContain('王芳');
    expect(text).toContain('محمد');
    expect(text).toContain('علي');
    expect(text).not.toContain('???');
    expect(text).toMatch(/page 1 of \d+/);
  });
});
