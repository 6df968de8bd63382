import { PDFDocument } from '@cantoo/pdf-lib';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { fail, ok } from '../../../shared/result.ts';
import type { PdfLayout } from '../../../shared/importStructure.ts';
import type { OcrPage } from '../text/ocr.ts';
import { ocrLayoutItems } from '../text/ocrLayout.ts';
import type { ImportContext, ImportInput, ImportResult } from './types.ts';
import { decodeBmp } from './bmp.ts';
import { decodeHeic } from './heic.ts';

/**
 * Longest side of the picture Tesseract sees. Phone photos are 4000–8000 px; beyond ~3500 px OCR
 * gets slower without reading more, and memory grows with the square.
 */
const OCR_MAX_SIDE = 3500;

/** Formats pdf-lib can embed as they are; anything else gets a PNG/JPEG rendition. */
const EMBEDDABLE = new Set(['png', 'jpeg']);

interface Frame {
  /** A sharp pipeline for one page, already turned upright. */
  image: () => Sharp;
}

const unreadable = (format: string) =>
  fail(
    'image-unreadable',
    `This picture (${format}) could not be read: the file may be damaged or only partly copied. Open it on the device it came from, save or export it again as JPEG or PNG, and add that copy.`,
  );

const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');
const isHeic = (b: Uint8Array) =>
  ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(b, 8, 12));
const extensionOf = (name: string) => name.match(/\.([a-z0-9]+)$/i)?.[1]?.toUpperCase() ?? 'unknown type';

async function framesOf(
  input: ImportInput,
): Promise<{ frames: Frame[]; format: string; rotated: boolean } | ImportResult> {
  let bytes: Uint8Array = input.bytes;
  let meta: Metadata | undefined;
  const isBmp = ascii(bytes, 0, 2) === 'BM';
  if (isBmp) {
    const bmp = decodeBmp(bytes);
    if (!bmp.ok) return bmp;
    bytes = await sharp(bmp.value.data, { raw: { width: bmp.value.width, height: bmp.value.height, channels: 3 } })
      .png()
      .toBuffer();
  }
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    if (!isHeic(bytes)) return unreadable(extensionOf(input.fileName));
  }
  // A BMP decoded here is a PNG now, but the stored original is still a BMP pdf-lib cannot embed.
  let format: string = isBmp ? 'bmp' : (meta?.format ?? 'heif');
  // sharp reads an HEVC HEIC's header but cannot decode its picture: decode it to PNG first.
  if (format === 'heif' && (meta === undefined || meta.compression === 'hevc')) {
    const heic = await decodeHeic(bytes);
    if (!heic.ok) return heic;
    bytes = heic.value;
    meta = await sharp(bytes).metadata();
    format = 'heic';
  }
  // Each frame of a multi-page TIFF (a scanner's favourite) is a page; a GIF's frames are
  // animation, so only the first is a page.
  const count = format === 'tiff' ? Math.max(1, meta?.pages ?? 1) : 1;
  const source = bytes;
  const frames: Frame[] = Array.from({ length: count }, (_, page) => ({
    image: () => sharp(source, { page, failOn: 'none' }).rotate(),
  }));
  // EXIF orientations 2–8 mean the camera stored the picture sideways or mirrored.
  return { frames, format, rotated: (meta?.orientation ?? 1) > 1 };
}

async function rendition(
  frames: Frame[],
  format: string,
  rotated: boolean,
): Promise<{ image?: Uint8Array; pdf?: Uint8Array }> {
  if (frames.length > 1) {
    // Several pages cannot live in one image: give the bundle a PDF, one page per frame.
    const pdf = await PDFDocument.create({ updateMetadata: false });
    for (const f of frames) {
      const png = await f.image().png().toBuffer({ resolveWithObject: true });
      // Page size from the scanner's resolution (a 300 dpi A4 frame is 595 × 842 pt), else
      // 150 dpi, the commonest setting for document scans.
      const dpi = (await f.image().metadata()).density ?? 150;
      const width = (png.info.width / dpi) * 72;
      const height = (png.info.height / dpi) * 72;
      const img = await pdf.embedPng(png.data);
      pdf.addPage([width, height]).drawImage(img, { x: 0, y: 0, width, height });
    }
    return { pdf: await pdf.save() };
  }
  if (EMBEDDABLE.has(format) && !rotated) return {};
  const upright = frames[0]!.image();
  // Photos stay JPEG (a PNG of a photo is five times larger); scans and drawings become PNG.
  const image =
    format === 'jpeg' || format === 'heic'
      ? await upright.jpeg({ quality: 90 }).toBuffer()
      : await upright.png().toBuffer();
  return { image };
}

async function ocrFrame(frame: Frame, ctx: ImportContext): Promise<OcrPage> {
  const png = await frame
    .image()
    .resize({ width: OCR_MAX_SIDE, height: OCR_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    // Transparent areas (screenshots, cut-outs) would otherwise read as black to Tesseract.
    .flatten({ background: '#ffffff' })
    .greyscale()
    .png()
    .toBuffer();
  return ctx.ocr.recognise(png);
}

/** A photo or scan: one page per image (per frame of a multi-page TIFF), OCRed upright. */
export async function importImage(input: ImportInput, ctx: ImportContext): Promise<ImportResult> {
  const read = await framesOf(input);
  if ('ok' in read) return read;
  const { frames, format, rotated } = read;
  const pages: { text: string; ocr: boolean }[] = [];
  // Where each word sat, so a photographed letter's lists and tables are read like a scanned PDF's.
  const layout: PdfLayout = { format: 'pdf-layout/1', pages: [] };
  try {
    for (const [i, frame] of frames.entries()) {
      if (ctx.signal?.aborted) return fail('cancelled', 'Import was cancelled. Nothing from this file was stored.');
      const read = await ocrFrame(frame, ctx);
      pages.push({ text: read.text.trim(), ocr: true });
      layout.pages.push({ page: i + 1, source: 'ocr', items: ocrLayoutItems(read.words) });
      ctx.onPage?.(i + 1, frames.length, 'ocr');
    }
    const renditions = await rendition(frames, format, rotated);
    return ok({
      sourceType: 'image',
      pages,
      structure: layout,
      ...(Object.keys(renditions).length ? { renditions } : {}),
    });
  } catch {
    return unreadable(format.toUpperCase());
  }
}
