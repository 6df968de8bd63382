import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { DocumentSummary, PageText } from '../../../shared/documents.ts';
import type { RenditionPurpose } from '../store/documents.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { emailPages } from './emailPages.ts';
import { imagePages } from './imagePages.ts';
import { rasterisePdf } from './rasterise.ts';
import type { PlacedWord } from './textLayer.ts';

/** Invisible text to lay over one page (scans), or undefined when the page has its own text. */
export type PageLayer = { words?: PlacedWord[]; text?: string } | undefined;

/**
 * What a build learned about a Word document by rendering it: its PDF pages (kept with the
 * document, so the next build and the viewer reuse them) and its true page count.
 */
export interface Rendering {
  documentId: number;
  pdf?: Uint8Array;
  pages?: number;
}

/** One document ready to copy into the bundle, or the reason it cannot be. */
export type Prepared =
  | {
      ok: true;
      pdf: PDFDocument;
      layers: PageLayer[];
      note?: string;
      rasterised?: boolean;
      rendering?: Rendering;
    }
  | { ok: false; reason: string };

/** The documents' stored text and files, as data: no database behind it. */
export interface DocumentSource {
  pages: ReadonlyMap<number, PageText[]>;
  renditions: ReadonlyMap<number, Partial<Record<RenditionPurpose, string>>>;
  readBlob: (sha256: string) => Uint8Array;
}

export interface PrepareContext {
  source: DocumentSource;
  renderer?: DocxRenderer;
  ocr?: OcrEngine;
  signal?: AbortSignal;
}

const renditionOf = (source: DocumentSource, doc: DocumentSummary, purpose: RenditionPurpose) =>
  source.renditions.get(doc.documentId)?.[purpose];
const pagesOf = (source: DocumentSource, doc: DocumentSummary) => source.pages.get(doc.documentId) ?? [];

/** The PDF to bundle: the decrypted/repaired/rendered rendition when there is one, else the file. */
export function pdfBytes(source: DocumentSource, doc: DocumentSummary): Uint8Array {
  return source.readBlob(renditionOf(source, doc, 'pdf') ?? doc.sha256);
}

/** OCR text stored at import, for pages that were scans (they have no text of their own). */
function scanLayers(source: DocumentSource, doc: DocumentSummary, count: number): PageLayer[] {
  const pages = doc.ocrPages > 0 ? pagesOf(source, doc) : [];
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
  if (pdf) return { ok: true, pdf, layers: scanLayers(ctx.source, doc, expected), ...(note ? { note } : {}) };
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
  const pages = pagesOf(ctx.source, doc);
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
  const sha = renditionOf(ctx.source, doc, 'pdf');
  let bytes = sha ? ctx.source.readBlob(sha) : undefined;
  const rendering: Rendering = { documentId: doc.documentId };
  if (!bytes) {
    if (!ctx.renderer) {
      return {
        ok: false,
        reason:
          'Word documents need a program to turn them into PDF pages, and none was found. Install LibreOffice or Chromium, or open the file in Word, save it as PDF and import that.',
      };
    }
    try {
      bytes = await ctx.renderer.render(ctx.source.readBlob(doc.sha256), doc.fileName);
    } catch (e) {
      return {
        ok: false,
        reason: `${ctx.renderer.name} could not turn this Word document into PDF pages (${(e as Error).message}). Open it in Word, save it as PDF and import that.`,
      };
    }
    rendering.pdf = bytes;
  }
  const pageCount = await PDFDocument.load(bytes, { updateMetadata: false }).then(
    (d) => d.getPageCount(),
    () => 0,
  );
  // The rendering is the true count: the document list and the meters show it from now on.
  if (pageCount > 0 && (doc.pagesEstimated || doc.pages !== pageCount)) rendering.pages = pageCount;
  const prepared = await preparePdf(bytes, doc, ctx, pageCount || doc.pages);
  return prepared.ok
    ? {
        ...prepared,
        note: prepared.note ?? `rendered from Word${ctx.renderer && !sha ? ` by ${ctx.renderer.name}` : ''}`,
        ...(rendering.pdf || rendering.pages ? { rendering } : {}),
      }
    : prepared;
}

/** Every kind of document as PDF pages, or a reason a parent can act on. */
export async function prepareDocument(doc: DocumentSummary, ctx: PrepareContext): Promise<Prepared> {
  switch (doc.sourceType) {
    case 'pdf':
      return preparePdf(pdfBytes(ctx.source, doc), doc, ctx);
    case 'docx':
      return prepareDocx(doc, ctx);
    case 'image': {
      const bytes = ctx.source.readBlob(renditionOf(ctx.source, doc, 'image') ?? doc.sha256);
      return imagePages(bytes, doc, scanLayers(ctx.source, doc, doc.pages));
    }
    case 'email': {
      const sha = renditionOf(ctx.source, doc, 'pdf');
      if (sha) return preparePdf(ctx.source.readBlob(sha), doc, ctx);
      return emailPages(doc, pagesOf(ctx.source, doc));
    }
  }
}
