import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The legacy build is the one that runs on Node 20 (6.x and the modern build need Node 22). */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfjsDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
export type PdfjsPage = Awaited<ReturnType<PdfjsDocument['getPage']>>;

const require = createRequire(import.meta.url);

let loaded: Promise<Pdfjs> | undefined;

/**
 * Loads pdf.js once per thread; importing it costs ~150 ms, so every document reuses it. The
 * worker's entry (pdfWorkerBoot.mjs) may have loaded it already, outside tsx's hooks.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  const preloaded = (globalThis as { casebookPdfjs?: Pdfjs }).casebookPdfjs;
  return (loaded ??= preloaded ? Promise.resolve(preloaded) : import('pdfjs-dist/legacy/build/pdf.mjs'));
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
