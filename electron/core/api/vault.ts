import type { KeyDate, vaultCalls } from '../../../shared/contract/vault.ts';
import { DocumentKind, DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../../shared/documents.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { caseTimeline } from '../deadlines/caseTimeline.ts';
import { getCaseInfo, initCase, updateCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { readBlob } from '../store/blobs.ts';
import {
  deleteDocument,
  getDocument,
  getPages,
  getRenditionSha,
  listDocuments,
  restoreDocument,
  updateDocumentMetadata,
} from '../store/documents.ts';
import { checkCaseDir } from '../store/check.ts';
import { planPurge, purge } from '../store/purge.ts';
import { unlinkDocuments } from '../store/documentLinks.ts';
import { searchCase } from '../store/search.ts';
import { rememberCase } from './recentCases.ts';
import type { HandlerContext, HandlersFor } from './types.ts';

const noDocument = (id: number) =>
  fail('not-found', `Document ${id} is not in this case any more. It may have been deleted; refresh the list.`);

function withDoc<T>(
  ctx: HandlerContext,
  caseDir: string,
  id: number,
  fn: (store: CaseStore, doc: DocumentSummary) => Result<T>,
): Result<T> {
  const store = ctx.store(caseDir);
  if (!store.ok) return store;
  const doc = getDocument(store.value, id);
  return doc ? fn(store.value, doc) : noDocument(id);
}

/** Browsers show PNG and JPEG everywhere; other formats are shown through their PDF copy. */
function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return undefined;
}

const PASSWORD_CODES: Record<string, 'needed' | 'wrong'> = {
  'pdf-password-needed': 'needed',
  'pdf-password-wrong': 'wrong',
};
function passwordProblemOf(o: { status: string; code?: string }): { passwordProblem?: 'needed' | 'wrong' } {
  const problem = o.status === 'rejected' && o.code ? PASSWORD_CODES[o.code] : undefined;
  return problem ? { passwordProblem: problem } : {};
}

/** The dates a parent needs in view: the plan being appealed, the decision, the latest evidence. */
export function keyDatesOf(docs: DocumentSummary[]): KeyDate[] {
  const latest = (kind: DocumentKind) =>
    docs.filter((d) => d.kind === kind && d.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  const picks: [string, DocumentSummary | undefined][] = [
    ['Date of the latest EHC plan', latest('plan')],
    ['Date of the decision letter', latest('decision-letter')],
    ['Date of the mediation certificate', latest('mediation-certificate')],
    ['Date of the newest professional report', latest('report')],
  ];
  return picks
    .filter((p): p is [string, DocumentSummary] => p[1]?.date !== undefined)
    .map(([label, d]) => ({ label, date: d.date as string, documentId: d.documentId }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export const vaultHandlers: HandlersFor<typeof vaultCalls> = {
  createCase: ({ caseDir, childName, localAuthority }, ctx) => {
    const made = initCase(caseDir, { childName, ...(localAuthority ? { localAuthority } : {}) });
    if (!made.ok) return made;
    ctx.adopt(made.value);
    const info = getCaseInfo(made.value);
    rememberCase(ctx.options.appDataDir, {
      caseDir: made.value.dir,
      childName: info.childName,
      ...(info.localAuthority ? { localAuthority: info.localAuthority } : {}),
    });
    return ok(info);
  },
  getCase: ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok(getCaseInfo(store.value)) : store;
  },
  updateCase: ({ caseDir, ...patch }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    updateCaseInfo(store.value, patch);
    return ok(getCaseInfo(store.value));
  },
  getCaseOverview: ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const docs = listDocuments(store.value);
    const countsByKind = Object.fromEntries(
      DocumentKind.options.map((k) => [k, docs.filter((d) => d.kind === k).length]),
    ) as Record<keyof typeof DOCUMENT_KIND_LABELS, number>;
    return ok({
      caseDir: store.value.dir,
      info: getCaseInfo(store.value),
      documentCount: docs.length,
      pageCount: docs.reduce((n, d) => n + d.pages, 0),
      countsByKind,
      keyDates: keyDatesOf(docs),
      deadlines: caseTimeline(store.value).deadlines.filter((d) => d.status !== 'met'),
    });
  },
  listDocuments: ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok(listDocuments(store.value)) : store;
  },
  getDocument: ({ caseDir, documentId }, ctx) => withDoc(ctx, caseDir, documentId, (_s, doc) => ok(doc)),
  getPages: ({ caseDir, documentId }, ctx) => withDoc(ctx, caseDir, documentId, (s) => ok(getPages(s, documentId))),
  getDocumentPdf: ({ caseDir, documentId }, ctx) =>
    withDoc(ctx, caseDir, documentId, (s, doc) => {
      // The viewer shows what the bundle will use: the decrypted/repaired/rendered PDF if there is one.
      const sha = getRenditionSha(s, documentId, 'pdf') ?? (doc.sourceType === 'pdf' ? doc.sha256 : undefined);
      return ok(sha ? new Uint8Array(readBlob(s.dir, sha)) : null);
    }),
  getDocumentImage: ({ caseDir, documentId }, ctx) =>
    withDoc(ctx, caseDir, documentId, (s, doc) => {
      if (doc.sourceType !== 'image') return ok(null);
      // The normalised copy when the importer made one (HEIC, TIFF, rotated), else the original.
      const bytes = new Uint8Array(readBlob(s.dir, getRenditionSha(s, documentId, 'image') ?? doc.sha256));
      const mimeType = imageType(bytes);
      return ok(mimeType ? { mimeType, bytes } : null);
    }),
  updateDocument: ({ caseDir, documentId, patch }, ctx) =>
    withDoc(ctx, caseDir, documentId, (s) => {
      if (!updateDocumentMetadata(s, documentId, patch)) return noDocument(documentId);
      const doc = getDocument(s, documentId);
      return doc ? ok(doc) : noDocument(documentId);
    }),
  deleteDocument: ({ caseDir, documentId }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok({ deleted: deleteDocument(store.value, documentId) }) : store;
  },
  restoreDocument: ({ caseDir, documentId }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const outcome = restoreDocument(store.value, documentId);
    if (outcome === 'reimported') {
      return fail(
        'already-back',
        'This document cannot be restored because the same file has been imported again since; it is already in the list.',
      );
    }
    const doc = getDocument(store.value, documentId);
    return doc ? ok(doc) : fail('not-deleted', `Document ${documentId} was not deleted, so there is nothing to undo.`);
  },
  unlinkRenditions: ({ caseDir, documentId }, ctx) =>
    withDoc(ctx, caseDir, documentId, (s, doc) => {
      if (!doc.renditions?.length && doc.renditionOf === undefined) {
        return fail('not-linked', `"${doc.title}" is not linked with another copy, so there is nothing to separate.`);
      }
      const ids = unlinkDocuments(s, documentId);
      return ok(ids.map((id) => getDocument(s, id)).filter((d) => d !== undefined));
    }),
  importFiles: async ({ caseDir, paths, kind, password }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    // Loaded on first use: the readers pull in pdf.js, OCR and Word parsing, which the other screens never need.
    const { importPaths } = await import('../importers/importFiles.ts');
    // Word files are laid out at import for their true page count, by the host's renderer or the machine's.
    const { defaultDocxRenderer } = await import('../documents/renderDocxDefault.ts');
    const renderer = ctx.options.docxRenderer ?? defaultDocxRenderer();
    const outcomes = await importPaths(store.value, paths, {
      ...(kind ? { kind } : {}),
      ...(password ? { password } : {}),
      ...(renderer ? { docxRenderer: renderer } : {}),
      ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    }).finally(() => (renderer !== ctx.options.docxRenderer ? renderer?.close?.() : undefined));
    return ok(outcomes.map((o) => ({ ...o, ...passwordProblemOf(o) })));
  },
  // Read-only and before any migration (checkCaseDir): checking never changes a case.
  checkCase: ({ caseDir }) => checkCaseDir(caseDir),
  previewPurge: ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok(planPurge(store.value)) : store;
  },
  purgeDeleted: ({ caseDir, documentIds }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok(purge(store.value, documentIds)) : store;
  },
  search: ({ caseDir, query, documentId }, ctx) => {
    const store = ctx.store(caseDir);
    return store.ok ? ok(searchCase(store.value, query, documentId ? { documentId } : {})) : store;
  },
};
