import { z } from 'zod';
import {
  BundleBuildResult,
  BundleChange,
  BundleOptions,
  BundlePlan,
  BundleProfile,
  BundleVersionSummary,
  PageMapEntry,
} from '../bundle.ts';
import { CaseRef, defineCall } from './define.ts';

const ProfileRef = { profileId: z.string().optional() };
const Saved = z.object({ result: BundleBuildResult, outPath: z.string(), changes: z.array(BundleChange) });

/** The tribunal bundle: profiles, arranging documents, building, versions and the page map. */
export const bundleCalls = {
  listBundleProfiles: defineCall({
    description: 'Bundle layouts: the shipped PD 1/2025 profile and any the user made.',
    input: CaseRef,
    output: z.array(BundleProfile),
  }),
  saveBundleProfile: defineCall({
    description: 'Save an edited or new bundle profile in the case.',
    input: CaseRef.extend({ profile: z.unknown() }),
    output: BundleProfile,
  }),
  duplicateBundleProfile: defineCall({
    description: 'Copy a profile under a new name, to adapt it to the directions.',
    input: CaseRef.extend({
      fromId: z.string(),
      newId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().optional(),
    }),
    output: BundleProfile,
  }),
  planBundle: defineCall({
    description: 'Sections with their documents, page counts, limits and warnings, before building.',
    input: CaseRef.extend({ options: BundleOptions.optional() }),
    output: BundlePlan,
  }),
  moveBundleDocument: defineCall({
    description: 'Move a document to another section and/or position (drag and drop).',
    input: CaseRef.extend({
      ...ProfileRef,
      documentId: z.number().int().positive(),
      section: z.string().optional(),
      position: z.number().int().positive().optional(),
    }),
    output: BundlePlan,
  }),
  setBundleDocumentLeftOut: defineCall({
    description:
      'Leave a document out of the bundle, or put it back. Leaving out marks it as not for the tribunal (the same mark as setNotForTribunal): left out of every bundle profile and pack, and not looked for when checking the council’s bundle.',
    input: CaseRef.extend({ ...ProfileRef, documentId: z.number().int().positive(), leaveOut: z.boolean() }),
    output: BundlePlan,
  }),
  resetBundleOrder: defineCall({
    description:
      'Forget hand placements: kinds decide sections and dates the order. Documents left out (marked not for the tribunal) stay out.',
    input: CaseRef.extend(ProfileRef),
    output: BundlePlan,
  }),
  buildBundle: defineCall({
    description: 'Build the bundle PDF in the background; saved as the next numbered version with its page map.',
    input: CaseRef.extend({ options: BundleOptions.optional(), outPath: z.string().min(1).optional() }),
    output: Saved,
    job: true,
  }),
  listBundleVersions: defineCall({
    description: 'Every bundle built for this case, newest last.',
    input: CaseRef,
    output: z.array(BundleVersionSummary),
  }),
  getBundleVersion: defineCall({
    description: 'One version as built: sections, documents with page ranges, what was left out and why.',
    input: CaseRef.extend({ version: z.number().int().positive() }),
    output: BundleBuildResult,
  }),
  diffBundleVersions: defineCall({
    description: 'What moved between two versions ("B12–B20 moved to B15–B23").',
    input: CaseRef.extend({ from: z.number().int().positive(), to: z.number().int().positive() }),
    output: z.array(BundleChange),
  }),
  getBundlePageMap: defineCall({
    description: "Where a document's pages are in a version (the latest when none is given).",
    input: CaseRef.extend({ documentId: z.number().int().positive(), version: z.number().int().positive().optional() }),
    output: z.array(PageMapEntry),
  }),
  getBundlePdf: defineCall({
    description: "A version's PDF, to preview pages with their stamps.",
    input: CaseRef.extend({ version: z.number().int().positive() }),
    output: z.instanceof(Uint8Array),
  }),
};
