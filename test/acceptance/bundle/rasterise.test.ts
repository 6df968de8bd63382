import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuiltBundle } from '../../../electron/core/bundle/buildBundle.ts';
import { insertDocument } from '../../../electron/core/store/documents.ts';
import { tempCase } from '../../helpers/tempCase.ts';
import { CORPUS } from '../shared.ts';

let c: ReturnType<typeof tempCase>;
let built: BuiltBundle;
let rasterisedId: number;

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  // pdf-lib cannot read this file's page tree, but pdf.js can draw its one page.
  rasterisedId = insertDocument(c.store, {
    fileName: 'issue19484_1.pdf',
    sourceType: 'pdf',
    kind: 'evidence',
    title: 'Damaged file',
    original: readFileSync(join(CORPUS, 'issue19484_1.pdf')),
    pages: [{ text: 'recovered words for search', ocr: false }],
  });
  const r = await buildBundle(c.store, {}, {});
  if (!r.ok) throw new Error(r.message);
  built = r.value;
  writeFileSync(join(c.dir, 'rasterised.pdf'), built.pdf);
}, 120_000);
afterAll(() => c?.close());

describe('a page pdf-lib cannot copy', () => {
  it('is drawn as a picture with a text layer, and the index says so', () => {
    const placed = built.result.documents.find((d) => d.documentId === rasterisedId);
    expect(placed, 'damaged file included').toBeDefined();
    expect(placed!.pages).toBe(1);
    const file = join(c.dir, 'rasterised.pdf');
    expect(
      execFileSync('pdftotext', [
        '-f',
        String(placed!.startPage),
        '-l',
        String(placed!.startPage),
        file,
        '-',
      ]).toString(),
    ).toContain('recovered words for search');
    expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-']).toString()).toMatch(
      /pictures: the file is damaged/,
    );
    expect(built.result.warnings.some((w) => w.code === 'rasterised' && w.documentIds.includes(rasterisedId))).toBe(
      true,
    );
  });
});
