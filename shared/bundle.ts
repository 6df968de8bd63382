import { z } from 'zod';
import { DocumentKind, IsoDate } from './documents.ts';

/**
 * Bundle profiles, build results, versions and the page map. A profile is data (JSON) so a
 * solicitor can choose or edit another layout; the engine in electron/core/bundle only reads it.
 */

export const PartyId = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const BundleSectionDef = z.object({
  letter: z.string().regex(/^[A-Z]{1,2}$/),
  title: z.string().min(1),
  /** Document kinds placed here automatically; the user can move any document anywhere. */
  kinds: z.array(DocumentKind).default([]),
  /**
   * Documents of these kinds that the plan's Section K lists (its appendices) go here, before
   * `kinds` is looked at: the advice the plan was made from belongs with the plan.
   */
  planAppendixKinds: z.array(DocumentKind).default([]),
  /** Whose evidence this is, for per-party page limits and a party's own evidence pack. */
  party: PartyId.optional(),
  pageLimit: z.number().int().positive().optional(),
  /** Limits that differ by appeal type (PD 1/2025: 75 or 100 pages of each party's evidence). */
  pageLimitByAppealType: z.record(z.string(), z.number().int().positive()).optional(),
  limitSource: z.string().optional(),
});
export type BundleSectionDef = z.infer<typeof BundleSectionDef>;

/** A rule a single document must meet (expert report length, witness statement length, age). */
export const DocumentRule = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Which documents: by kind, and/or by a case-insensitive pattern on the title or file name. */
  kinds: z.array(DocumentKind).optional(),
  titlePattern: z.string().optional(),
  /** Documents matching this pattern are left to another rule (a witness statement is no report). */
  notTitlePattern: z.string().optional(),
  maxPages: z.number().int().positive().optional(),
  maxAgeYears: z.number().positive().optional(),
  /** A heading that must appear within the first `summaryWithinPages` pages. */
  summaryPattern: z.string().optional(),
  summaryWithinPages: z.number().int().positive().optional(),
  source: z.string().min(1),
});
export type DocumentRule = z.infer<typeof DocumentRule>;

export const BundlePack = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The sections included in this pack, in bundle order. */
  sections: z.array(z.string()),
});
export type BundlePack = z.infer<typeof BundlePack>;

export const BundleProfile = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  source: z.string().min(1),
  /** What the user must check themselves (the PD's exact Schedule One layout). */
  caution: z.string().optional(),
  tribunal: z.string().min(1),
  sections: z.array(BundleSectionDef).min(1),
  /** Where a document of a kind no section lists goes. */
  defaultSection: z.string(),
  totalPageLimit: z.number().int().positive().optional(),
  appealTypes: z.record(z.string(), z.string()).default({}),
  defaultAppealType: z.string().optional(),
  dividers: z.boolean().default(false),
  stampCorner: z.enum(['bottom-right', 'bottom-left', 'top-right', 'top-left']).default('bottom-right'),
  packs: z.array(BundlePack).default([]),
  documentRules: z.array(DocumentRule).default([]),
});
export type BundleProfile = z.infer<typeof BundleProfile>;

export const BundleOptions = z.object({
  profileId: z.string().optional(),
  /** A party's evidence pack (a pack id from the profile); absent = the full hearing bundle. */
  pack: z.string().optional(),
  anonymise: z.boolean().default(false),
  dividers: z.boolean().optional(),
  appealType: z.string().optional(),
  appealReference: z.string().optional(),
  hearingDate: IsoDate.optional(),
  /** Seconds one document may take before it is left out and the rest carry on. */
  documentTimeoutSeconds: z.number().positive().default(60),
});
export type BundleOptions = z.input<typeof BundleOptions>;

export const BundleWarning = z.object({
  code: z.enum(['page-limit', 'total-page-limit', 'document-rule', 'rasterised', 'repaired', 'no-renderer', 'profile']),
  message: z.string(),
  section: z.string().optional(),
  documentIds: z.array(z.number().int()).default([]),
});
export type BundleWarning = z.infer<typeof BundleWarning>;

export const BundleSectionResult = z.object({
  letter: z.string(),
  title: z.string(),
  startLabel: z.string().nullable(),
  endLabel: z.string().nullable(),
});
export type BundleSectionResult = z.infer<typeof BundleSectionResult>;

export const BundleDocumentResult = z.object({
  documentId: z.number().int(),
  fileName: z.string(),
  section: z.string(),
  pages: z.number().int(),
  startPage: z.number().int(),
  endPage: z.number().int(),
  startLabel: z.string(),
  endLabel: z.string(),
  /** How the pages got in when not copied as they are ("rasterised", "repaired", "rendered"). */
  note: z.string().optional(),
});
export type BundleDocumentResult = z.infer<typeof BundleDocumentResult>;

export const BundleExcluded = z.object({
  documentId: z.number().int(),
  fileName: z.string(),
  reason: z.string(),
  /** Left out because the user chose to, not because it could not be added. */
  byUser: z.boolean().optional(),
});
export type BundleExcluded = z.infer<typeof BundleExcluded>;

/** Exactly the CLI's --json shape (issue 7). startPage/endPage are 1-based in the output file. */
export const BundleBuildResult = z.object({
  version: z.number().int(),
  pages: z.number().int(),
  sections: z.array(BundleSectionResult),
  documents: z.array(BundleDocumentResult),
  excluded: z.array(BundleExcluded),
  warnings: z.array(BundleWarning),
});
export type BundleBuildResult = z.infer<typeof BundleBuildResult>;

/** What the user set by hand: a document moved to a section, its position there, or left out. */
export const BundlePlacementOverride = z.object({
  documentId: z.number().int().positive(),
  section: z.string().optional(),
  position: z.number().optional(),
  leaveOut: z.boolean().optional(),
});
export type BundlePlacementOverride = z.infer<typeof BundlePlacementOverride>;

/** The planned bundle before building: sections, documents in order, limits. */
export const PlannedDocument = z.object({
  documentId: z.number().int(),
  fileName: z.string(),
  title: z.string(),
  author: z.string().optional(),
  date: z.string().optional(),
  pages: z.number().int(),
  /** `pages` is an estimate ("about N pages"): a Word file the bundle has not rendered yet. */
  pagesEstimated: z.boolean().optional(),
  section: z.string(),
});
export type PlannedDocument = z.infer<typeof PlannedDocument>;

export const BundlePlan = z.object({
  profileId: z.string(),
  sections: z.array(
    z.object({
      letter: z.string(),
      title: z.string(),
      party: z.string().optional(),
      pageLimit: z.number().int().optional(),
      pages: z.number().int(),
      documents: z.array(PlannedDocument),
    }),
  ),
  leftOut: z.array(PlannedDocument),
  warnings: z.array(BundleWarning),
  /**
   * The version already built from exactly these documents, order, layout and options: building
   * again would make the same bundle, so the app asks first.
   */
  unchangedSince: z.number().int().positive().optional(),
});
export type BundlePlan = z.infer<typeof BundlePlan>;

export const BundleVersionSummary = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  profileId: z.string(),
  pack: z.string().nullable(),
  pages: z.number().int(),
  outPath: z.string().nullable(),
  sha256: z.string().nullable(),
});
export type BundleVersionSummary = z.infer<typeof BundleVersionSummary>;

export const PageMapEntry = z.object({
  version: z.number().int(),
  documentId: z.number().int(),
  documentPage: z.number().int(),
  bundlePage: z.number().int(),
  label: z.string(),
});
export type PageMapEntry = z.infer<typeof PageMapEntry>;

export const BundleChange = z.object({
  kind: z.enum(['added', 'removed', 'moved', 'resized', 'unchanged']),
  documentId: z.number().int(),
  fileName: z.string(),
  before: z.string().optional(),
  after: z.string().optional(),
  message: z.string(),
});
export type BundleChange = z.infer<typeof BundleChange>;

/**
 * Renders a Word file to PDF. Injected so the core never imports Electron: the app passes one
 * built on Electron's printToPDF, the CLI and tests a system Chromium or LibreOffice.
 */
export interface DocxRenderer {
  /** Shown in reasons and notes ("LibreOffice", "Chromium"). */
  name: string;
  render(docx: Uint8Array, fileName: string): Promise<Uint8Array>;
  close?(): Promise<void>;
}

/** Turns HTML into PDF bytes (Electron's webContents.printToPDF, Chromium's page.pdf). */
export type HtmlToPdf = (html: string) => Promise<Uint8Array>;
