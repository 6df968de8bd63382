import { PDFDocument } from '@cantoo/pdf-lib';
import { loadPdfjs, pdfjsDocumentOptions, type PdfjsDocument, type PdfjsPage } from '../text/pdfjs.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { fitScale } from './pageGeometry.ts';
import type { PageLayer } from './preparedDocument.ts';

/** Print resolution for pages we must redraw as pictures: sharp on paper, ~1 MB a page. */
export const PRINT_DPI = 150;

/** A poster-sized page is drawn with at most this many pixels, so memory stays bounded. */
const MAX_PIXELS = 9_000_000;

interface CanvasAndContext {
  canvas: { toBuffer(mime: 'image/jpeg', quality: number): Uint8Array };
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}

/** One page as a JPEG at print resolution, on white, with pdf.js's Node canvas (@napi-rs/canvas). */
async function renderPrintImage(doc: PdfjsDocument, page: PdfjsPage): Promise<{ jpeg: Uint8Array; width: number }> {
  const base = page.getViewport({ scale: 1 });
  let scale = PRINT_DPI / 72;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
  const viewport = page.getViewport({ scale });
  const factory = doc.canvasFactory as CanvasFactory;
  const width = Math.max(1, Math.floor(viewport.width));
  const cc = factory.create(width, Math.max(1, Math.floor(viewport.height)));
  try {
    await page.render({ canvasContext: cc.context as CanvasRenderingContext2D, canvas: null, viewport, background: 'white' }).promise;
    return { jpeg: cc.canvas.toBuffer('image/jpeg', 90), width };
  } finally {
    factory.destroy(cc);
    page.cleanup();
  }
}

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
    doc = await pdfjs.getDocument({ ...pdfjsDocumentOptions(), verbosity: 0, data: new Uint8Array(bytes), password: '' }).promise;
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
      const { jpeg, width: pixelWidth } = await renderPrintImage(doc, page);
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
