import type { PdfjsDocument } from './pdfjs.ts';
import { renderPageImage } from './renderPage.ts';

/** Enough for print and for reading on screen; a page is ~150–400 KB as JPEG. */
const RASTER_DPI = 150;

/** Beyond this a picture-only copy gets too large to be useful in a bundle. */
export const MAX_RASTER_PAGES = 300;

/**
 * Last resort for a file pdf.js can read but pdf-lib cannot copy (an encryption pdf-lib does
 * not handle, a structure it cannot rebuild): a new PDF with each page drawn as a picture at
 * its original size. The text stays searchable in Casebook (it comes from pdf.js); the copy is
 * for the bundle, where pages only need to print and display right.
 */
export async function rasterCopy(
  doc: PdfjsDocument,
  onPage: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const out = await PDFDocument.create({ updateMetadata: false });
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const jpeg = await renderPageImage(doc, page, RASTER_DPI);
    const image = await out.embedJpg(jpeg);
    out.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
    onPage(n, doc.numPages);
  }
  return out.save();
}
