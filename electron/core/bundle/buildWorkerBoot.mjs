// Worker entry for bundle builds. From TypeScript sources (tests, the CLI under tsx) the worker
// module is loaded through tsx, because Node 20 does not pass --import hooks to a worker's entry
// file; a bundled build points straight at compiled JavaScript.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  // pdf.js (for damaged pages drawn as pictures) costs ~400 MB more loaded through tsx's hooks;
  // load it natively and hand it over, as the import worker does (electron/core/text/pdfjs.ts).
  const nativePush = Array.prototype.push;
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  globalThis.casebookPdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  globalThis.casebookNativePush = nativePush;
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData.entry, import.meta.url);
} else {
  await import(workerData.entry);
}
