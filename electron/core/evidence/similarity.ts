import { termWeight, terms } from './text.ts';

/** A text ready for comparison: its terms (set) with TF-IDF weights. */
export interface Indexed {
  terms: Set<string>;
}

/**
 * Classic TF-IDF similarity over short texts (no model, nothing leaves the machine). Terms are
 * binary (a plan paragraph says a thing once); weights are IDF over the plan's own paragraphs,
 * times a lower weight for delivery words (support, staff, weekly) so that a match is about
 * WHAT is provided. The score is the cosine of the two weighted vectors.
 */
export class Similarity {
  private df = new Map<string, number>();
  private n = 0;
  constructor(
    corpus: string[],
    private ignore: ReadonlySet<string>,
  ) {
    for (const text of corpus) {
      this.n++;
      for (const t of new Set(terms(text, ignore))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
  }

  index(text: string): Indexed {
    return { terms: new Set(terms(text, this.ignore)) };
  }

  weight(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.n - df + 0.5) / (df + 0.5)) * termWeight(term);
  }

  /** Cosine similarity, plus the share of the recommendation's weight the other text covers. */
  compare(
    a: Indexed,
    b: Indexed,
  ): { score: number; cosine: number; coverage: number; planCoverage: number; shared: string[]; unshared: string[] } {
    let dot = 0;
    let na = 0;
    let nb = 0;
    const shared: string[] = [];
    const unshared: string[] = [];
    for (const t of a.terms) {
      const w = this.weight(t);
      na += w * w;
      if (b.terms.has(t)) {
        dot += w * w;
        shared.push(t);
      } else unshared.push(t);
    }
    for (const t of b.terms) nb += this.weight(t) ** 2;
    const cosine = na && nb ? dot / Math.sqrt(na * nb) : 0;
    const planCoverage = nb ? dot / nb : 0;
    // Plans shorten: "A visual timetable will be used" is all about one part of a long
    // recommendation. Half the share of the plan text it explains counts as well as the cosine.
    return {
      score: Math.max(cosine, planCoverage * 0.5),
      cosine,
      coverage: na ? dot / na : 0,
      planCoverage,
      shared,
      unshared,
    };
  }
}
