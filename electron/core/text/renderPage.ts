import type { GreyImage } from './greyImage.ts';
import type { PdfjsDocument, PdfjsPage } from './pdfjs.ts';

/**
 * Tesseract is tuned for ~300 dpi, but on the sample scans 200, 250 and 300 dpi read the same
 * text at the same confidence, while 300 costs ~1.7× the OCR time of 200. Memory for pages with
 * many transparency groups grows with the pixel count (700 MB at 250 dpi for one corpus page,
 * ~500 MB at 200), so 200 it is; 10 pt letter text is ~20 px high at 200 dpi.
 */
export const OCR_DPI = 200;

/**
 * Largest bitmap we render, in pixels. An A4 page at 300 dpi is ~8.7 million (35 MB of RGBA); posters and
 * mis-sized scans (a 200-inch MediaBox) are scaled down so memory stays bounded.
 */
const MAX_PIXELS = 9_000_000;

interface CanvasAndContext {
  canvas: {
    toBuffer(mime: 'image/jpeg', quality: number): Uint8Array;
    /** Raw RGBA pixels, row by row (@napi-rs/canvas). */
    data(): Uint8Array;
    width: number;
    height: number;
  };
  context: unknown;
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}

/** Pixels per point for a page of this size (points) at `dpi`, scaled down past MAX_PIXELS. */
export function renderScale(width: number, height: number, dpi: number): number {
  const scale = dpi / 72;
  const pixels = width * height * scale * scale;
  return pixels > MAX_PIXELS ? scale * Math.sqrt(MAX_PIXELS / pixels) : scale;
}

/** Draws one page on white with pdf.js's own Node canvas (@napi-rs/canvas), scaled down past MAX_PIXELS. */
async function drawPage<T>(
  doc: PdfjsDocument,
  page: PdfjsPage,
  dpi: number,
  read: (canvas: CanvasAndContext['canvas'], width: number, height: number) => T,
): Promise<T> {
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: renderScale(base.width, base.height, dpi) });
  const factory = doc.canvasFactory as CanvasFactory;
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const cc = factory.create(width, height);
  try {
    // Scans are often drawn over nothing: paint white first or transparent areas OCR as black.
    await page.render({
      canvasContext: cc.context as CanvasRenderingContext2D,
      canvas: null,
      viewport,
      background: 'white',
    }).promise;
    return read(cc.canvas, width, height);
  } finally {
    factory.destroy(cc);
    page.cleanup();
  }
}

/** Draws one page as a JPEG. Used for OCR and for pages a bundle must redraw as pictures. */
export async function renderPageJpeg(
  doc: PdfjsDocument,
  page: PdfjsPage,
  dpi: number,
  quality: number,
): Promise<{ jpeg: Uint8Array; width: number; height: number }> {
  return drawPage(doc, page, dpi, (canvas, width, height) => ({
    jpeg: canvas.toBuffer('image/jpeg', quality),
    width,
    height,
  }));
}

/**
 * Draws one page as 8-bit grey pixels. A reader that OCRs several bands of a page cuts them from
 * these rows directly, with no image to encode and decode again for each band.
 */
export async function renderPageGrey(doc: PdfjsDocument, page: PdfjsPage, dpi: number): Promise<GreyImage> {
  return drawPage(doc, page, dpi, (canvas, width, height) => {
    const rgba = canvas.data();
    const pixels = new Uint8Array(width * height);
    // ITU-R BT.601 luma, in integers: what "greyscale" means to Leptonica and sharp alike.
    for (let i = 0, j = 0; i < pixels.length; i++, j += 4) {
      pixels[i] = (rgba[j]! * 77 + rgba[j + 1]! * 150 + rgba[j + 2]! * 29) >> 8;
    }
    return { width, height, pixels };
  });
}

/**
 * A page as an image for OCR. JPEG at high quality: encoding a 250 dpi page as PNG takes ~3×
 * longer and OCR reads both the same.
 */
export async function renderPageImage(doc: PdfjsDocument, page: PdfjsPage, dpi = OCR_DPI): Promise<Uint8Array> {
  return (await renderPageJpeg(doc, page, dpi, 92)).jpeg;
}
