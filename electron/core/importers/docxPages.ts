import { PDFDocument } from '@cantoo/pdf-lib';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { ImportedFile } from './types.ts';

/**
 * A Word file has no pages until something lays it out. With a renderer (the app's printToPDF,
 * LibreOffice, Chromium) the import lays it out once: the PDF is kept as its rendition and its
 * page count is the true one, the count the bundle's meters and page labels use. Without one the
 * count is an estimate, shown as "about N pages", until the bundle renders it.
 */

/** Characters of plain text on a full A4 page of 11-point text with Word's default margins (about 500 words). */
export const CHARS_PER_PAGE = 3000;

/** A guess from the page breaks Word recorded and the amount of text, whichever is more. */
export function estimateDocxPages(file: ImportedFile): number {
  const chars = file.pages.reduce((n, p) => n + p.text.length, 0);
  return Math.max(file.pages.length, Math.ceil(chars / CHARS_PER_PAGE));
}

export type DocxLayout = { pdf: Uint8Array; pages: number } | { estimate: number };

/** The rendering and its page count, or an estimate (no renderer, or it failed: the bundle tries again). */
export async function layOutDocx(
  file: ImportedFile,
  bytes: Uint8Array,
  fileName: string,
  renderer?: DocxRenderer,
): Promise<DocxLayout> {
  const estimate = estimateDocxPages(file);
  // A Word file that is only scanned pictures was split a page per picture: that count is exact.
  if (!renderer || (file.structure as { pageSplit?: string } | undefined)?.pageSplit === 'pictures')
    return { estimate };
  try {
    const pdf = await renderer.render(bytes, fileName);
    const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    return pages > 0 ? { pdf, pages } : { estimate };
  } catch {
    return { estimate };
  }
}
