import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildAndSaveBundle } from '../../electron/core/bundle/buildBundle.ts';
import { measureContent } from '../../electron/core/bundle/contentBalance.ts';
import { PRINT_MAX_SIDE } from '../../electron/core/bundle/imagePages.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { labelOfPage, pdfjsPages, popplerPages } from '../helpers/readers.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

/** Three pages of report; page 2 carries an /Annots array poppler refuses as too big. */
async function damagedAnnotations(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 3; i++) doc.addPage().drawText(`Report page ${i}`, { x: 50, y: 700, size: 12, font });
  doc.getPage(1).node.set(PDFName.of('Annots'), doc.context.obj(new Array(300_000).fill(null)));
  return doc.save({ useObjectStreams: false });
}

/** Pages whose own drawing restores more than it saves, or leaves a text object open. */
async function unbalancedContent(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [i, tail] of ['Q\n', 'Q Q 5 0 0 5 0 0 cm\n', 'q q BT /F0 1 Tf (open) Tj\n'].entries()) {
    const page = doc.addPage();
    page.drawText(`Unbalanced page ${i + 1}`, { x: 50, y: 700, size: 12, font });
    page.node.addContentStream(doc.context.register(doc.context.stream(tail)));
  }
  return doc.save({ useObjectStreams: false });
}

/** One page with a note drawn by an annotation's own appearance (a reviewer's stamp). */
async function stampAnnotation(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  page.drawText('Letter body', { x: 50, y: 700, size: 12, font });
  const fontRef = doc.context.getObjectRef(font.ref) ?? font.ref;
  const ap = doc.context.register(
    doc.context.stream('BT /F1 10 Tf 2 4 Td (RECEIVED 3 MARCH) Tj ET', {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, 120, 20],
      Resources: { Font: { F1: fontRef } },
    }),
  );
  const annot = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [300, 500, 420, 520], F: 4, AP: { N: ap } }),
  );
  const link = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      A: { S: 'URI', URI: 'https://example.org' },
    }),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj([annot, link]));
  return doc.save({ useObjectStreams: false });
}

describe('a bundle every reader opens', () => {
  it('reads every page in poppler and pdf.js, label stamp included, despite a damaged annotations array and unbalanced drawing', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a-damaged.pdf'), await damagedAnnotations());
      writeFileSync(join(dir, 'b-stamped.pdf'), await stampAnnotation());
      writeFileSync(join(dir, 'c-unbalanced.pdf'), await unbalancedContent());
      const imported = await importPaths(c.store, [dir]);
      expect(imported.map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
      const out = join(dir, 'bundle.pdf');
      const saved = await buildAndSaveBundle(c.store, {}, out);
      if (!saved.ok) throw new Error(saved.message);
      const { result } = saved.value;
      expect(result.excluded).toEqual([]);
      expect(spawnSync('qpdf', ['--check', out]).status).toBe(0);
      const poppler = popplerPages(out, result.pages);
      const pdfjs = await pdfjsPages(out);
      for (let n = 1; n <= result.pages; n++) {
        expect(poppler[n - 1]!.error, `page ${n}`).not.toMatch(/malformed|Failed to create page|no valid states/);
        const label = labelOfPage(result, n);
        if (label) {
          expect(poppler[n - 1]!.text, `poppler page ${n}`).toContain(label);
          expect(pdfjs[n - 1], `pdf.js page ${n}`).toContain(label);
        }
      }
      const all = poppler.map((p) => p.text).join('\n');
      for (const t of ['Report page 1', 'Report page 2', 'Report page 3', 'RECEIVED 3 MARCH', 'Unbalanced page 3'])
        expect(all).toContain(t);
      // The stamp is now part of the page; the old link is gone.
      const bundle = await PDFDocument.load(readFileSync(out));
      const stamped = bundle.getPage(result.documents.find((d) => d.fileName === 'b-stamped.pdf')!.startPage - 1);
      expect(stamped.node.Annots()?.size() ?? 0).toBe(0);
    } finally {
      cleanup();
      c.close();
    }
  }, 120_000);
});

describe('a 16000 × 16000 PNG', () => {
  it('goes into the bundle scaled to print size (A4 at 300 dpi), not at full size', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const png = await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer();
      writeFileSync(join(dir, 'scan.png'), png);
      const [o] = await importPaths(c.store, [join(dir, 'scan.png')]);
      expect(o!.status).toBe('imported');
      const saved = await buildAndSaveBundle(c.store, {}, join(dir, 'bundle.pdf'));
      if (!saved.ok) throw new Error(saved.message);
      expect(saved.value.result.excluded).toEqual([]);
      const bundle = await PDFDocument.load(readFileSync(join(dir, 'bundle.pdf')));
      const images = bundle.context
        .enumerateIndirectObjects()
        .map(([, obj]) => obj)
        .filter(
          (obj): obj is PDFRawStream =>
            obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/Image',
        );
      expect(images.length).toBeGreaterThan(0);
      for (const img of images) {
        const side = Math.max(
          Number(img.dict.get(PDFName.of('Width'))?.toString()),
          Number(img.dict.get(PDFName.of('Height'))?.toString()),
        );
        expect(side).toBeLessThanOrEqual(PRINT_MAX_SIDE);
      }
    } finally {
      cleanup();
      c.close();
    }
  }, 180_000);
});

describe("measuring a page's saves and restores", () => {
  it.each([
    ['q 1 0 0 1 0 0 cm Q', 0, 0, false],
    ['Q', 1, 0, false],
    ['q Q Q q', 1, 1, false],
    ['BT (a Q in a string \\) Q) Tj ET % Q in a comment\nq', 0, 1, false],
    ['BI /W 1 /H 1 ID Q\x00Q EI Q', 1, 0, false],
    ['q BT /F1 1 Tf', 0, 1, true],
  ])('%j → %i extra restores, %i left open, text open %s', (content, extra, open, text) => {
    expect(measureContent(content)).toEqual({ extraRestores: extra, openSaves: open, openText: text });
  });
});
