import { PDFDocument, type PDFImage } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { A4 } from './pageGeometry.ts';
import type { PageLayer, Prepared } from './preparedDocument.ts';

/** White space round a picture so the page label never sits on it. */
const MARGIN = 28;

const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;

/**
 * The most a picture needs for print: an A4 page's long side at 300 dpi. A 16000×16000 scan
 * embedded as it is made a one-picture bundle peak at 2.5 GB (pdf-lib decodes and re-encodes
 * it in memory); scaled first, it costs a few hundred MB and prints the same.
 */
export const PRINT_MAX_SIDE = 3508;

async function embed(pdf: PDFDocument, bytes: Uint8Array, frame: number): Promise<PDFImage> {
  const meta = await sharp(bytes, { page: frame }).metadata();
  const tooBig = Math.max(meta.width ?? 0, meta.pageHeight ?? meta.height ?? 0) > PRINT_MAX_SIDE;
  if (!tooBig && frame === 0 && isPng(bytes)) return pdf.embedPng(bytes);
  if (!tooBig && frame === 0 && isJpeg(bytes)) return pdf.embedJpg(bytes);
  // TIFF, WebP, GIF, or too large: pdf-lib embeds only PNG and JPEG, so convert (one frame per
  // page); photos stay JPEG, everything else becomes lossless PNG so scanned text stays sharp.
  const scaled = sharp(bytes, { page: frame }).resize({
    width: PRINT_MAX_SIDE,
    height: PRINT_MAX_SIDE,
    fit: 'inside',
    withoutEnlargement: true,
  });
  return isJpeg(bytes)
    ? pdf.embedJpg(await scaled.jpeg({ quality: 90 }).toBuffer())
    : pdf.embedPng(await scaled.png().toBuffer());
}

/**
 * Pictures (photos, scans) one per page, fitted to A4 in the orientation that suits them, with
 * the OCR text stored at import laid invisibly over them.
 */
export async function imagePages(bytes: Uint8Array, doc: DocumentSummary, layers: PageLayer[]): Promise<Prepared> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  try {
    for (let i = 0; i < Math.max(1, doc.pages); i++) {
      const img = await embed(pdf, bytes, i);
      const landscape = img.width > img.height;
      const [W, H] = landscape ? [A4.height, A4.width] : [A4.width, A4.height];
      const s = Math.min((W - 2 * MARGIN) / img.width, (H - 2 * MARGIN) / img.height);
      const w = img.width * s;
      const h = img.height * s;
      pdf.addPage([W, H]).drawImage(img, { x: (W - w) / 2, y: (H - h) / 2, width: w, height: h });
    }
  } catch (e) {
    return {
      ok: false,
      reason: `This picture could not be put on a page (${(e as Error).message}). Save it again as JPEG or PNG and import the copy.`,
    };
  }
  return { ok: true, pdf, layers };
}
