import { PDFDocument } from '@cantoo/pdf-lib';
import type { DocxRenderer } from '../../../shared/bundle.ts';

/** Roughly what fits on an A4 page of 12-point Arial with footnotes: used only without a renderer. */
const CHARS_PER_PAGE = 2800;

/**
 * The Word file's page count, laid out by the same renderer the bundle uses (LibreOffice, or
 * Electron's printToPDF in the app); without one, an estimate the caller labels as such.
 */
export async function countDocxPages(
  docx: Uint8Array,
  textLength: number,
  renderer: DocxRenderer | undefined,
): Promise<{ pages: number; estimated: boolean }> {
  if (renderer) {
    try {
      const pdf = await PDFDocument.load(await renderer.render(docx, 'working-document.docx'));
      return { pages: pdf.getPageCount(), estimated: false };
    } catch {
      // Fall through to the estimate: a count is still worth giving.
    }
  }
  return { pages: Math.max(1, Math.ceil(textLength / CHARS_PER_PAGE)), estimated: true };
}
