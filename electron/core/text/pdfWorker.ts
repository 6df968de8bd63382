/**
 * The pdf.js worker thread. pdf.js can spin for minutes in a synchronous loop on a hostile file,
 * and a Promise.race timeout cannot stop that; a worker thread can be terminated. All parsing
 * of PDFs (pdf.js and pdf-lib) happens here, one document at a time.
 */
import { parentPort } from 'node:worker_threads';
import { PDFDocument } from '@cantoo/pdf-lib';
import { makePdfCopy } from './pdfCopy.ts';
import { loadPdfjs, pdfjsDocumentOptions, type PdfjsDocument } from './pdfjs.ts';
import { isUsableText, pageText, pageTextAndLayout } from './pdfText.ts';
import type { OpenedPdf, PdfInfo, PdfReply, PdfRequest, WorkerFailure } from './pdfWorkerProtocol.ts';
import { MAX_RASTER_PAGES, rasterCopy } from './pdfRaster.ts';
import { OCR_DPI, renderPageGrey, renderPageImage } from './renderPage.ts';
import { plainScanJpeg } from './scanImage.ts';
import type { ErrorCode } from '../../../shared/errors.ts';

const port = parentPort!;
let doc: PdfjsDocument | undefined;
/** The open document's bytes, and pdf-lib's reading of them once a plain scan is asked for. */
let openBytes: Uint8Array | undefined;
let scanDoc: Promise<PDFDocument | undefined> | undefined;

/** pdf.js reports repairs as console warnings; we listen instead of printing them. */
const warnings: string[] = [];
console.warn = (...args: unknown[]) => {
  if (warnings.length < 200) warnings.push(args.map(String).join(' '));
};
console.log = console.warn;

const failure = (code: ErrorCode, detail: string): WorkerFailure => ({ ok: false, code, detail });

function passwordFailure(e: unknown): WorkerFailure | undefined {
  const err = e as { name?: string; code?: number };
  if (err?.name !== 'PasswordException') return undefined;
  // pdf.js PasswordResponses: 1 = a password is needed, 2 = the one given is wrong.
  return err.code === 2
    ? failure('pdf-password-wrong', 'wrong password')
    : failure('pdf-password-needed', 'needs password');
}

function openFailure(e: unknown, bytes: Uint8Array): WorkerFailure {
  const pw = passwordFailure(e);
  if (pw) return pw;
  const err = e as Error;
  if (err?.name === 'InvalidPDFException')
    return failure(looksTruncated(bytes) && hasObjects(bytes) ? 'pdf-truncated' : 'pdf-invalid', err.message);
  return failure('pdf-unreadable', `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`);
}

/** One pdf.js worker-side setup for every document this thread opens: ~3 ms less per file. */
let pdfjsWorker: InstanceType<Awaited<ReturnType<typeof loadPdfjs>>['PDFWorker']> | undefined;

async function openDocument(bytes: Uint8Array, password: string | undefined): Promise<PdfjsDocument> {
  const pdfjs = await loadPdfjs();
  pdfjsWorker ??= new pdfjs.PDFWorker();
  // pdf.js may take ownership of the buffer it is given; keep the caller's bytes intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    worker: pdfjsWorker,
    ...(password !== undefined ? { password } : {}),
    ...pdfjsDocumentOptions(),
  });
  return task.promise;
}

function infoFrom(raw: Record<string, unknown>, toDate: (s: string) => Date | null): PdfInfo {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const info: PdfInfo = {};
  const title = str(raw.Title);
  const author = str(raw.Author);
  if (title) info.title = title;
  if (author) info.author = author;
  const created = str(raw.CreationDate);
  const date = created ? toDate(created) : null;
  if (date && !Number.isNaN(date.getTime())) info.created = date.toISOString().slice(0, 10);
  return info;
}

/** A PDF is "cut short" if it has no %%EOF near its end (every writer puts one there). */
function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return !tail.includes('%%EOF');
}

/** Whether there is any PDF object at all, or just a PDF header on something else. */
function hasObjects(bytes: Uint8Array): boolean {
  return /\d+\s+\d+\s+obj\b/.test(Buffer.from(bytes.subarray(0, 1024 * 1024)).toString('latin1'));
}

async function open(id: number, bytes: Uint8Array, password: string | undefined): Promise<OpenedPdf> {
  warnings.length = 0;
  await closeDocument();
  doc = await openDocument(bytes, password);
  openBytes = bytes;
  const pdfjs = await loadPdfjs();
  const numPages = doc.numPages;
  const pages: OpenedPdf['pages'] = [];
  for (let n = 1; n <= numPages; n++) {
    try {
      const page = await doc.getPage(n);
      try {
        const { text, items } = await pageTextAndLayout(page);
        pages.push({ text, usable: isUsableText(text), items });
      } catch {
        // The page exists but its text cannot be read: it may still render, so OCR it.
        pages.push({ text: '', usable: false });
      } finally {
        page.cleanup();
      }
    } catch {
      pages.push({ text: '', usable: false, failed: true });
    }
    port.postMessage({ id, type: 'progress', done: n, total: numPages } satisfies PdfReply);
  }
  let info: PdfInfo = {};
  try {
    const meta = await doc.getMetadata();
    info = infoFrom(meta.info as Record<string, unknown>, (s) => pdfjs.PDFDateString.toDateObject(s));
  } catch {
    // Metadata is a nicety; a broken Info dictionary must not stop the import.
  }
  const permissions = await doc.getPermissions().catch(() => null);
  const encrypted =
    permissions !== null || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
  const damaged =
    looksTruncated(bytes) || warnings.some((w) => /Indexing all PDF objects|XRef|xref|startxref/i.test(w));
  return { numPages, pages, info, encrypted, damaged };
}

async function closeDocument(): Promise<void> {
  const d = doc;
  doc = undefined;
  openBytes = undefined;
  scanDoc = undefined;
  if (d) await d.destroy().catch(() => undefined);
}

/** Opens a decrypted or repaired copy in pdf.js to prove it has the same pages as the original. */
async function verifyCopy(
  copy: Uint8Array,
  expectPages: number | undefined,
  firstPageText: string,
): Promise<string | undefined> {
  let check: PdfjsDocument | undefined;
  try {
    check = await openDocument(copy, undefined);
    if (expectPages === undefined ? check.numPages < 1 : check.numPages !== expectPages) {
      return `copy has ${check.numPages} pages, original ${expectPages ?? 'unknown'}`;
    }
    if (firstPageText) {
      const page = await check.getPage(1);
      const text = await pageText(page);
      page.cleanup();
      // Copying an encrypted file without decrypting keeps the page count but scrambles text.
      if (text !== firstPageText) return 'text of the copy differs from the original';
    }
    return undefined;
  } catch (e) {
    return `copy does not open: ${(e as Error).message}`;
  } finally {
    await check?.destroy().catch(() => undefined);
  }
}

async function handle(id: number, req: PdfRequest): Promise<{ ok: true; value: unknown } | WorkerFailure> {
  switch (req.op) {
    case 'open':
      try {
        return { ok: true, value: await open(id, req.bytes, req.password) };
      } catch (e) {
        await closeDocument();
        return openFailure(e, req.bytes);
      }
    case 'copy': {
      const made = await makePdfCopy(req.bytes, req.password);
      if (!made.ok) return made;
      const problem = await verifyCopy(made.bytes, req.expectPages, req.firstPageText);
      return problem ? failure('pdf-copy-mismatch', problem) : { ok: true, value: made.bytes };
    }
    case 'render': {
      if (!doc) return failure('pdf-not-open', 'no document open');
      const page = await doc.getPage(req.page);
      return {
        ok: true,
        value: req.grey
          ? await renderPageGrey(doc, page, req.dpi ?? OCR_DPI)
          : await renderPageImage(doc, page, req.dpi),
      };
    }
    case 'scan': {
      if (!openBytes) return failure('pdf-not-open', 'no document open');
      const bytes = openBytes;
      scanDoc ??= PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }).catch(() => undefined);
      const pdf = await scanDoc;
      try {
        return { ok: true, value: (pdf && plainScanJpeg(pdf, req.page - 1)) ?? null };
      } catch {
        return { ok: true, value: null }; // a stream pdf-lib cannot decode: pdf.js draws the page
      }
    }
    case 'raster': {
      if (!doc) return failure('pdf-not-open', 'no document open');
      if (doc.numPages > MAX_RASTER_PAGES)
        return failure('pdf-copy-failed', `${doc.numPages} pages is too many for a picture copy`);
      const copy = await rasterCopy(doc, (done, total) =>
        port.postMessage({ id, type: 'progress', done, total } satisfies PdfReply),
      );
      const problem = await verifyCopy(copy, doc.numPages, '');
      return problem ? failure('pdf-copy-mismatch', problem) : { ok: true, value: copy };
    }
    case 'close':
      await closeDocument();
      return { ok: true, value: null };
  }
}

port.on('message', (msg: { id: number; req: PdfRequest }) => {
  handle(msg.id, msg.req)
    .catch((e: unknown) => failure('pdf-worker-error', (e as Error)?.message ?? String(e)))
    .then((result) => port.postMessage({ id: msg.id, type: 'done', result } satisfies PdfReply));
});
