import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { updateDocumentMetadata } from '../../electron/core/store/documents.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { bundlePdf, pageSentences, textPdf } from './fixtures.ts';

const BIN = join(import.meta.dirname, '../../bin/casebook.js');
const run = (...args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8' });

let c: ReturnType<typeof tempCase>;
beforeAll(async () => {
  c = tempCase('Alex Example');
  const spec = { heading: 'Occupational therapy report', lines: ['Date of report: 2 June 2026', ...pageSentences(21)] };
  writeFileSync(join(c.dir, 'ot.pdf'), await textPdf([spec, { heading: 'Recommendations', lines: pageSentences(22) }]));
  writeFileSync(
    join(c.dir, 'undated.pdf'),
    await textPdf([{ heading: 'Notes from school', lines: pageSentences(23) }]),
  );
  const [, notes] = await importPaths(c.store, [join(c.dir, 'ot.pdf'), join(c.dir, 'undated.pdf')]);
  // pdf-lib stamps every file with today's creation date; the notes are meant to be undated.
  updateDocumentMetadata(c.store, notes!.documentId!, { date: null });
  c.store.close();
  writeFileSync(
    join(c.dir, 'la.pdf'),
    await bundlePdf([
      { kind: 'text', spec: { heading: 'Index', lines: ['Occupational therapy report      C1-C2'] } },
      { kind: 'text', spec: { ...spec, label: 'C1' } },
    ]),
  );
}, 120_000);
afterAll(() => c?.close());

describe('casebook bundle-check', () => {
  it('prints exactly the issue’s JSON shape and writes the report', () => {
    const out = join(c.dir, 'check.pdf');
    const r = run('bundle-check', c.dir, join(c.dir, 'la.pdf'), '--json', '--out', out);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['documents', 'extra', 'index', 'limits', 'pages', 'warnings']);
    const ot = json.documents.find((d: { fileName: string }) => d.fileName === 'ot.pdf');
    expect(ot).toEqual({
      documentId: ot.documentId,
      fileName: 'ot.pdf',
      status: 'incomplete',
      labels: 'C1',
      pagesFound: [1],
      pagesMissing: [2],
    });
    expect(json.index).toEqual([
      { entry: 'Occupational therapy report', listed: 'C1–C2', actual: 'C1', problem: 'range wrong' },
    ]);
    expect(existsSync(out)).toBe(true);
  }, 120_000);

  it('says what to do, with exit code 1, for a file that is not a PDF', () => {
    writeFileSync(join(c.dir, 'notes.txt'), 'just some notes');
    const r = run('bundle-check', c.dir, join(c.dir, 'notes.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a PDF.*Save the bundle itself/);
  }, 60_000);

  it('refuses a report name that is neither Word nor PDF', () => {
    const r = run('bundle-check', c.dir, join(c.dir, 'la.pdf'), '--out', 'report.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out must end in \.docx/);
  }, 60_000);
});

describe('casebook bundle --check', () => {
  it('lists what to fix before the family sends its own bundle', () => {
    const r = run('bundle', c.dir, '--check', '--json');
    const { problems } = JSON.parse(r.stdout) as { problems: { code: string; message: string }[] };
    expect(problems.map((p) => p.code)).toContain('undated');
    expect(problems.find((p) => p.code === 'undated')?.message).toMatch(/"Undated" has no date/);
    expect(r.status).toBe(1);
  }, 60_000);
});
