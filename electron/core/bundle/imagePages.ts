import { PDFDocument, type PDFImage } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { A4 } from './pageGeometry.ts';
import type { PageLayer, Prepared } from './preparedDocument.ts';

/** White space round a picture so the page label never sits on it. */
const MARGIN = 28;

const isPng = (b: Uint8Array) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8;

async function embed(pdf: PDFDocument, bytes: Uint8Array, frame: number): Promise<PDFImage> {
  if (frame === 0 && isPng(bytes)) return pdf.embedPng(bytes);
  if (frame === 0 && isJpeg(bytes)) return pdf.embedJpg(bytes);
  // TIFF, WebP, GIF…: pdf-lib embeds only PNG and JPEG, so convert (one frame per page).
  return pdf.embedPng(await sharp(bytes, { page: frame }).png().toBuffer());
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
