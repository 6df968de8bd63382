import { z } from 'zod';
import { ErrorCode } from './errors.ts';

/**
 * What a document is, for the evidence map (reports vs the plan), the timeline's clocks and bundle
 * sections. The kinds follow the tribunal's paperwork (DOMAIN.md §3–4): the mediation certificate
 * and the tribunal's own papers (appeal form, registration letter, LA response, directions and
 * orders) start or set dates; the working document and witness statements have their own limits.
 */
export const DocumentKind = z.enum([
  'report',
  'plan',
  'decision-letter',
  'mediation-certificate',
  'tribunal',
  'working-document',
  'witness-statement',
  'correspondence',
  'evidence',
  'other',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * The appeal's own paperwork: never professional advice, never the plan (a working document has
 * the plan's headings but is the parties' draft). The evidence map does not read these.
 */
export const PAPERWORK_KINDS: readonly DocumentKind[] = [
  'decision-letter',
  'mediation-certificate',
  'tribunal',
  'working-document',
];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  report: 'Professional report',
  plan: 'EHC plan',
  'decision-letter': 'Decision letter',
  'mediation-certificate': 'Mediation certificate',
  tribunal: 'Tribunal paperwork',
  'working-document': 'Working document',
  'witness-statement': 'Witness statement',
  correspondence: 'Correspondence',
  evidence: 'Other evidence',
  other: 'Other',
};

/** The file type the importer recognised from the bytes (never from the name alone). */
export const SourceType = z.enum(['pdf', 'docx', 'image', 'email']);
export type SourceType = z.infer<typeof SourceType>;

export const IsoDate = z.iso.date();

export const DocumentSummary = z.object({
  documentId: z.number().int().positive(),
  fileName: z.string(),
  title: z.string(),
  kind: DocumentKind,
  sourceType: SourceType,
  pages: z.number().int().nonnegative(),
  date: IsoDate.optional(),
  author: z.string().optional(),
  profession: z.string().optional(),
  importedAt: z.string(),
  sha256: z.string(),
  /** For an email attachment: the email document it came with. */
  parentId: z.number().int().positive().optional(),
  ocrPages: z.number().int().nonnegative(),
  /**
   * True while `pages` is an estimate ("about N pages"): a Word file not yet laid out by a
   * renderer. Rendering it (at import, or for the bundle) sets the true count.
   */
  pagesEstimated: z.boolean().optional(),
  /**
   * Other renditions of this same document (the Word copy of a PDF), kept for editing: lists,
   * search, the timeline and the bundle see the document once, through this one.
   */
  renditions: z
    .array(
      z.object({
        documentId: z.number().int().positive(),
        fileName: z.string(),
        sourceType: SourceType,
        reason: z.string(),
      }),
    )
    .optional(),
  /** Set on a linked copy: the document it is another rendition of. */
  renditionOf: z.number().int().positive().optional(),
  /** The user marked it as not for the tribunal: left out of the bundle, not looked for in the council's. */
  notForTribunal: z.boolean().optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** Fields the user may correct after import. `null` clears an optional field. */
export const DocumentMetadataPatch = z.object({
  title: z.string().min(1).optional(),
  kind: DocumentKind.optional(),
  author: z.string().nullable().optional(),
  profession: z.string().nullable().optional(),
  date: IsoDate.nullable().optional(),
});
export type DocumentMetadataPatch = z.infer<typeof DocumentMetadataPatch>;

export const PageText = z.object({ page: z.number().int().positive(), text: z.string(), ocr: z.boolean() });
export type PageText = z.infer<typeof PageText>;

export const SearchHit = z.object({
  documentId: z.number().int().positive(),
  fileName: z.string(),
  title: z.string(),
  page: z.number().int().positive(),
  snippet: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const ImportStatus = z.enum(['imported', 'duplicate', 'rejected']);
export const ImportOutcome = z.object({
  path: z.string(),
  status: ImportStatus,
  documentId: z.number().int().positive().optional(),
  pages: z.number().int().nonnegative().optional(),
  reason: z.string().optional(),
  /** Why a file was rejected, for programs (e.g. 'pdf-password-needed'); `reason` is for people. */
  code: ErrorCode.optional(),
  /** Set when a file was recognised inside another (an email attachment). */
  parentPath: z.string().optional(),
  /** Imported, but with something to check ("repaired: check pages 2 and 3"). */
  warnings: z.array(z.string()).optional(),
  /** Set when the file was linked with its other copy (a Word file and its PDF) as one document. */
  linkedTo: z.number().int().positive().optional(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const CaseInfo = z.object({
  childName: z.string().min(1),
  localAuthority: z.string().optional(),
  createdAt: z.string(),
});
export type CaseInfo = z.infer<typeof CaseInfo>;
