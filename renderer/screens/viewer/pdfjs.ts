import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is bundled with the app (Vite ?url): nothing is fetched from a CDN.
GlobalWorkerOptions.workerSrc = workerSrc;

const asset = (folder: string) => new URL(`./pdfjs/${folder}/`, document.baseURI).href;

/** Opens PDF bytes for display. No eval (strict CSP), fonts/CMaps/decoders from the app itself. */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    isEvalSupported: false,
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    wasmUrl: asset('wasm'),
  }).promise;
}
