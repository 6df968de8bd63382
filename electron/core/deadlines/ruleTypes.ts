import type { EndDay, EventKind, OrderKind, Party, Unit } from '../../../shared/deadlines.ts';

/** One event that starts a clock, with the length counted from it. */
export interface Limb {
  /** CLI flag without dashes ("decision" → --decision). */
  flag: string;
  label: string;
  /** The timeline event kind that supplies this date. */
  kind?: EventKind;
  /** Other event kinds that also start this clock (the annual review: the plan, then each review). */
  alsoKinds?: EventKind[];
  n: number;
  unit: Unit;
  required: boolean;
  /** For unit 'fixed': the statutory calendar date ("before 15 February in the year of transfer"). */
  fixed?: { month: number; day: number; before: boolean };
}

/**
 * A statutory timescale as data (DOMAIN.md §5). With several limbs the latest date wins (the
 * appeal: 2 months from the decision or 1 month from the mediation certificate if later).
 */
export interface DeadlineRule {
  id: string;
  title: string;
  limbs: Limb[];
  endDay: EndDay;
  who: Party;
  source: string;
  ruleText: string;
  /** Timeline: the event kinds that show the duty was done. */
  completedBy?: EventKind[];
  /** Timeline: events after which this clock no longer applies (no plan after a refusal to assess). */
  cancelledBy?: EventKind[];
  /** Timeline: a tribunal order of one of these kinds starts this clock. */
  orderKinds?: OrderKind[];
  /** A length the user sets (a complaints policy, a tribunal direction), overriding limb n. */
  parameter?: { flag: string; label: string; default?: number };
  /** The letter template to offer when someone else misses it (letters issue ids). */
  chaser?: string;
  /** What to do, in a parent's words, as the headline's verb: "Appeal" → "Appeal by 24 September 2026". */
  action?: string;
  /** What can still be done once it is missed, with its source; the defaults are in ifMissed.ts. */
  ifMissed?: string[];
  notes?: string[];
}
