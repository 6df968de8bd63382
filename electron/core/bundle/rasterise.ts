import { PDFDocument } from '@cantoo/pdf-lib';
import { loadPdfjs, pdfjsDocumentOptions } from '../text/pdfjs.ts';
import { renderPageJpeg } from '../text/renderPage.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { fitScale } from './pageGeometry.ts';
import type { PageLayer } from './preparedDocument.ts';

/** Print resolution for pages we must redraw as pictures: sharp on paper, ~1 MB a page. */
export const PRINT_DPI = 150;

export interface Rasterised {
  pdf: PDFDocument;
  layers: PageLayer[];
}

/**
 * Redraws every page as an image with pdf.js, for files whose pages pdf-lib cannot copy but pdf.js
 * can display (broken cross-reference tables, missing objects). Each page keeps its displayed
 * size (scaled to A4 when larger) and gets an invisible text layer: the text stored at import when
 * there is some, otherwise OCR of the picture itself. Returns undefined when pdf.js cannot open it
 * or its page count is not `expectedPages` (a page would be lost or invented).
 */
export async function rasterisePdf(
  bytes: Uint8Array,
  expectedPages: number,
  storedText: (page: number) => string,
  ocr?: OcrEngine,
  signal?: AbortSignal,
): Promise<Rasterised | { error: string }> {
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      ...pdfjsDocumentOptions(),
      verbosity: 0,
      data: new Uint8Array(bytes),
      password: '',
    }).promise;
  } catch (e) {
    return { error: `no PDF reader on this computer can open it (${(e as Error).message})` };
  }
  try {
    if (doc.numPages !== expectedPages) {
      return { error: `it was imported with ${expectedPages} pages but only ${doc.numPages} can be drawn now` };
    }
    const out = await PDFDocument.create({ updateMetadata: false });
    const layers: PageLayer[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      if (signal?.aborted) return { error: 'the build was cancelled' };
      const page = await doc.getPage(i);
      const vp = page.getViewport({ scale: 1 });
      const { jpeg, width: pixelWidth } = await renderPageJpeg(doc, page, PRINT_DPI, 90);
      const s = fitScale(vp.width, vp.height);
      const w = Math.max(1, vp.width * s);
      const h = Math.max(1, vp.height * s);
      const image = await out.embedJpg(jpeg);
      const p = out.addPage([w, h]);
      p.drawImage(image, { x: 0, y: 0, width: w, height: h });
      const text = storedText(i);
      if (text.trim()) layers.push({ text });
      else if (ocr) {
        const result = await ocr.recognise(jpeg);
        const k = w / pixelWidth;
        layers.push({
          words: result.words.map((wd) => ({
            text: wd.text,
            left: wd.x0 * k,
            top: wd.y0 * k,
            width: (wd.x1 - wd.x0) * k,
            height: (wd.y1 - wd.y0) * k,
          })),
        });
      } else layers.push(undefined);
    }
    return { pdf: out, layers };
  } catch (e) {
    return { error: `its pages could not be drawn (${(e as Error).message})` };
  } finally {
    await doc.destroy();
  }
}
