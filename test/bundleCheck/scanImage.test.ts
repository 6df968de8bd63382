import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainScanJpeg } from '../../electron/core/text/scanImage.ts';

/*
 * Which pages the bundle check may read straight from their JPEG rather than have pdf.js draw:
 * only a plain scan, one JPEG over exactly the visible page. Everything else must be drawn.
 */
const A4: [number, number] = [595.28, 841.89];
let jpeg: Uint8Array;
let png: Uint8Array;

beforeAll(async () => {
  const picture = sharp({ create: { width: 124, height: 175, channels: 3, background: '#f4f4f4' } });
  jpeg = await picture.clone().jpeg().toBuffer();
  png = await picture.clone().png().toBuffer();
});

/** A one-page PDF made by `draw`, saved and loaded again as the check would load a bundle. */
async function onePage(draw: (doc: PDFDocument) => Promise<void>): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  await draw(doc);
  return PDFDocument.load(await doc.save());
}

describe('a plain scanned page', () => {
  it('gives the JPEG it is drawn from, byte for byte, and the page size', async () => {
    const doc = await onePage(async (d) => {
      const img = await d.embedJpg(jpeg);
      d.addPage(A4).drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
    });
    const scan = plainScanJpeg(doc, 0);
    expect(scan && Buffer.from(scan.jpeg).equals(Buffer.from(jpeg))).toBe(true);
    expect(scan).toMatchObject({ width: A4[0], height: A4[1] });
  });

  it('still counts with a label stamped over it as text', async () => {
    const doc = await onePage(async (d) => {
      const page = d.addPage(A4);
      page.drawImage(await d.embedJpg(jpeg), { x: 0, y: 0, width: A4[0], height: A4[1] });
      page.drawText('B12', { x: 520, y: 24, size: 12 });
    });
    expect(plainScanJpeg(doc, 0)).toBeDefined();
  });
});

describe('pages that must be drawn', () => {
  it.each([
    [
      'a picture over half the page',
      async (d: PDFDocument) =>
        d.addPage(A4).drawImage(await d.embedJpg(jpeg), { x: 0, y: 0, width: A4[0] / 2, height: A4[1] / 2 }),
    ],
    [
      'a rotated page',
      async (d: PDFDocument) => {
        const page = d.addPage(A4);
        page.drawImage(await d.embedJpg(jpeg), { x: 0, y: 0, width: A4[0], height: A4[1] });
        page.setRotation(degrees(90));
      },
    ],
    [
      'two pictures',
      async (d: PDFDocument) => {
        const page = d.addPage(A4);
        page.drawImage(await d.embedJpg(jpeg), { x: 0, y: 0, width: A4[0], height: A4[1] });
        page.drawImage(await d.embedPng(png), { x: 10, y: 10, width: 50, height: 50 });
      },
    ],
    [
      'a picture that is not a JPEG',
      async (d: PDFDocument) =>
        d.addPage(A4).drawImage(await d.embedPng(png), { x: 0, y: 0, width: A4[0], height: A4[1] }),
    ],
    ['a page of text', async (d: PDFDocument) => void d.addPage(A4).drawText('Hello', { x: 50, y: 700 })],
  ] as [string, (d: PDFDocument) => Promise<unknown>][])('%s', async (_, draw) => {
    const doc = await onePage(async (d) => void (await draw(d)));
    expect(plainScanJpeg(doc, 0)).toBeUndefined();
  });
});
