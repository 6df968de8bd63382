import { z } from 'zod';
import {
  CaseInfo,
  DocumentKind,
  DocumentMetadataPatch,
  DocumentSummary,
  ImportOutcome,
  IsoDate,
  PageText,
  SearchHit,
} from '../documents.ts';
import { TimelineDeadline } from '../deadlines.ts';
import { CaseRef, defineCall } from './define.ts';

const DocRef = CaseRef.extend({ documentId: z.number().int().positive() });

export const KeyDate = z.object({
  label: z.string(),
  date: IsoDate,
  documentId: z.number().int().positive().optional(),
});
export type KeyDate = z.infer<typeof KeyDate>;

/**
 * An import outcome as the app sees it: `passwordProblem` says the file is a locked PDF, so the
 * screen can ask for the password right there instead of only describing what to do.
 */
export const AppImportOutcome = ImportOutcome.extend({ passwordProblem: z.enum(['needed', 'wrong']).optional() });
export type AppImportOutcome = z.infer<typeof AppImportOutcome>;

/** What the case overview shows at a glance. */
export const CaseOverview = z.object({
  caseDir: z.string(),
  info: CaseInfo,
  documentCount: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  countsByKind: z.record(DocumentKind, z.number().int().nonnegative()),
  /** Dates found on documents (latest plan, decision letter, reports), oldest first. */
  keyDates: z.array(KeyDate),
  /**
   * Deadlines still open (due or missed), soonest first, including provisional ones counted from
   * the documents' dates before the user confirms them: never "nothing due" while a clock runs.
   */
  deadlines: z.array(TimelineDeadline),
});
export type CaseOverview = z.infer<typeof CaseOverview>;

export const CheckProblem = z.object({
  /** error: something the user could lose; warning: leftovers that waste space only. */
  severity: z.enum(['error', 'warning']),
  code: z.enum(['database', 'missing-file', 'corrupt-file', 'orphan-file', 'temp-file', 'search-index']),
  message: z.string(),
  path: z.string().optional(),
});
export type CheckProblem = z.infer<typeof CheckProblem>;

/** `casebook check`: the database's integrity and every stored file against its row. */
export const CheckReport = z.object({
  ok: z.boolean(),
  documents: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
  problems: z.array(CheckProblem),
});
export type CheckReport = z.infer<typeof CheckReport>;
/** What a purge would remove, listed for the user to confirm before anything goes. */
export const PurgePlan = z.object({
  documents: z.array(
    z.object({
      documentId: z.number().int().positive(),
      fileName: z.string(),
      title: z.string(),
      deletedAt: z.string(),
    }),
  ),
  /** Stored files nothing would use once those documents are gone (old copies, leftovers). */
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type PurgePlan = z.infer<typeof PurgePlan>;

/** The case vault: cases, documents, import and search. */
export const vaultCalls = {
  createCase: defineCall({
    description: 'Create a new case in an empty folder.',
    input: CaseRef.extend({ childName: z.string().min(1), localAuthority: z.string().optional() }),
    output: CaseInfo,
  }),
  getCase: defineCall({
    description: "The case's details (child, local authority).",
    input: CaseRef,
    output: CaseInfo,
  }),
  updateCase: defineCall({
    description: "Correct the child's name or the local authority.",
    input: CaseRef.extend({
      childName: z.string().min(1).optional(),
      localAuthority: z.string().nullable().optional(),
    }),
    output: CaseInfo,
  }),
  getCaseOverview: defineCall({
    description: 'The case at a glance: child, local authority, key dates, document counts.',
    input: CaseRef,
    output: CaseOverview,
  }),
  listDocuments: defineCall({
    description: 'Every document in the case.',
    input: CaseRef,
    output: z.array(DocumentSummary),
  }),
  getDocument: defineCall({
    description: "One document's details.",
    input: DocRef,
    output: DocumentSummary,
  }),
  getPages: defineCall({
    description: "A document's text, page by page.",
    input: DocRef,
    output: z.array(PageText),
  }),
  getDocumentPdf: defineCall({
    description: 'The PDF to show in the viewer (decrypted or rendered copy where there is one), or null.',
    input: DocRef,
    output: z.instanceof(Uint8Array).nullable(),
  }),
  getDocumentImage: defineCall({
    description: 'For a photo or scan: the picture to show (PNG or JPEG), or null when the document is not an image.',
    input: DocRef,
    output: z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), bytes: z.instanceof(Uint8Array) }).nullable(),
  }),
  updateDocument: defineCall({
    description: "Correct a document's title, kind, author, profession or date.",
    input: DocRef.extend({ patch: DocumentMetadataPatch }),
    output: DocumentSummary,
  }),
  deleteDocument: defineCall({
    description: 'Remove a document from the case (can be undone).',
    input: DocRef,
    output: z.object({ deleted: z.boolean() }),
  }),
  restoreDocument: defineCall({
    description: 'Undo a delete.',
    input: DocRef,
    output: DocumentSummary,
  }),
  unlinkRenditions: defineCall({
    description:
      'Separate a document from its other rendition (a Word file linked with its PDF copy): both are listed, searched and bundled on their own again.',
    input: DocRef,
    output: z.array(DocumentSummary),
  }),
  importFiles: defineCall({
    description: 'Import files or folders; each gets an outcome (imported, duplicate or rejected with a reason).',
    input: CaseRef.extend({
      paths: z.array(z.string().min(1)).min(1),
      kind: DocumentSummary.shape.kind.optional(),
      password: z.string().optional(),
    }),
    output: z.array(AppImportOutcome),
    job: true,
  }),
  checkCase: defineCall({
    description: 'Check the case database and every stored file (nothing is changed).',
    input: CaseRef,
    output: CheckReport,
  }),
  previewPurge: defineCall({
    description:
      'What "remove deleted documents for good" would remove: each deleted document, and how many unused stored files.',
    input: CaseRef,
    output: PurgePlan,
  }),
  purgeDeleted: defineCall({
    description:
      'Remove for good the deleted documents the user confirmed (by number), then every stored file nothing uses. Cannot be undone.',
    input: CaseRef.extend({ documentIds: z.array(z.number().int().positive()) }),
    output: z.object({
      documentsRemoved: z.number().int().nonnegative(),
      filesRemoved: z.number().int().nonnegative(),
      bytesFreed: z.number().int().nonnegative(),
    }),
  }),
  search: defineCall({
    description: 'Full-text search across the case, best first.',
    input: CaseRef.extend({ query: z.string(), documentId: z.number().int().positive().optional() }),
    output: z.array(SearchHit),
  }),
};
