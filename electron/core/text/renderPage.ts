import type { PdfjsDocument, PdfjsPage } from './pdfjs.ts';

/** 300 dpi is what Tesseract is tuned for; small print in reports needs it. */
export const OCR_DPI = 300;

/**
 * Largest bitmap we render, in pixels. An A4 page at 300 dpi is ~8.7 million; posters and
 * mis-sized scans (a 200-inch MediaBox) are scaled down so memory stays bounded.
 */
const MAX_PIXELS = 12_000_000;

interface CanvasAndContext {
  canvas: { toBuffer(mime: 'image/png'): Uint8Array; width: number; height: number };
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}

/** Renders one page to a PNG for OCR, with pdf.js's own Node canvas (@napi-rs/canvas). */
export async function renderPagePng(doc: PdfjsDocument, page: PdfjsPage, dpi = OCR_DPI): Promise<Uint8Array> {
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const pixels = base.width * base.height * scale * scale;
  if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
  const viewport = page.getViewport({ scale });
  const factory = doc.canvasFactory as CanvasFactory;
  const cc = factory.create(Math.max(1, Math.floor(viewport.width)), Math.max(1, Math.floor(viewport.height)));
  try {
    // Scans are often drawn over nothing: paint white first or transparent areas OCR as black.
    await page.render({
      canvasContext: cc.context as CanvasRenderingContext2D,
      canvas: null,
      viewport,
      background: 'white',
    }).promise;
    return cc.canvas.toBuffer('image/png');
  } finally {
    factory.destroy(cc);
    page.cleanup();
  }
}
