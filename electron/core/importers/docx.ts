import type { DocxStructure } from '../../../shared/importStructure.ts';
import { fail, ok } from '../../../shared/result.ts';
import { ocrPictures } from './docxPictures.ts';
import { convertDocxInWorker } from './docxWorkerClient.ts';
import type { Importer } from './types.ts';

/**
 * Word (.docx) files: text, headings, tables and footnotes through mammoth; the original bytes
 * are kept by the store, and the bundle attaches a PDF rendering later
 * (`setRendition(store, id, 'pdf', …)`), so nothing here depends on a word processor.
 *
 * Pages: a .docx has no fixed pages — the word processor lays them out when it opens the file.
 * We split the text where Word recorded that a page began last time it laid the file out
 * (`w:lastRenderedPageBreak`), and at explicit page and section breaks; a file with none of
 * these is one page. So "page 3" usually matches what the author saw in Word, and the PDF
 * rendering, when attached, is the authority for bundle page numbers. A file that is only
 * pictures (scans pasted into Word) is read by OCR, a page per picture (docxPictures.ts).
 *
 * The parsing runs in a worker thread with a capped heap, and only the parts a document needs
 * are unpacked, each within a size limit (docxPackage.ts): a zip bomb is refused, not fatal.
 */
export const importDocx: Importer = async (input, ctx) => {
  if (ctx.signal?.aborted)
    return fail('cancelled', 'Import was cancelled before this file was read. Nothing from it was stored.');
  const converted = await convertDocxInWorker(input.bytes, ctx.signal);
  if (!converted.ok) return converted;
  const { properties, blocks, notes, html, pictures } = converted.value;
  let pageSplit: DocxStructure['pageSplit'] = converted.value.pageSplit;
  ctx.onPage?.(converted.value.pages.length, converted.value.pages.length, 'text');
  const pages: { text: string; ocr: boolean }[] = converted.value.pages.map((text) => ({ text, ocr: false }));
  if (pictures.length) {
    // Buffers cross the thread boundary as plain Uint8Arrays.
    const scanned = await ocrPictures(
      pictures.map((p) => ({ contentType: p.contentType, bytes: Buffer.from(p.bytes) })),
      ctx,
    );
    if (scanned === 'cancelled') return fail('cancelled', 'Import was cancelled. Nothing from this file was stored.');
    if (scanned.length) {
      // The file's few words (a caption, a heading) stay as the first page when there are any.
      pages.splice(0, pages.length, ...pages.filter((p) => p.text.trim()), ...scanned);
      pageSplit = 'pictures';
    }
  }
  const structure: DocxStructure = { format: 'docx/1', properties, pageSplit, blocks, notes, html };
  return ok({
    sourceType: 'docx',
    pages,
    structure,
    metadata: {
      ...(properties.title ? { title: properties.title } : {}),
      ...(properties.creator ? { author: properties.creator } : {}),
    },
  });
};
