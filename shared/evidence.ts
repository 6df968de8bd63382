import { z } from 'zod';

/** EHC plan sections (SEND Regulations 2014 reg 12(1); Code of Practice 9.62 adds K). */
export const SectionId = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']);
export type SectionId = z.infer<typeof SectionId>;

/** Sections a recommendation can belong in. */
export const TargetSection = z.enum(['B', 'E', 'F', 'G', 'H1', 'H2']);
export type TargetSection = z.infer<typeof TargetSection>;

export const PlanParagraph = z.object({
  /** The printed paragraph number ("3", "b"), or its position in the section when unnumbered. */
  para: z.string(),
  page: z.number().int().positive(),
  text: z.string(),
  /** Table rows keep their cells (need | outcome | provision | who | how often). */
  cells: z.array(z.string()).optional(),
  /** The sub-heading above it (Section B's areas of need, for example). */
  area: z.string().optional(),
  /** The printed lines of a long paragraph: a table whose layout was lost is compared a few lines at a time. */
  lines: z.array(z.string()).optional(),
});
export type PlanParagraph = z.infer<typeof PlanParagraph>;

export const PlanSections = z.partialRecord(SectionId, z.array(PlanParagraph));
export type PlanSections = z.infer<typeof PlanSections>;

export const EvidencePlan = z.object({
  documentId: z.number().int().positive(),
  fileName: z.string(),
  sections: PlanSections,
  /** Each advice document Section K lists, as written. */
  adviceListed: z.array(z.string()),
});
export type EvidencePlan = z.infer<typeof EvidencePlan>;

export const RecommendationKind = z.enum(['provision', 'outcome', 'need']);
export type RecommendationKind = z.infer<typeof RecommendationKind>;
export const Agency = z.enum(['education', 'health', 'social care']);
export type Agency = z.infer<typeof Agency>;
export const EvidenceStatus = z.enum(['included', 'weakened', 'wrong-section', 'missing']);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;
export const STATUS_LABELS: Record<EvidenceStatus, string> = {
  included: 'Included',
  weakened: 'Weakened',
  'wrong-section': 'Wrong section',
  missing: 'Missing',
};

export const SpecificType = z.enum(['who', 'ratio', 'frequency', 'duration', 'term', 'setting', 'amount', 'mode']);
export const Specific = z.object({ type: SpecificType, text: z.string() });
export type Specific = z.infer<typeof Specific>;

export const Recommendation = z.object({
  /** Stable across re-analysis: the source document and the recommendation's own words. */
  id: z.string(),
  documentId: z.number().int().positive(),
  fileName: z.string(),
  /** The report as a parent knows it: "Dr Ruth Okafor, educational psychologist, 12 May 2026" (shared/reportName.ts). */
  source: z.string(),
  page: z.number().int().positive(),
  /** The printed number in the report ("7.2.3", "4"), when there is one. */
  paragraph: z.string().optional(),
  text: z.string(),
  kind: RecommendationKind,
  agency: Agency,
  belongsIn: TargetSection,
  specifics: z.array(Specific),
  status: EvidenceStatus,
  /** The plan section where it was found; null when missing. */
  section: SectionId.nullable(),
  /** The plan paragraph(s) it matched ("3", "3, 4"). */
  para: z.string().nullable(),
  planQuote: z.string().nullable(),
  /** Lost specifics in plain words: "frequency: 45 minutes each week → not stated". */
  lostSpecifics: z.array(z.string()),
  suggestedWording: z.string().nullable(),
  /** Similarity of the best match, 0–1 (for sorting and the UI; not evidence). */
  score: z.number(),
  /** How sure Casebook is of this finding, 0–1: how clearly the plan text matches, or how far the nearest text is from matching. */
  confidence: z.number().min(0).max(1),
  /** Why Casebook says this, as short plain sentences for a parent (reasonSentences.ts): where the plan talks about the same thing, details kept and lost, where the law puts it. No scores. */
  reasons: z.array(z.string()),
  /** Low confidence: shown to the user as "Please check", never stated as fact. */
  needsCheck: z.boolean(),
  /** True once the user has confirmed or overridden this finding. */
  confirmed: z.boolean(),
  /** The user checked this recommendation when its text read differently (the report was re-read since). */
  changedSinceChecked: z.boolean().optional(),
  note: z.string().optional(),
  /** Added by the user from selected report text rather than found by Casebook. */
  addedByUser: z.boolean(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const FlagKind = z.enum([
  'vague-wording',
  'need-without-provision',
  'outcome-not-smart',
  'social-care-in-F',
  'therapy-in-G',
  'provision-in-B',
  'advice-not-in-K',
  'K-entry-not-in-case',
]);
export type FlagKind = z.infer<typeof FlagKind>;

export const Flag = z.object({
  section: SectionId,
  para: z.string().nullable(),
  text: z.string(),
  kind: FlagKind,
  reason: z.string(),
  /** The specific version a report supplies, with its source, when there is one. */
  suggestion: z.string().optional(),
});
export type Flag = z.infer<typeof Flag>;

export const StatusCounts = z.object({
  included: z.number().int(),
  weakened: z.number().int(),
  'wrong-section': z.number().int(),
  missing: z.number().int(),
});

export const EvidenceMap = z.object({
  plan: EvidencePlan.nullable(),
  recommendations: z.array(Recommendation),
  flags: z.array(Flag),
  counts: StatusCounts,
  /** Why something could not be done (no plan found, no reports), in plain words. */
  notes: z.array(z.string()),
});
export type EvidenceMap = z.infer<typeof EvidenceMap>;

/** A user's confirmation or override of one finding. Kept with its history, never overwritten. */
export const EvidenceDecisionInput = z.object({
  recommendationId: z.string().min(1),
  /**
   * The recommendation's words as the user saw them. Kept with the decision so that, when a report
   * is read again and its words come out slightly differently, the decision follows it.
   */
  recommendationText: z.string().optional(),
  status: EvidenceStatus,
  section: SectionId.nullable(),
  planQuote: z.string().nullable(),
  note: z.string().optional(),
});
export type EvidenceDecisionInput = z.infer<typeof EvidenceDecisionInput>;
export const EvidenceDecision = EvidenceDecisionInput.extend({ decidedAt: z.string() });
export type EvidenceDecision = z.infer<typeof EvidenceDecision>;

/** A recommendation the user selected in a report that Casebook did not find. */
export const UserRecommendationInput = z.object({
  documentId: z.number().int().positive(),
  page: z.number().int().positive(),
  text: z.string().min(3),
  kind: RecommendationKind.optional(),
});
export type UserRecommendationInput = z.infer<typeof UserRecommendationInput>;
