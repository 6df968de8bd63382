import sharp from 'sharp';
import type { ImportContext } from './types.ts';

/**
 * A Word file that is only pictures — a scanned letter or photos of pages pasted into Word, as
 * families and schools often send them — has no text for search or the evidence map. When a
 * file's own text is this short, its pictures are read by OCR, one page each, in the order they
 * appear.
 */
export const SCANNED_TEXT_MAX_CHARS = 200;

/** Smaller pictures are logos, icons and signatures, not pages. */
const MIN_PICTURE_BYTES = 20 * 1024;
/** The same limit the image importer uses: Tesseract is slow and no better on larger images. */
const OCR_MAX_SIDE = 3500;

export interface Picture {
  contentType: string;
  bytes: Buffer;
}

export async function ocrPictures(
  pictures: Picture[],
  ctx: ImportContext,
): Promise<{ text: string; ocr: true }[] | 'cancelled'> {
  const pages = pictures.filter(
    (p) => p.bytes.length >= MIN_PICTURE_BYTES && /^image\/(?:png|jpeg|gif|tiff|bmp|webp)$/i.test(p.contentType),
  );
  const out: { text: string; ocr: true }[] = [];
  for (const [i, p] of pages.entries()) {
    if (ctx.signal?.aborted) return 'cancelled';
    let png: Buffer;
    try {
      png = await sharp(p.bytes)
        .rotate() // upright by EXIF, as phones save photos
        .resize({ width: OCR_MAX_SIDE, height: OCR_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .greyscale()
        .png()
        .toBuffer();
    } catch {
      continue; // a picture sharp cannot decode is left in the HTML, just not read
    }
    out.push({ text: (await ctx.ocr.recognise(png)).text.trim(), ocr: true });
    ctx.onPage?.(i + 1, pages.length, 'ocr');
  }
  return out;
}
