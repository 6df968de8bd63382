import { z } from 'zod';

/**
 * The check of a hearing bundle someone else prepared (the LA's), against the case's documents,
 * and the pre-flight of the family's own bundle. `BundleCheckReport` is exactly the CLI's --json
 * shape (issue 13); the API returns it with the details the app and the report show.
 */

export const CheckStatus = z.enum(['present', 'incomplete', 'older-version', 'missing']);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const CheckedDocument = z.object({
  documentId: z.number().int(),
  fileName: z.string(),
  status: CheckStatus,
  /** Where its pages are in the bundle, as printed ("B4–B7"). */
  labels: z.string().optional(),
  /** 1-based page numbers of the case document. */
  pagesFound: z.array(z.number().int().positive()).optional(),
  pagesMissing: z.array(z.number().int().positive()).optional(),
  note: z.string().optional(),
});
export type CheckedDocument = z.infer<typeof CheckedDocument>;

/** Bundle pages that match nothing in the case: usually the other side's evidence. */
export const ExtraPages = z.object({ labels: z.string(), text: z.string() });
export type ExtraPages = z.infer<typeof ExtraPages>;

export const IndexProblem = z.object({
  entry: z.string(),
  /** The range printed in the index; null for a document the index leaves out. */
  listed: z.string().nullable(),
  /** Where the document really is; null when it is not in the bundle. */
  actual: z.string().nullable(),
  problem: z.enum(['range wrong', 'pages do not exist', 'not in the index']),
});
export type IndexProblem = z.infer<typeof IndexProblem>;

export const SectionLimit = z.object({
  section: z.string(),
  title: z.string(),
  pages: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  over: z.boolean(),
  source: z.string().optional(),
});
export type SectionLimit = z.infer<typeof SectionLimit>;

export const CheckWarning = z.object({
  code: z.enum([
    'label-skip',
    'label-repeat',
    'label-restart',
    'unlabelled',
    'blank-page',
    'unreadable-page',
    'page-limit',
    'expert-report',
    'damaged-file',
    'no-index',
    'skipped-document',
    'read-in-part',
  ]),
  message: z.string(),
  labels: z.array(z.string()).default([]),
});
export type CheckWarning = z.input<typeof CheckWarning>;

export const BundleCheckReport = z.object({
  pages: z.number().int().nonnegative(),
  documents: z.array(CheckedDocument),
  extra: z.array(ExtraPages),
  index: z.array(IndexProblem),
  limits: z.array(SectionLimit),
  warnings: z.array(CheckWarning),
});
export type BundleCheckReport = z.infer<typeof BundleCheckReport>;

/** Lines that differ between the case's copy of a document and the bundle's. */
export const VersionDifference = z.object({
  documentId: z.number().int(),
  page: z.number().int().positive(),
  label: z.string().optional(),
  case: z.string(),
  bundle: z.string(),
});
export type VersionDifference = z.infer<typeof VersionDifference>;

export const BundleCheckOutcome = z.object({
  checkId: z.number().int().positive(),
  /** The checked bundle as kept in the case (content-addressed). */
  sha256: z.string(),
  fileName: z.string(),
  checkedAt: z.string(),
  report: BundleCheckReport,
  differences: z.array(VersionDifference),
  /** Titles for the documents, so the screen and the report can name them. */
  titles: z.record(z.string(), z.string()),
  /** Scanned pages read by OCR, and how many of those only in part. */
  ocrPages: z.number().int().nonnegative(),
  partialPages: z.number().int().nonnegative(),
  reportPath: z.string().optional(),
});
export type BundleCheckOutcome = z.infer<typeof BundleCheckOutcome>;

export const PreflightProblem = z.object({
  code: z.enum(['undated', 'no-text-layer', 'date-order', 'document-rule', 'page-limit', 'working-document-length']),
  message: z.string(),
  documentIds: z.array(z.number().int()).default([]),
  section: z.string().optional(),
});
export type PreflightProblem = z.input<typeof PreflightProblem>;
