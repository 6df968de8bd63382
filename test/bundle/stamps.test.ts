import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuiltBundle } from '../../electron/core/bundle/buildBundle.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';
import { tempCase } from '../helpers/tempCase.ts';

/** Awkward pages: rotations, crop boxes, a media box off the origin, a poster, a label. */
const PAGES: {
  name: string;
  size: [number, number];
  rotate?: number;
  crop?: [number, number, number, number];
  media?: [number, number, number, number];
}[] = [
  { name: 'upright', size: [595.28, 841.89] },
  { name: 'rotated 90', size: [595.28, 841.89], rotate: 90 },
  { name: 'rotated 180', size: [595.28, 841.89], rotate: 180 },
  { name: 'rotated 270', size: [612, 792], rotate: 270 },
  { name: 'crop box', size: [612, 792], crop: [100, 150, 300, 400] },
  { name: 'crop box, rotated 90', size: [612, 792], crop: [50, 60, 400, 500], rotate: 90 },
  { name: 'media off origin', size: [400, 500], media: [-200, -100, 400, 500] },
  { name: 'A2 poster', size: [1190.55, 1683.78] },
  { name: 'tiny label', size: [50, 65] },
];

async function awkwardPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const p of PAGES) {
    const page = doc.addPage(p.size);
    if (p.media) page.setMediaBox(...p.media);
    if (p.crop) page.setCropBox(...p.crop);
    if (p.rotate) page.setRotation(degrees(p.rotate));
    const m = page.getMediaBox();
    page.drawText(p.name, { x: m.x + 10, y: m.y + m.height / 2, size: 9, font });
  }
  return doc.save();
}

let c: ReturnType<typeof tempCase>;
let built: BuiltBundle;
let awkwardId: number;

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  const awkward = await awkwardPdf();
  awkwardId = insertDocument(c.store, {
    fileName: 'awkward.pdf',
    sourceType: 'pdf',
    kind: 'report',
    title: 'Awkward pages',
    original: awkward,
    pages: PAGES.map((p) => ({ text: p.name, ocr: false })),
  });
  const r = await buildBundle(c.store, {}, {});
  if (!r.ok) throw new Error(r.message);
  built = r.value;
  writeFileSync(join(c.dir, 'stamps.pdf'), built.pdf);
}, 120_000);
afterAll(() => c?.close());

describe('page stamps', () => {
  it('passes qpdf --check', () => {
    expect(execFileSync('qpdf', ['--check', join(c.dir, 'stamps.pdf')]).toString()).toContain(
      'No syntax or stream encoding errors',
    );
  });

  it('puts every label upright in the bottom-right corner as the page is displayed', async () => {
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({ ...pdfjsDocumentOptions(), data: new Uint8Array(built.pdf) }).promise;
    const placed = built.result.documents.find((d) => d.documentId === awkwardId)!;
    try {
      for (let i = 0; i < PAGES.length; i++) {
        const page = await doc.getPage(placed.startPage + i);
        const label = `D${Number(placed.startLabel.slice(1)) + i}`;
        const vp = page.getViewport({ scale: 1 });
        const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
        const item = items.find((t) => t.str === label);
        expect(item, `${PAGES[i]!.name}: label ${label}`).toBeDefined();
        const [x, y] = vp.convertToViewportPoint(item!.transform[4]!, item!.transform[5]!) as [number, number];
        expect(x / vp.width, `${PAGES[i]!.name} across`).toBeGreaterThan(0.6);
        expect(y / vp.height, `${PAGES[i]!.name} down`).toBeGreaterThan(0.6);
        expect(x).toBeLessThan(vp.width);
        expect(y).toBeLessThan(vp.height);
        // Upright: the text's baseline runs left to right on screen.
        const [a, b] = pdfjs.Util.transform(vp.transform, item!.transform) as number[];
        expect(a!, `${PAGES[i]!.name} upright`).toBeGreaterThan(0);
        expect(Math.abs(b!)).toBeLessThan(Math.abs(a!) * 0.01);
      }
    } finally {
      await doc.destroy();
    }
  });

  it('scales a page larger than A4 down to fit and enlarges a tiny one, cropping nothing', async () => {
    const out = await PDFDocument.load(built.pdf);
    const placed = built.result.documents.find((d) => d.documentId === awkwardId)!;
    const poster = out.getPage(placed.startPage - 1 + PAGES.findIndex((p) => p.name === 'A2 poster'));
    expect(poster.getMediaBox().width).toBeLessThanOrEqual(595.3);
    expect(poster.getMediaBox().height).toBeLessThanOrEqual(842);
    const posterText = execFileSync('pdftotext', [
      '-f',
      String(placed.startPage + 7),
      '-l',
      String(placed.startPage + 7),
      join(c.dir, 'stamps.pdf'),
      '-',
    ]).toString();
    expect(posterText).toContain('A2 poster');
    const tiny = out.getPage(placed.startPage - 1 + PAGES.findIndex((p) => p.name === 'tiny label'));
    expect(Math.max(tiny.getWidth(), tiny.getHeight())).toBeGreaterThan(300);
  });
});
