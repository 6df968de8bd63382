import { z } from 'zod';
import { BundleOptions } from '../bundle.ts';
import { BundleCheckOutcome, PreflightProblem } from '../bundleCheck.ts';
import { IsoDate } from '../documents.ts';
import { CaseRef, defineCall } from './define.ts';

const ReportPath = z
  .string()
  .min(1)
  .regex(/\.(docx|pdf)$/i, 'must end in .docx or .pdf');

/** Checking a bundle someone else prepared (the LA's), and the pre-flight of the family's own. */
export const bundleCheckCalls = {
  checkReceivedBundle: defineCall({
    description:
      'Check a hearing bundle the LA sent against the case, page by page: each document present, incomplete, an older version or missing; pages that match nothing; the index, labels, blank pages, page limits and expert reports. The bundle is kept in the case; optionally writes the report (.docx or .pdf).',
    input: CaseRef.extend({
      bundlePath: z.string().min(1),
      password: z.string().optional(),
      profileId: z.string().optional(),
      appealType: z.string().optional(),
      hearingDate: IsoDate.optional(),
      /**
       * full reads every scanned page whole; quick reads their edges and the top of their body,
       * the rest only when needed. Unset: full for up to 60 scanned pages, quick for more.
       */
      ocrMode: z.enum(['quick', 'full']).optional(),
      reportPath: ReportPath.optional(),
    }),
    output: BundleCheckOutcome,
    job: true,
  }),
  listBundleChecks: defineCall({
    description: 'Every bundle checked in this case, oldest first.',
    input: CaseRef,
    output: z.array(
      z.object({ checkId: z.number().int(), checkedAt: z.string(), fileName: z.string(), sha256: z.string() }),
    ),
  }),
  getBundleCheck: defineCall({
    description: 'One saved check, as it was made.',
    input: CaseRef.extend({ checkId: z.number().int().positive() }),
    output: BundleCheckOutcome,
  }),
  writeBundleCheckReport: defineCall({
    description:
      'The report of a saved check (summary, a table per problem, a draft email to the LA and tribunal) as Word or PDF.',
    input: CaseRef.extend({ checkId: z.number().int().positive(), outPath: ReportPath }),
    output: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
  }),
  setNotForTribunal: defineCall({
    description:
      'Mark a document as not for the tribunal (left out of the family’s bundle, never expected in the council’s), or clear the mark (it goes back in). The same mark as setBundleDocumentLeftOut.',
    input: CaseRef.extend({ documentId: z.number().int().positive(), notForTribunal: z.boolean() }),
    output: z.array(z.number().int()),
  }),
  listNotForTribunal: defineCall({
    description: 'The documents marked as not for the tribunal.',
    input: CaseRef,
    output: z.array(z.number().int()),
  }),
  preflightBundle: defineCall({
    description:
      "Before sending the family's own bundle: undated documents, scans without a text layer, date order within sections, expert reports over the limits, sections over their page limits, a working document over 25 pages.",
    input: CaseRef.extend({ options: BundleOptions.optional() }),
    output: z.array(PreflightProblem),
  }),
};
