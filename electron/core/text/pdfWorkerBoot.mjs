// Worker entry. pdf.js is loaded here, natively, before the worker module:
// - from TypeScript sources (tests, the CLI under tsx) the worker module goes through tsx,
//   because Node 20 does not pass --import hooks to a worker's entry file; pdf.js (~5 MB of
//   JavaScript) through tsx's hooks would cost ~400 MB more memory (transforms, source maps);
// - pdf.js's own worker half is preloaded as `globalThis.pdfjsWorker`, which pdf.js uses instead
//   of importing it later (after pdfjs.ts has undone its core-js Array.push polyfill).
// A bundled build points `entry` straight at compiled JavaScript.
import { workerData } from 'node:worker_threads';

globalThis.casebookNativePush = Array.prototype.push;
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
globalThis.casebookPdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

if (workerData.entry.endsWith('.ts')) {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData.entry, import.meta.url);
} else {
  await import(workerData.entry);
}
