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
export const MATCH_THRESHOLD = 0.4;
/** Case pages this close to the best are the same text (a Word file and its PDF): all claim the page. */
const SAME_TEXT = 0.03;
/** Within this of the best, the page that continues the previous page's document wins. */
const SEQUENCE_SLACK = 0.12;

/**
 * Matches every bundle page to the case page(s) it reproduces. Word runs are weighted by how rare
 * they are among the case's pages (IDF), so a letterhead, the child's name and "Date of birth"
 * count for little and the page's own sentences decide. A fully read page scores by Dice
 * (shared weight over both pages' weight): a page holding only half of a case page, or a case
 * page plus more, scores low. A partly read scan scores by how much of what was read is in the
 * case page. Where two case pages score close, the one that follows on from the previous bundle
 * page's match wins, so a document's pages are never mixed with another's.
 */
export function matchPages(casePages: CasePage[], bundlePages: ReadPage[]): PageMatch[][] {
  const caseSets = casePages.map((p) => shingles(words(p.text)));
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  caseSets.forEach((set, i) => {
    for (const s of set) {
      df.set(s, (df.get(s) ?? 0) + 1);
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const n = Math.max(1, casePages.length);
  const weight = (s: string) => Math.log(1 + n / ((df.get(s) ?? 1) + 0.5));
  const caseWeight = caseSets.map((set) => [...set].reduce((a, s) => a + weight(s), 0));

  const out: PageMatch[][] = [];
  let previous: PageMatch[] = [];
  for (const bp of bundlePages) {
    const set = shingles(words(bp.text));
    let own = 0;
    const shared = new Map<number, number>();
    for (const s of set) {
      const w = weight(s);
      own += w;
      for (const i of postings.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + w);
    }
    const scored = [...shared.entries()]
      .map(([i, w]) => ({ i, score: bp.partial ? w / own : (2 * w) / (own + caseWeight[i]!) }))
      .filter((c) => c.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score);
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
