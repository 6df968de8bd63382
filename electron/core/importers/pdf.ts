import { fail, ok } from '../../../shared/result.ts';
import type { Failure } from '../../../shared/result.ts';
import type { PdfLayout } from '../../../shared/importStructure.ts';
import { ocrLayoutItems } from '../text/ocrLayout.ts';
import { PdfSession } from '../text/pdfWorkerClient.ts';
import type { OpenedPdf, WorkerFailure } from '../text/pdfWorkerProtocol.ts';
import { pdfFileMetadata } from './pdfMetadata.ts';
import { pdfFailure } from './pdfMessages.ts';
import { checkRepair } from './pdfRepairCheck.ts';
import type { ImportContext, ImportInput, ImportResult, Importer } from './types.ts';

export interface PdfImportOptions {
  /** OCR pages without a usable text layer (default). Off only where OCR is measured apart. */
  ocr?: boolean;
  /** How long pdf.js may go without progress before the file is given up on. */
  stallMs?: number;
}

type Session = PdfSession;

const hasLetters = (s: string) => /[\p{L}\p{N}]/u.test(s);

async function openPdf(session: Session, input: ImportInput, ctx: ImportContext) {
  const onPage = (done: number, total: number) => ctx.onPage?.(done, total, 'text');
  const first = await session.request<OpenedPdf>(
    { op: 'open', bytes: input.bytes, ...(input.password !== undefined ? { password: input.password } : {}) },
    onPage,
  );
  if (first.ok || first.code !== 'pdf-password-wrong') return { opened: first, password: input.password };
  // One password is given for a whole batch of files; for a file it does not fit, it may not
  // need one at all (owner-password-only files open without).
  const plain = await session.request<OpenedPdf>({ op: 'open', bytes: input.bytes }, onPage);
  return plain.ok ? { opened: plain, password: undefined } : { opened: first, password: input.password };
}

/**
 * A decrypted and/or repaired copy for the bundle, or undefined when the original serves. The
 * copy is proved in pdf.js to have the same page count (and first-page text) as the original.
 */
async function cleanCopy(
  session: Session,
  input: ImportInput,
  doc: OpenedPdf,
  password: string | undefined,
): Promise<{ bytes: Uint8Array; text?: string[] } | Failure | undefined> {
  if (!doc.encrypted && !doc.damaged) return undefined;
  const first = doc.pages[0];
  const copy = await session.request<Uint8Array>({
    op: 'copy',
    bytes: input.bytes,
    ...(password !== undefined ? { password } : {}),
    expectPages: doc.numPages,
    firstPageText: first?.usable ? first.text : '',
  });
  if (copy.ok) {
    if (!doc.damaged) return { bytes: copy.value };
    // What pdf.js reads of the repaired copy, to compare with the original page by page.
    const reread = await session.request<OpenedPdf>({ op: 'open', bytes: copy.value });
    return { bytes: copy.value, text: reread.ok ? reread.value.pages.map((p) => p.text) : [] };
  }
  if (copy.code === 'cancelled' || copy.code === 'pdf-timeout') return pdfFailure(copy);
  // pdf.js reads the file but pdf-lib cannot copy it: the bundle gets the pages as pictures.
  const raster = await session.request<Uint8Array>({ op: 'raster' });
  if (raster.ok) return { bytes: raster.value, text: [] };
  if (raster.code === 'cancelled' || raster.code === 'pdf-timeout' || raster.code === 'pdf-too-big')
    return pdfFailure(raster);
  return pdfFailure({
    ok: false,
    code: doc.encrypted ? 'pdf-decrypt-failed' : 'pdf-repair-failed',
    detail: `${copy.detail}; ${raster.detail}`,
  });
}

/** Failures where pdf.js found no usable structure, but pdf-lib may still rebuild the file. */
const RESCUABLE = new Set(['pdf-invalid', 'pdf-truncated', 'pdf-unreadable']);

/**
 * pdf.js cannot open some files that lost their end (the trailer of a half-finished download);
 * pdf-lib can often rebuild them by scanning for objects. The rebuilt copy is then read instead,
 * and kept as the `pdf` rendition.
 */
async function rescue(
  session: Session,
  input: ImportInput,
  ctx: ImportContext,
): Promise<{ doc: OpenedPdf; copy: Uint8Array } | undefined> {
  const copy = await session.request<Uint8Array>({ op: 'copy', bytes: input.bytes, firstPageText: '' });
  if (!copy.ok) return undefined;
  const reopened = await session.request<OpenedPdf>({ op: 'open', bytes: copy.value }, (d, t) =>
    ctx.onPage?.(d, t, 'text'),
  );
  return reopened.ok ? { doc: reopened.value, copy: copy.value } : undefined;
}

async function readPdf(
  session: Session,
  input: ImportInput,
  ctx: ImportContext,
  opts: PdfImportOptions,
): Promise<ImportResult> {
  const { opened, password } = await openPdf(session, input, ctx);
  let doc: OpenedPdf;
  let copy: Uint8Array | undefined;
  /** Set for a repaired file: the original's text (when it opened) and the copy's, to compare. */
  let repaired: { original?: string[]; copy: string[] } | undefined;
  if (opened.ok) {
    doc = opened.value;
    const broken = doc.pages.findIndex((p) => p.failed);
    if (broken >= 0)
      return pdfFailure({ ok: false, code: 'pdf-page-unreadable', detail: `${broken + 1} of ${doc.numPages}` });
    const clean = await cleanCopy(session, input, doc, password);
    if (clean && 'ok' in clean) return clean;
    copy = clean?.bytes;
    if (clean?.text) repaired = { original: doc.pages.map((p) => p.text), copy: clean.text };
  } else {
    const rescued = RESCUABLE.has(opened.code) ? await rescue(session, input, ctx) : undefined;
    if (!rescued) return pdfFailure(opened);
    ({ doc, copy } = rescued);
    if (doc.pages.some((p) => p.failed)) return pdfFailure(opened);
    repaired = { copy: doc.pages.map((p) => p.text) };
  }

  const pages = doc.pages.map((p) => ({ text: p.text, ocr: false }));
  const layout: PdfLayout = {
    format: 'pdf-layout/1',
    pages: doc.pages.map((p, i) => ({ page: i + 1, source: 'text', items: p.items ?? [] })),
  };
  const toOcr = opts.ocr === false ? [] : doc.pages.flatMap((p, i) => (p.usable ? [] : [i]));
  for (const [done, i] of toOcr.entries()) {
    if (ctx.signal?.aborted) return fail('cancelled', 'Import was cancelled. Nothing from this file was stored.');
    const image = await session.request<Uint8Array>({ op: 'render', page: i + 1 });
    if (!image.ok) {
      if (image.code === 'cancelled' || image.code === 'pdf-timeout' || image.code === 'pdf-too-big')
        return pdfFailure(image);
      continue; // An unrenderable page keeps whatever text layer it had.
    }
    const read = await ctx.ocr.recognise(image.value);
    const text = read.text.trim();
    // The text layer was already judged unusable (empty, a stamp, or glyph codes): OCR wins
    // unless it read nothing at all from the page.
    if (hasLetters(text) || !hasLetters(pages[i]!.text)) {
      pages[i] = { text, ocr: true };
      layout.pages[i] = { page: i + 1, source: 'ocr', items: ocrLayoutItems(read.words) };
    }
    ctx.onPage?.(done + 1, toOcr.length, 'ocr');
  }

  const verdict = repaired
    ? checkRepair({ ...repaired, final: pages.map((p) => p.text), ocred: opts.ocr !== false })
    : undefined;
  if (verdict?.refuse)
    return pdfFailure({
      ok: false,
      code: 'pdf-repair-failed',
      detail: 'no readable text on any page of the repaired copy',
    });
  return ok({
    sourceType: 'pdf',
    pages,
    ...(verdict && !verdict.refuse ? { warnings: [verdict.warning] } : {}),
    ...(copy ? { renditions: { pdf: copy } } : {}),
    structure: layout,
    metadata: pdfFileMetadata(doc.info, input.fileName),
  });
}

/** Builds a PDF importer; `importPdf` is the one the app uses. */
export function createPdfImporter(opts: PdfImportOptions = {}): Importer {
  return async (input, ctx) => {
    const session = PdfSession.start({
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(opts.stallMs ? { stallMs: opts.stallMs } : {}),
    });
    try {
      return await readPdf(session, input, ctx, opts);
    } finally {
      await session.close();
    }
  };
}

/**
 * Text per page from pdf.js; scanned pages OCRed; password-protected files opened with the
 * password given; damaged files repaired; encrypted or repaired files get a clean copy as the
 * `pdf` rendition, proved to have the same pages as the original.
 */
export const importPdf: Importer = createPdfImporter();

export type { WorkerFailure };
