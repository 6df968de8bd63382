import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The legacy build is the one that runs on Node 20 (6.x and the modern build need Node 22). */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfjsDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
export type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;

const require = createRequire(import.meta.url);

let loaded: Promise<Pdfjs> | undefined;

/**
 * pdf.js's legacy build brings core-js, which on V8 before 12.2 (Node 20) replaces the global
 * Array.prototype.push with a slow JavaScript version, to fix the error type thrown when pushing
 * to a frozen array (V8 bug 12681). That cost ~10% of all text extraction time, in every module
 * of the thread; nothing here pushes to frozen arrays, so the native push is put back.
 */
function restoreNativePush(native: typeof Array.prototype.push): void {
  if (Array.prototype.push === native) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: native,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

async function importPdfjs(): Promise<Pdfjs> {
  const g = globalThis as { casebookPdfjs?: Pdfjs; casebookNativePush?: typeof Array.prototype.push };
  const native = g.casebookNativePush ?? Array.prototype.push;
  const pdfjs = g.casebookPdfjs ?? (await import('pdfjs-dist/legacy/build/pdf.mjs'));
  restoreNativePush(native);
  return pdfjs;
}

/**
 * Loads pdf.js once per thread; importing it costs ~150 ms, so every document reuses it. The
 * worker's entry (pdfWorkerBoot.mjs) may have loaded it already, outside tsx's hooks.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  return (loaded ??= importPdfjs());
}

const packageDir = () => dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * Options every getDocument call needs in Node. Without the standard fonts and CMaps, text in
 * non-embedded and CJK fonts comes out wrong or empty; without the wasm folder, JPEG 2000 and
 * JBIG2 scans cannot be decoded for OCR (../shared/STACK.md). Plain folder paths, ending in '/'.
 */
export function pdfjsDocumentOptions() {
  const dir = packageDir();
  return {
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    wasmUrl: join(dir, 'wasm') + '/',
    // Never run code from inside a document; a hostile PDF gets no eval.
    isEvalSupported: false,
    // Nothing is fetched: every byte the importer reads came from the user's own file.
    disableAutoFetch: true,
    disableStream: true,
    useSystemFonts: false,
    // Larger images (50 megapixels is A4 at ~850 dpi) are skipped rather than decoded: one
    // would take hundreds of MB and no letter needs it.
    maxImageSize: 50_000_000,
    // Warnings still reach console.warn, where the worker listens for signs of repair.
    verbosity: 1,
  } as const;
}
