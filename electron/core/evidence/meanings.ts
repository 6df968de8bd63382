import { embed, type EmbedOptions, type VectorCache } from './embedder.ts';
import { candidates, type MatchInput, type PlanUnit } from './matcher.ts';
import type { Similarity } from './similarity.ts';

/** Plan units a recommendation is compared with by meaning: its best few by words. */
const MEANING_CANDIDATES = 3;
/**
 * Meaning is asked only where words leave the match in doubt: a near copy (at least CLEAR by
 * words) needs no second opinion, and where no unit shares even a little (below FAINT) there is
 * nothing for meaning to confirm.
 */
const CLEAR = 0.45;
const FAINT = 0.04;

/**
 * Sentence vectors for the recommendations whose match is in doubt and for the plan units that
 * could be their match (the best few by words: meaning only moves a score that words have
 * started, and the encoder is the slow part). Windows of printed lines are arbitrary cuts with
 * no sentence meaning and are left out. False when the model could not be loaded. A cancel
 * (the signal) is not a failed model: it is thrown on, so the whole analysis stops.
 */
export async function attachMeanings(
  recs: MatchInput[],
  units: PlanUnit[],
  sim: Similarity,
  kept?: VectorCache,
  opts: EmbedOptions = {},
): Promise<boolean> {
  const wanted = new Set<PlanUnit>();
  const doubtful: MatchInput[] = [];
  for (const rec of recs) {
    const near = candidates(rec, units, sim).filter((x) => x.tfidf > 0 && !x.u.lines);
    const best = near[0]?.tfidf ?? 0;
    if (best >= CLEAR || best < FAINT) continue;
    doubtful.push(rec);
    for (const c of near.slice(0, MEANING_CANDIDATES)) wanted.add(c.u);
  }
  if (!doubtful.length) return true;
  const embedded = [...wanted];
  try {
    // A table row reads as a list, not "a | b | c": the encoder was trained on sentences.
    const vectors = await embed(
      [...doubtful.map((r) => r.text), ...embedded.map((u) => u.text.replace(/ \| /g, ', '))],
      kept,
      opts,
    );
    doubtful.forEach((r, i) => (r.vector = vectors[i]!));
    embedded.forEach((u, i) => (u.vector = vectors[doubtful.length + i]!));
    return true;
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    return false;
  }
}
