import type { EvidenceDecision, Recommendation } from '../../../shared/evidence.ts';
import { normalise } from './text.ts';

/** Words shared by two readings of one recommendation, as a share of both (Dice): at least this to be the same. */
export const SAME_RECOMMENDATION = 0.6;

const words = (s: string) =>
  new Set(
    normalise(s)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [],
  );

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
}

/** The document a recommendation id belongs to ("r3-…" → 3): a decision never moves to another report. */
const documentOf = (id: string) => /^r(\d+)-/.exec(id)?.[1];

/**
 * Lays the user's decisions over a fresh analysis. A decision stays with the recommendation it was
 * made on: by its id when the words are exactly the same; otherwise, when the report was read again
 * and its words came out differently (a table row now whole, a page footer gone), by the words kept
 * with the decision — the most similar recommendation from the same report, marked "changed since
 * you checked it" so the user looks again. A decision whose recommendation is gone is kept in the
 * store untouched, in case a later reading brings it back.
 */
export function applyDecisions(recs: Recommendation[], decisions: Map<string, EvidenceDecision>): void {
  const byId = new Map(recs.map((r) => [r.id, r]));
  const taken = new Set<string>();
  const orphans: EvidenceDecision[] = [];
  for (const d of decisions.values()) {
    const r = byId.get(d.recommendationId);
    if (r) {
      apply(r, d, false);
      taken.add(r.id);
    } else if (d.recommendationText) orphans.push(d);
  }
  for (const d of orphans) {
    const mine = words(d.recommendationText!);
    const doc = documentOf(d.recommendationId);
    const best = recs
      .filter((r) => !taken.has(r.id) && !decisions.has(r.id) && documentOf(r.id) === doc)
      .map((r) => ({ r, s: dice(mine, words(r.text)) }))
      .sort((a, b) => b.s - a.s)[0];
    if (!best || best.s < SAME_RECOMMENDATION) continue;
    apply(best.r, d, true);
    taken.add(best.r.id);
  }
}

function apply(r: Recommendation, d: EvidenceDecision, changed: boolean): void {
  r.status = d.status;
  r.section = d.section;
  r.planQuote = d.planQuote;
  r.confirmed = true;
  // The user's decision is the finding now: it is not something to check, unless the words moved.
  r.needsCheck = changed;
  if (changed) r.changedSinceChecked = true;
  if (d.note) r.note = d.note;
}
