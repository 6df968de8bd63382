import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { readBlob } from '../store/blobs.ts';
import { getPages, getRenditionSha, setPageCount, setRendition } from '../store/documents.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { emailPages } from './emailPages.ts';
import { imagePages } from './imagePages.ts';
import { rasterisePdf } from './rasterise.ts';
import type { PlacedWord } from './textLayer.ts';

/** Invisible text to lay over one page (scans), or undefined when the page has its own text. */
export type PageLayer = { words?: PlacedWord[]; text?: string } | undefined;

/** One document ready to copy into the bundle, or the reason it cannot be. */
export type Prepared =
  | { ok: true; pdf: PDFDocument; layers: PageLayer[]; note?: string; rasterised?: boolean }
  | { ok: false; reason: string };

export interface PrepareContext {
  store: CaseStore;
  renderer?: DocxRenderer;
  ocr?: OcrEngine;
  signal?: AbortSignal;
}

/** The PDF to bundle: the decrypted/repaired/rendered rendition when there is one, else the file. */
function pdfBytes(store: CaseStore, doc: DocumentSummary): Uint8Array {
  return readBlob(store.dir, getRenditionSha(store, doc.documentId, 'pdf') ?? doc.sha256);
}

/** OCR text stored at import, for pages that were scans (they have no text of their own). */
function scanLayers(store: CaseStore, doc: DocumentSummary, count: number): PageLayer[] {
  const pages = doc.ocrPages > 0 ? getPages(store, doc.documentId) : [];
  return Array.from({ length: count }, (_, i) => {
    const p = pages[i];
    return p?.ocr && p.text.trim() ? { text: p.text } : undefined;
  });
}

/**
 * Loads a PDF for copying. Owner-password files open with the empty user password, which
 * decrypts them (never `ignoreEncryption`, which copies pages still encrypted and unreadable,
 * ../shared/STACK.md). A file pdf-lib refuses is loaded leniently (invalid objects skipped); when
 * that still fails or loses pages, pdf.js redraws the pages as images.
 */
export async function preparePdf(
  bytes: Uint8Array,
  doc: DocumentSummary,
  ctx: PrepareContext,
  expected = doc.pages,
): Promise<Prepared> {
  let note: string | undefined;
  let why = '';
  const open = async (lenient: boolean): Promise<PDFDocument | undefined> => {
    try {
      // Fastest: parse without yielding every 100 objects; the build runs in a worker thread.
      // The fork defaults to skipping invalid objects, so ask for strictness first to know
      // when a file was actually repaired.
      const pdf = await PDFDocument.load(bytes, {
        password: '',
        updateMetadata: false,
        parseSpeed: ParseSpeeds.Fastest,
        throwOnInvalidObject: !lenient,
      });
      // Counting walks the page tree: a broken tree throws here rather than at copy time.
      return pdf.getPageCount() === expected ? pdf : undefined;
    } catch (e) {
      why = (e as Error).message;
      return undefined;
    }
  };
  let pdf = await open(false);
  if (!pdf) {
    pdf = await open(true);
    if (pdf) note = 'repaired: damaged parts of the file were skipped';
  }
  if (pdf) return { ok: true, pdf, layers: scanLayers(ctx.store, doc, expected), ...(note ? { note } : {}) };
  if (/password/i.test(why)) {
    return {
      ok: false,
      reason: 'This PDF is password-protected. Open it with its password, print it to a new PDF, and import the copy.',
    };
  }
  return rasteriseDocument(bytes, doc, ctx, expected);
}

/** The last resort before leaving a document out: every page as a picture with a text layer. */
export async function rasteriseDocument(
  bytes: Uint8Array,
  doc: DocumentSummary,
  ctx: PrepareContext,
  expected = doc.pages,
): Promise<Prepared> {
  const pages = getPages(ctx.store, doc.documentId);
  const r = await rasterisePdf(bytes, expected, (n) => pages[n - 1]?.text ?? '', ctx.ocr, ctx.signal);
  if ('error' in r)
    return {
      ok: false,
      reason: `This PDF is damaged and could not be put in the bundle: ${r.error}. Try opening it and printing it to a new PDF, then import the copy.`,
    };
  return {
    ok: true,
    pdf: r.pdf,
    layers: r.layers,
    rasterised: true,
    note: 'shown as pictures of its pages: the file is damaged',
  };
}

async function prepareDocx(doc: DocumentSummary, ctx: PrepareContext): Promise<Prepared> {
  const sha = getRenditionSha(ctx.store, doc.documentId, 'pdf');
  let bytes = sha ? readBlob(ctx.store.dir, sha) : undefined;
  if (!bytes) {
    if (!ctx.renderer) {
      return {
        ok: false,
        reason:
          'Word documents need a program to turn them into PDF pages, and none was found. Install LibreOffice or Chromium, or open the file in Word, save it as PDF and import that.',
      };
    }
    try {
      bytes = await ctx.renderer.render(readBlob(ctx.store.dir, doc.sha256), doc.fileName);
    } catch (e) {
      return {
        ok: false,
        reason: `${ctx.renderer.name} could not turn this Word document into PDF pages (${(e as Error).message}). Open it in Word, save it as PDF and import that.`,
      };
    }
    // Kept with the document so the next build (and the viewer) reuse it.
    setRendition(ctx.store, doc.documentId, 'pdf', bytes);
  }
  const pageCount = await PDFDocument.load(bytes, { updateMetadata: false }).then(
    (d) => d.getPageCount(),
    () => 0,
  );
  // The rendering is the true count: the document list and the meters show it from now on.
  if (pageCount > 0 && (doc.pagesEstimated || doc.pages !== pageCount))
    setPageCount(ctx.store, doc.documentId, pageCount);
  const prepared = await preparePdf(bytes, doc, ctx, pageCount || doc.pages);
  return prepared.ok
    ? {
        ...prepared,
        note: prepared.note ?? `rendered from Word${ctx.renderer && !sha ? ` by ${ctx.renderer.name}` : ''}`,
      }
    : prepared;
}

/** Every kind of document as PDF pages, or a reason a parent can act on. */
export async function prepareDocument(doc: DocumentSummary, ctx: PrepareContext): Promise<Prepared> {
  switch (doc.sourceType) {
    case 'pdf':
      return preparePdf(pdfBytes(ctx.store, doc), doc, ctx);
    case 'docx':
      return prepareDocx(doc, ctx);
    case 'image': {
      const sha = getRenditionSha(ctx.store, doc.documentId, 'image') ?? doc.sha256;
      return imagePages(readBlob(ctx.store.dir, sha), doc, scanLayers(ctx.store, doc, doc.pages));
    }
    case 'email': {
      const sha = getRenditionSha(ctx.store, doc.documentId, 'pdf');
      if (sha) return preparePdf(readBlob(ctx.store.dir, sha), doc, ctx);
      return emailPages(doc, getPages(ctx.store, doc.documentId));
    }
  }
}
