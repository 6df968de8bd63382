import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importImage } from '../../electron/core/importers/image.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import type { ImportContext } from '../../electron/core/importers/types.ts';
import { getDocument, getPages, getRenditionSha } from '../../electron/core/store/documents.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { OT_REPORT, SOCIAL_CARE } from '../fixtures/caseFiles/text.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

const ocr = createOcrEngine();
const ctx: ImportContext = { ocr };
const scratch = tempDir();

/** A page of a fixture PDF as a picture, drawn by poppler (not by the code under test). */
async function pagePicture(pdf: string, page: number): Promise<Buffer> {
  const root = join(scratch.dir, `${pdf}-${page}`);
  execFileSync('pdftoppm', [
    '-r',
    '150',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    join(await caseFolder(), pdf),
    root,
  ]);
  return readFileSync(`${root}.png`);
}

/** Words of the first sentence after a heading of the fixture's text; OCR must find nearly all of them. */
function sentenceFrom(blocks: (typeof SOCIAL_CARE)[number], heading: string): string[] {
  const at = blocks.findIndex((b) => 'h' in b && b.h === heading);
  const para = blocks[at + 1]!;
  const text = 'p' in para ? para.p : '';
  return text
    .split(/(?<=\.)\s/)[0]!
    .toLowerCase()
    .match(/[a-z]{4,}/g)!;
}

function expectReads(text: string, words: string[]): void {
  const found = words.filter((w) => text.toLowerCase().includes(w));
  expect(found.length / words.length, `OCR text: ${text.slice(0, 300)}`).toBeGreaterThan(0.8);
}

/** BITMAPINFOHEADER, 24 bits, rows bottom-up padded to 4 bytes, pixels BGR: as Paint saves. */
function encodeBmp24(rgb: Buffer, width: number, height: number): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + stride * height);
  out.write('BM', 0, 'latin1');
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  for (let y = 0; y < height; y++) {
    const row = 54 + (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const src = (y * width + x) * 3;
      out[row + x * 3] = rgb[src + 2]!;
      out[row + x * 3 + 1] = rgb[src + 1]!;
      out[row + x * 3 + 2] = rgb[src]!;
    }
  }
  return out;
}

let social: Buffer;
let words: string[];
beforeAll(async () => {
  social = await pagePicture('04-social-care-assessment.pdf', 1);
  words = sentenceFrom(SOCIAL_CARE[0]!, 'Background');
});

afterAll(async () => {
  scratch.cleanup();
  await ocr.close();
});

describe('image import', () => {
  it('imports a PNG scan as one OCRed page into the case, with no rendition needed', async () => {
    const k = tempCase();
    const path = join(scratch.dir, 'scan.png');
    await sharp(social).png().toFile(path);
    const [o] = await importPaths(k.store, [path], { ocr });
    expect(o!.status, o!.reason).toBe('imported');
    expect(getDocument(k.store, o!.documentId!)).toMatchObject({ sourceType: 'image', pages: 1, ocrPages: 1 });
    expectReads(getPages(k.store, o!.documentId!)[0]!.text, words);
    expect(getRenditionSha(k.store, o!.documentId!, 'image')).toBeUndefined();
    k.close();
  });

  it('turns a sideways phone photo upright from its EXIF orientation before OCR', async () => {
    // Stored 90° anticlockwise with EXIF orientation 6 ("rotate 90° clockwise to view"), as a
    // phone held sideways writes it.
    const photo = await sharp(social).rotate(-90).jpeg({ quality: 85 }).withMetadata({ orientation: 6 }).toBuffer();
    const result = await importImage({ fileName: 'IMG_0042.jpg', bytes: photo }, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectReads(result.value.pages[0]!.text, words);
    expect(result.value.pages[0]!.ocr).toBe(true);
    // pdf-lib ignores EXIF: the bundle gets an upright copy with no orientation left to apply.
    const upright = await sharp(result.value.renditions!.image!).metadata();
    expect(upright.format).toBe('jpeg');
    expect(upright.height).toBeGreaterThan(upright.width);
    expect(upright.orientation ?? 1).toBe(1);
  });

  it('imports each frame of a multi-page TIFF as a page, with a PDF rendition of them all', async () => {
    const second = await pagePicture('03-ot-report.pdf', 1);
    const size = await sharp(social).metadata();
    const same = await sharp(second).resize(size.width, size.height, { fit: 'fill' }).png().toBuffer();
    const tiff = await sharp([social, same], { join: { animated: true } })
      .tiff({ compression: 'lzw', xres: 150 / 25.4, yres: 150 / 25.4 })
      .toBuffer();
    const result = await importImage({ fileName: 'scans.tiff', bytes: tiff }, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pages).toHaveLength(2);
    expectReads(result.value.pages[0]!.text, words);
    expectReads(result.value.pages[1]!.text, sentenceFrom(OT_REPORT[0]!, '1. Assessment findings'));
    // Frames are 150 dpi (pdftoppm -r 150): the rendition's pages are the paper's size again.
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const copy = await PDFDocument.load(result.value.renditions!.pdf!);
    expect(copy.getPageCount()).toBe(2);
    const { width, height } = copy.getPage(0).getSize();
    expect(Math.abs(width - (size.width! / 150) * 72)).toBeLessThan(2);
    expect(Math.abs(height - (size.height! / 150) * 72)).toBeLessThan(2);
  });

  it('gives WebP pictures a PNG rendition the bundle can embed', async () => {
    const webp = await sharp(social).webp({ lossless: true }).toBuffer();
    const result = await importImage({ fileName: 'letter.webp', bytes: webp }, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await sharp(result.value.renditions!.image!).metadata()).format).toBe('png');
  });

  it('decodes an iPhone HEIC photo (HEVC, which sharp cannot) and gives it a JPEG rendition', async () => {
    // Made with libheif's heif-enc (x265) from the same sample page; see fixtures/README.md.
    const heic = readFileSync(join(import.meta.dirname, 'fixtures/letter-photo.heic'));
    const result = await importImage({ fileName: 'IMG_1234.HEIC', bytes: heic }, ctx);
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expectReads(result.value.pages[0]!.text, words);
    expect((await sharp(result.value.renditions!.image!).metadata()).format).toBe('jpeg');
  });

  it('rejects a HEIC file that cannot be decoded, saying how to get a JPEG instead', async () => {
    const heic = readFileSync(join(import.meta.dirname, 'fixtures/letter-photo.heic'));
    const result = await importImage({ fileName: 'IMG_1235.HEIC', bytes: heic.subarray(0, 600) }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/HEIC.*JPEG/s);
  });

  it('reads an uncompressed 24-bit BMP (which sharp cannot) and gives it a PNG rendition', async () => {
    const { data, info } = await sharp(social).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const result = await importImage({ fileName: 'scan.bmp', bytes: encodeBmp24(data, info.width, info.height) }, ctx);
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expectReads(result.value.pages[0]!.text, words);
    expect((await sharp(result.value.renditions!.image!).metadata()).format).toBe('png');
  });

  it('rejects a picture whose contents are damaged, saying what to do', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]);
    const result = await importImage({ fileName: 'photo.jpg', bytes: broken }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/could not be read/);
    expect(result.message).toMatch(/JPEG or PNG/);
  });
});
