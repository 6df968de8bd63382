// Worker entry. From TypeScript sources (tests, the CLI under tsx) the worker module is loaded
// through tsx, because Node 20 does not pass --import hooks to a worker's entry file; a bundled
// build points straight at compiled JavaScript.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  // pdf.js is ~5 MB of JavaScript. Loaded through tsx's hooks it costs ~400 MB more memory
  // (transforms and source maps), so load it natively here and hand it over (see pdfjs.ts).
  // pdf.js itself uses a preloaded `globalThis.pdfjsWorker` instead of importing its worker.
  const nativePush = Array.prototype.push;
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  globalThis.casebookPdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  globalThis.casebookNativePush = nativePush;
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData.entry, import.meta.url);
} else {
  await import(workerData.entry);
}
