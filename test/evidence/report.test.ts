import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casebook } from '../helpers/cli.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { caseFolder, FIXTURE } from '../fixtures/caseFiles/index.ts';
import { seedPdfs } from './pdfText.ts';

/** The CLI's output, or a throw when it fails (exit code not 0). */
function cli(...args: string[]): string {
  const r = casebook(args);
  if (r.code !== 0) throw new Error(`casebook ${args[0]} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

describe('casebook analyse and casebook report', () => {
  let c: ReturnType<typeof tempCase>;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    await seedPdfs(c.store, await caseFolder(), [
      ['01-ep-report.pdf', 'report'],
      ['04-social-care-assessment.pdf', 'report'],
      ['05-final-ehcp.pdf', 'plan'],
    ] as const);
    c.store.close();
  });
  afterAll(() => c?.close());

  it('prints exactly the documented JSON shape', () => {
    const out = JSON.parse(cli('analyse', c.dir, '--json'));
    expect(Object.keys(out)).toEqual(['plan', 'recommendations', 'flags']);
    expect(Object.keys(out.plan)).toEqual(['documentId', 'fileName', 'sections']);
    expect(out.plan.fileName).toBe('05-final-ehcp.pdf');
    expect(Object.keys(out.plan.sections.F[0])).toEqual(['para', 'page', 'text']);
    for (const r of out.recommendations) {
      expect(Object.keys(r)).toEqual([
        'id',
        'documentId',
        'fileName',
        'page',
        'text',
        'kind',
        'belongsIn',
        'status',
        'section',
        'planQuote',
        'lostSpecifics',
        'suggestedWording',
        'confidence',
        'reasons',
        'needsCheck',
        'confirmed',
      ]);
    }
    for (const f of out.flags) expect(Object.keys(f)).toEqual(['section', 'para', 'text', 'kind', 'reason']);
    expect(out.recommendations).toHaveLength(FIXTURE.epRecommendations + FIXTURE.socialCareRecommendations);
  });

  it('writes a PDF gap report with the summary, every recommendation and the red-pen flags', async () => {
    const file = join(c.dir, 'gap.pdf');
    cli('report', c.dir, '--out', file);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++)
      text += (await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ');
    expect(text).toContain('Evidence map');
    expect(text).toContain('Red pen');
    expect(text).toContain('precision teaching');
    expect(text).toMatch(/page 1 of \d+/);
    expect(text).not.toContain('?not stated');
  });

  it('writes a Word gap report that Word readers open, with the same rows', async () => {
    const file = join(c.dir, 'gap.docx');
    cli('report', c.dir, '--out', file);
    const { value } = await mammoth.extractRawText({ path: file });
    expect(value).toContain('Wording requested');
    expect(value).toContain('Alex will receive short breaks');
    expect(value).toContain('not legal advice');
  });

  it('refuses an output name that is neither .docx nor .pdf', () => {
    expect(() => cli('report', c.dir, '--out', join(c.dir, 'gap.txt'))).toThrow();
  });
});
