import { shingles, words } from './tokens.ts';

/** One page of a case document, as stored (text layer or OCR). */
export interface CasePage {
  documentId: number;
  page: number;
  text: string;
}

/** One page of the bundle as read; `partial` when only part of a scanned page was OCRed. */
export interface ReadPage {
  text: string;
  partial: boolean;
}

export interface PageMatch {
  documentId: number;
  page: number;
  score: number;
}

/** Below this share of a bundle page's (weighted) word runs found in a case page, it is not that page. */
const MATCH_THRESHOLD = 0.4;
/** A partly read page that matched this weakly is read in full before deciding. */
export const SURE_MATCH = 0.6;
/** Case pages this close to the best are the same text (a Word file and its PDF): all claim the page. */
const SAME_TEXT = 0.03;
/** Within this of the best, the page that continues the previous page's document wins. */
const SEQUENCE_SLACK = 0.12;
/** Fewer words than this cannot tell one page from another. */
const MIN_IDENTIFYING_WORDS = 12;
/** This many words read with nothing of the case among them: the page is not from the case. */
const MIN_FOREIGN_WORDS = 30;
/** Below this a page shares nothing worth reading on for with any case page. */
const NOTHING_SHARED = 0.15;

interface Candidate {
  i: number;
  score: number;
}

/**
 * The case's pages as weighted word runs, for scoring bundle pages against. Runs are weighted by
 * how rare they are among the case's pages (IDF), so a letterhead, the child's name and "Date of
 * birth" count for little and the page's own sentences decide. A fully read page scores by Dice
 * (shared weight over both pages' weight): a page holding only half of a case page, or a case
 * page plus more, scores low. A partly read scan scores by how much of what was read is in the
 * case page.
 */
export class CasePageIndex {
  private readonly df = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly caseWeight: number[];

  constructor(readonly pages: CasePage[]) {
    const sets = pages.map((p) => shingles(words(p.text)));
    sets.forEach((set, i) => {
      for (const s of set) {
        this.df.set(s, (this.df.get(s) ?? 0) + 1);
        const list = this.postings.get(s);
        if (list) list.push(i);
        else this.postings.set(s, [i]);
      }
    });
    this.caseWeight = sets.map((set) => [...set].reduce((a, s) => a + this.weight(s), 0));
  }

  private weight(s: string): number {
    return Math.log(1 + Math.max(1, this.pages.length) / ((this.df.get(s) ?? 1) + 0.5));
  }

  /** Case pages scoring at least `floor` against a bundle page, best first. */
  score(page: ReadPage, floor = MATCH_THRESHOLD): Candidate[] {
    let own = 0;
    const shared = new Map<number, number>();
    for (const s of shingles(words(page.text))) {
      const w = this.weight(s);
      own += w;
      for (const i of this.postings.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + w);
    }
    return [...shared.entries()]
      .map(([i, w]) => ({ i, score: page.partial ? w / own : (2 * w) / (own + this.caseWeight[i]!) }))
      .filter((c) => c.score >= floor)
      .sort((a, b) => b.score - a.score);
  }

  /**
   * Whether what has been read of a scanned page settles it: enough words that it surely is a
   * case page, or enough that nothing of the case is in it (the council's own evidence). Reading
   * stops there; anything else reads on down the page.
   */
  settles(text: string): boolean {
    const count = words(text).length;
    if (count < MIN_IDENTIFYING_WORDS) return false;
    const best = this.score({ text, partial: true }, 0)[0]?.score ?? 0;
    return best >= SURE_MATCH || (count >= MIN_FOREIGN_WORDS && best < NOTHING_SHARED);
  }
}

/**
 * Matches every bundle page to the case page(s) it reproduces. Where two case pages score close,
 * the one that follows on from the previous bundle page's match wins, so a document's pages are
 * never mixed with another's.
 */
export function matchPages(index: CasePageIndex, bundlePages: ReadPage[]): PageMatch[][] {
  const casePages = index.pages;
  const out: PageMatch[][] = [];
  let previous: PageMatch[] = [];
  for (const bp of bundlePages) {
    const scored = index.score(bp);
    const best = scored[0];
    if (!best) {
      out.push((previous = []));
      continue;
    }
    const follows = scored.find(
      (c) =>
        c.score >= best.score - SEQUENCE_SLACK &&
        previous.some((p) => p.documentId === casePages[c.i]!.documentId && p.page + 1 === casePages[c.i]!.page),
    );
    const top = follows ?? best;
    const chosen = scored.filter(
      (c) =>
        c === top || (c.score >= top.score - SAME_TEXT && casePages[c.i]!.documentId !== casePages[top.i]!.documentId),
    );
    previous = chosen.map((c) => ({
      documentId: casePages[c.i]!.documentId,
      page: casePages[c.i]!.page,
      score: c.score,
    }));
    out.push(previous);
  }
  return out;
}
