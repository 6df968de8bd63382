import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { casebook } from '../helpers/cli.ts';
import { tempCase } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

const run = (...args: string[]) => casebook(args, { CASEBOOK_DOCX_RENDERER: 'none' });

let c: ReturnType<typeof tempCase>;
beforeAll(async () => {
  c = tempCase('Sam Taylor');
  await importPaths(
    c.store,
    ['01-ep-report.pdf', '06-decision-letter.pdf', '07-mediation-certificate.pdf'].map((f) => join(FIXTURES, f)),
  );
  c.store.close();
}, 180_000);
afterAll(() => c?.close());

describe('casebook bundle', () => {
  it('prints exactly the documented JSON shape', () => {
    const out = join(c.dir, 'bundle.pdf');
    const r = run('bundle', c.dir, '--out', out, '--json', '--anonymise');
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['documents', 'excluded', 'pages', 'sections', 'version', 'warnings']);
    expect(Object.keys(json.sections[0]).sort()).toEqual(['endLabel', 'letter', 'startLabel', 'title']);
    expect(Object.keys(json.documents[0]).sort()).toEqual([
      'documentId',
      'endLabel',
      'endPage',
      'fileName',
      'pages',
      'section',
      'startLabel',
      'startPage',
    ]);
    expect(json.version).toBe(1);
    expect(Number(execFileSync('qpdf', ['--show-npages', out]).toString())).toBe(json.pages);
    // Anonymised: the cover shows initials, not the name.
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-']).toString();
    expect(cover).toContain('S. T.');
    expect(cover).not.toContain('Sam Taylor');
  }, 120_000);

  it('reorders with bundle-order and reports the move in the next build', () => {
    const plan = JSON.parse(run('bundle-order', c.dir, '--json').stdout);
    const a = plan.sections.find((s: { letter: string }) => s.letter === 'A');
    expect(a.documents.length).toBe(2);
    const second = a.documents[1].documentId;
    const moved = JSON.parse(
      run('bundle-order', c.dir, '--move', String(second), '--to', 'A', '--position', '1', '--json').stdout,
    );
    expect(moved.sections.find((s: { letter: string }) => s.letter === 'A').documents[0].documentId).toBe(second);
    const r = run('bundle', c.dir, '--out', join(c.dir, 'bundle2.pdf'));
    expect(r.stdout).toMatch(/Bundle version 2/);
    expect(r.stdout).toMatch(/A1 moved to A2|A2 moved to A1/);
  }, 120_000);

  it('refuses an unknown profile with a usage error', () => {
    const r = run('bundle', c.dir, '--out', join(c.dir, 'x.pdf'), '--profile', 'nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no bundle profile called "nope"/);
  });
});
