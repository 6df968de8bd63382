import { z } from 'zod';
import { EvidenceDecision, EvidenceDecisionInput, EvidenceMap, UserRecommendationInput } from '../evidence.ts';
import { CaseRef, defineCall } from './define.ts';

/** The evidence map: recommendations against the plan, the red pen, the user's decisions, the gap report. */
export const evidenceCalls = {
  analyseEvidence: defineCall({
    description:
      "Map every professional recommendation to the plan (included, weakened, wrong section, missing) with the user's decisions laid over it, and red-pen the plan.",
    input: CaseRef,
    output: EvidenceMap,
    // A job: a first analysis loads the sentence encoder and embeds every doubtful passage, which on
    // a case with many long reports takes long enough to want a progress bar and Cancel.
    job: true,
  }),
  decideRecommendation: defineCall({
    description:
      'Confirm or override one finding (status, plan section, quoted plan span, note). Kept with its history; re-analysis never overwrites it.',
    input: CaseRef.extend({ decision: EvidenceDecisionInput }),
    output: EvidenceDecision,
  }),
  recommendationHistory: defineCall({
    description: 'Every decision made on one recommendation, oldest first.',
    input: CaseRef.extend({ recommendationId: z.string().min(1) }),
    output: z.array(EvidenceDecision),
  }),
  addRecommendation: defineCall({
    description: 'Add a recommendation from text selected in a report, which Casebook did not find itself.',
    input: CaseRef.extend({ recommendation: UserRecommendationInput }),
    output: z.object({ id: z.number().int().positive() }),
  }),
  removeAddedRecommendation: defineCall({
    description: 'Remove a recommendation the user added.',
    input: CaseRef.extend({ id: z.number().int().positive() }),
    output: z.object({ removed: z.boolean() }),
  }),
  gapReport: defineCall({
    description:
      'The gap report (summary by status, one row per recommendation, the red-pen flags) as a Word or PDF file, written to the path given.',
    input: CaseRef.extend({ format: z.enum(['docx', 'pdf']), outPath: z.string().min(1) }),
    output: z.object({
      path: z.string(),
      bytes: z.number().int().nonnegative(),
      /** Rows (recommendations) and red-pen flags in the report. */
      recommendations: z.number().int().nonnegative(),
      flags: z.number().int().nonnegative(),
    }),
    // A job: it runs the analysis first.
    job: true,
  }),
};
