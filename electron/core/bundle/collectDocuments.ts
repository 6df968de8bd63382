import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import type { BundleExcluded, BundleWarning, PlannedDocument } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { flattenAnnotations } from './annotations.ts';
import { balanceContent } from './contentBalance.ts';
import { fitPageToA4 } from './pageGeometry.ts';
import {
  type PageLayer,
  pdfBytes,
  type PrepareContext,
  type Prepared,
  prepareDocument,
  rasteriseDocument,
  type Rendering,
} from './preparedDocument.ts';
import type { PlacedSection } from './placement.ts';

/** A document's pages, copied into the output but not yet placed. */
export interface CollectedDocument {
  planned: PlannedDocument;
  pages: PDFPage[];
  /** Invisible text for each page that has none of its own (scans, pictures): laid on when stamping. */
  layers: PageLayer[];
  note?: string;
  rasterised?: boolean;
}

export interface CollectedSection {
  section: PlacedSection;
  documents: CollectedDocument[];
}

export interface Collection {
  sections: CollectedSection[];
  excluded: BundleExcluded[];
  warnings: BundleWarning[];
  /** Word documents rendered (or found to have a different page count) on the way. */
  renderings: Rendering[];
}

export interface CollectHooks {
  /** Documents left out before starting (a previous attempt hung on them), with the reason. */
  skip?: ReadonlyMap<number, string>;
  /** Called as each document starts, so a watchdog outside this thread can time it. */
  onDocumentStart?: (documentId: number) => void;
}

function timeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<T>((res) => {
    timer = setTimeout(() => res(onTimeout()), ms);
  });
  return Promise.race([work, t]).finally(() => clearTimeout(timer));
}

async function copyInto(out: PDFDocument, prepared: Extract<Prepared, { ok: true }>): Promise<PDFPage[]> {
  const pages = await out.copyPages(prepared.pdf, prepared.pdf.getPageIndices());
  for (const p of pages) {
    // Before anything is drawn around it: its own saves and restores in balance, then its
    // annotations drawn in as content, so every reader shows (and scales) them alike.
    balanceContent(p);
    flattenAnnotations(p);
    fitPageToA4(p);
  }
  return pages;
}

/**
 * The prepare stage: copies every placed document's pages into `out`, one document at a time,
 * each within its own time limit: a document that fails or hangs is listed in `excluded` with the
 * reason and the rest of the bundle still builds. Pages pdf-lib cannot copy are redrawn as
 * pictures (pdf.js).
 */
export async function collectDocuments(
  out: PDFDocument,
  sections: PlacedSection[],
  docs: ReadonlyMap<number, DocumentSummary>,
  ctx: PrepareContext,
  timeoutMs: number,
  job: JobOptions,
  hooks: CollectHooks = {},
): Promise<Collection> {
  const excluded: BundleExcluded[] = [];
  const warnings: BundleWarning[] = [];
  const renderings: Rendering[] = [];
  const total = sections.reduce((n, s) => n + s.documents.length, 0);
  let done = 0;
  const result: CollectedSection[] = [];
  for (const section of sections) {
    const collected: CollectedDocument[] = [];
    for (const planned of section.documents) {
      const doc = docs.get(planned.documentId)!;
      if (job.signal?.aborted) throw new DOMException('The bundle build was cancelled.', 'AbortError');
      job.onProgress?.({ message: `Adding ${doc.title}`, done, total, item: doc.fileName });
      done += 1;
      const exclude = (reason: string) => excluded.push({ documentId: doc.documentId, fileName: doc.fileName, reason });
      const skipped = hooks.skip?.get(doc.documentId);
      if (skipped) {
        exclude(skipped);
        continue;
      }
      hooks.onDocumentStart?.(doc.documentId);
      const work = async (): Promise<CollectedDocument | string> => {
        let prepared = await prepareDocument(doc, ctx);
        if (!prepared.ok) return prepared.reason;
        // Kept whatever happens next: the rendering is right even if the copy fails.
        if (prepared.rendering) renderings.push(prepared.rendering);
        try {
          return {
            planned,
            pages: await copyInto(out, prepared),
            layers: prepared.layers,
            ...(prepared.note ? { note: prepared.note } : {}),
            ...(prepared.rasterised ? { rasterised: true } : {}),
          };
        } catch (e) {
          if (prepared.rasterised || doc.sourceType === 'image') throw e;
          // pdf-lib read the file but cannot copy a page (a broken object inside): draw it instead.
          const bytes = prepared.rendering?.pdf ?? pdfBytes(ctx.source, doc);
          prepared = await rasteriseDocument(bytes, doc, ctx, prepared.pdf.getPageCount());
          if (!prepared.ok) return prepared.reason;
          return {
            planned,
            pages: await copyInto(out, prepared),
            layers: prepared.layers,
            note: prepared.note ?? '',
            rasterised: true,
          };
        }
      };
      const got = await timeout(
        work().catch(
          (e: unknown) =>
            `Casebook could not add this document because of an unexpected error (${(e as Error).message}).`,
        ),
        timeoutMs,
        () =>
          `Adding this document took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was left out. It may be damaged; try opening it and printing it to a new PDF.`,
      );
      if (typeof got === 'string') {
        exclude(got);
        continue;
      }
      if (got.rasterised) {
        warnings.push({
          code: 'rasterised',
          message: `"${doc.title}" is damaged: its pages are in the bundle as pictures, with searchable text laid over them. Check them and, if you can, get a clean copy.`,
          documentIds: [doc.documentId],
        });
      } else if (got.note?.startsWith('repaired')) {
        warnings.push({
          code: 'repaired',
          message: `"${doc.title}" was damaged and has been repaired for the bundle. Check its pages.`,
          documentIds: [doc.documentId],
        });
      }
      collected.push({ ...got, planned: { ...planned, pages: got.pages.length } });
    }
    result.push({ section, documents: collected });
  }
  return { sections: result, excluded, warnings, renderings };
}
