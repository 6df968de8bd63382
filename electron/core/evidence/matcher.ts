import type { EvidenceStatus, PlanSections, SectionId, Specific, TargetSection } from '../../../shared/evidence.ts';
import { cosine, type Vector } from './embedder.ts';
import { provisionLanguage, vagueIn } from './redPen.ts';
import { rules } from './rules/index.ts';
import { Similarity, type Indexed } from './similarity.ts';
import { extractSpecifics, kept } from './specifics.ts';
import { sentences, termWeight, terms } from './text.ts';

export interface PlanUnit {
  section: SectionId;
  para: string;
  page: number;
  /** The paragraph, or one sentence of it (B, C and D mix needs and provision in one paragraph). */
  text: string;
  indexed: Indexed;
  /** For a window of printed lines: which lines, so overlapping windows are not quoted twice. */
  lines?: [number, number];
  /** Its meaning as a sentence vector, when the semantic model ran. */
  vector?: Vector;
}

export interface MatchInput {
  text: string;
  /** The provision without illustrations, targets and reasons (asides.ts): what the plan must keep. */
  core: string;
  kind: 'provision' | 'outcome' | 'need';
  belongsIn: TargetSection;
  /** Specifics of the core: a plan that leaves out an illustration or a target has lost nothing. */
  specifics: Specific[];
  vector?: Vector;
}

/** One plan unit scored against a recommendation. */
export interface Candidate {
  u: PlanUnit;
  /** TF-IDF score (cosine, or the share of the plan text explained). */
  tfidf: number;
  /** Cosine of the sentence vectors, when there are vectors. */
  meaning: number | null;
  /** The two combined: what ranks candidates and meets the thresholds. */
  score: number;
  coverage: number;
  shared: string[];
  unshared: string[];
}

export interface MatchResult {
  status: EvidenceStatus;
  section: SectionId | null;
  para: string | null;
  planQuote: string | null;
  lostSpecifics: string[];
  score: number;
  /** What the decision rests on, for confidence and its reasons. */
  basis: { best: Candidate | undefined; chosen: Candidate[]; kept: string[]; rule: string; notInPlan?: string[] };
}

/** Below this a plan paragraph is not about the same thing. */
export const MATCH_THRESHOLD = 0.12;
/** Finding something only in the wrong place needs a clearer match than finding it in the right one. */
export const WRONG_PLACE_THRESHOLD = 0.15;
/** Windows of lines are many arbitrary candidates, so one must match more clearly to count. */
export const WINDOW_THRESHOLD = 0.2;
/** A second paragraph joins the quote when it scores at least this share of the best. */
const SECOND_SHARE = 0.6;
/**
 * Meaning counts above this cosine and against below it: the encoder puts any two sentences about
 * a child at school near 0.5, so only the distance from that tells anything.
 */
export const MEANING_FLOOR = 0.55;
export const MEANING_WEIGHT = 0.5;
/** Below the floor meaning counts more: shared words with a different meaning are a weak guess. */
export const MEANING_PENALTY = 1.5;
/** Sentences this close in meaning say the same thing, whatever their words. */
export const SAME_MEANING = 0.75;
/** A plan paragraph that restates one recommendation nearly word for word is that recommendation's. */
const OWNED = 0.8;
/** Another recommendation must match such a paragraph at least this well to share it. */
const SHARE_OWNED = 0.3;
/** The wrong place wins when it matches this many times better than anything in the right place. */
const WRONG_PLACE_LEAD = 2;

/** Sections to search first (the right place) and where finding it instead is the wrong place. */
const PLACES: Record<TargetSection, { right: SectionId[]; wrong: SectionId[] }> = {
  // Provision written in B, C or D (needs) cannot be enforced.
  F: { right: ['F'], wrong: ['B', 'C', 'D', 'G', 'H1', 'H2'] },
  G: { right: ['G'], wrong: ['F', 'B', 'C', 'H1', 'H2'] },
  H1: { right: ['H1', 'H2'], wrong: ['F', 'G', 'B', 'D'] },
  H2: { right: ['H2', 'H1'], wrong: ['F', 'G', 'B', 'D'] },
  E: { right: ['E'], wrong: [] },
  B: { right: ['B', 'C', 'D'], wrong: [] },
};
const NEEDS_SECTIONS = new Set<SectionId>(['B', 'C', 'D']);

export function planUnits(sections: PlanSections, sim: Similarity): PlanUnit[] {
  const units: PlanUnit[] = [];
  for (const [section, paras] of Object.entries(sections) as [SectionId, PlanSections[SectionId]][]) {
    if (['A', 'I', 'J', 'K'].includes(section)) continue;
    for (const p of paras ?? []) {
      // B, C and D mix needs and provision in one paragraph; elsewhere a long paragraph (a table
      // row or a block the layout merged) is compared sentence by sentence as well as whole.
      const split = sentences(p.text);
      const parts = NEEDS_SECTIONS.has(section)
        ? split
        : p.text.split(/\s+/).length > 30 && split.length > 1
          ? [p.text, ...split]
          : [p.text];
      // A paragraph made of many printed lines is likely a table that lost its columns: its rows
      // (windows of one to three lines) are the candidates, not the whole run-together text.
      for (const text of p.lines ? parts.filter((t) => t !== p.text) : parts)
        units.push({ section, para: p.para, page: p.page, text, indexed: sim.index(text) });
      for (const size of p.lines ? [1, 2, 3] : []) {
        for (let i = 0; i + size <= p.lines!.length; i++) {
          const text = p.lines!.slice(i, i + size).join(' ');
          units.push({ section, para: p.para, page: p.page, text, indexed: sim.index(text), lines: [i, i + size - 1] });
        }
      }
    }
  }
  return units;
}

/** Every unit scored against one recommendation, best first. */
export function candidates(rec: MatchInput, units: PlanUnit[], sim: Similarity): Candidate[] {
  // The whole text finds the paragraph: a plan often keeps a report's example or purpose words.
  const recIx = sim.index(rec.text);
  return units
    .map((u) => {
      const c = sim.compare(recIx, u.indexed);
      // A window of lines is an arbitrary cut: only the cosine counts, not how much of the cut it explains.
      const tfidf = u.lines ? c.cosine : c.score;
      const meaning = rec.vector && u.vector ? cosine(rec.vector, u.vector) : null;
      const lift =
        meaning === null || tfidf === 0
          ? 0
          : (meaning >= MEANING_FLOOR ? MEANING_WEIGHT : MEANING_PENALTY) * (meaning - MEANING_FLOOR);
      const score = Math.max(0, tfidf + lift);
      return { u, tfidf, meaning, score, coverage: c.coverage, shared: c.shared, unshared: c.unshared };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Whether a candidate shares anything about WHAT is provided: delivery words alone (weekly,
 * sessions, minutes, staff) are in every paragraph of Section F and say nothing about the match.
 */
const sharesWhat = (c: Candidate) => c.shared.some((t) => termWeight(t) === 1);

/** A key for "the same plan unit" across recommendations. */
export const unitKey = (u: PlanUnit) => `${u.section}|${u.para}|${u.text}`;

/**
 * Decides where a recommendation landed and how well: included (right section, specifics intact,
 * no hedging), weakened (right section, specifics or force lost, or only part of it), wrong-section
 * (only where it is not enforceable or does not belong: provision only in B, C or D, SALT only in
 * G, social care in F), missing (nothing in the plan is about the same provision — never a weak
 * best guess). `ownedBy` gives, for a unit, how well another recommendation restates it.
 */
export function matchRecommendation(
  rec: MatchInput,
  scored: Candidate[],
  sim: Similarity,
  ownedBy: (u: PlanUnit) => number = () => 0,
): MatchResult {
  // A paragraph another recommendation restates almost word for word is shared only on a clear match.
  const usable = scored.filter((s) => ownedBy(s.u) < OWNED || s.score >= SHARE_OWNED);
  const places = PLACES[rec.belongsIn];
  const right = usable.filter(
    (s) => places.right.includes(s.u.section) && (!s.u.lines || s.score >= WINDOW_THRESHOLD) && sharesWhat(s),
  );
  const wrong = usable.find(
    (s) =>
      places.wrong.includes(s.u.section) &&
      sharesWhat(s) &&
      s.score >= Math.max(WRONG_PLACE_THRESHOLD, s.u.lines ? WINDOW_THRESHOLD : 0) &&
      (!NEEDS_SECTIONS.has(s.u.section) || provisionLanguage(s.u.text)),
  );
  const best = right[0];
  const rightMatches = best !== undefined && best.score >= MATCH_THRESHOLD;
  // Copied nearly whole into the wrong section, while the right one has only a loose echo of it.
  const wrongWins =
    wrong !== undefined && rightMatches && wrong.score >= WRONG_PLACE_LEAD * best.score && wrong.tfidf >= 0.35;
  if (rightMatches && !wrongWins) return inRightPlace(rec, best, right, sim);
  if (wrong) {
    const section = `section: belongs in Section ${rec.belongsIn} → found only in Section ${wrong.u.section}`;
    const lost = lostSpecifics(rec, wrong.u.text);
    return {
      status: 'wrong-section',
      section: wrong.u.section,
      para: wrong.u.para,
      planQuote: wrong.u.text,
      lostSpecifics: dedupe([section, ...lost.lost]),
      score: round(wrong.score),
      basis: { best: wrong, chosen: [wrong], kept: lost.kept, rule: `belongs in Section ${rec.belongsIn}` },
    };
  }
  return {
    status: 'missing',
    section: null,
    para: null,
    planQuote: null,
    lostSpecifics: rec.specifics.map((s) => `${label(s.type)}: ${s.text} → not stated`),
    score: round(best?.score ?? 0),
    basis: { best, chosen: [], kept: [], rule: `belongs in Section ${rec.belongsIn}` },
  };
}

function inRightPlace(rec: MatchInput, best: Candidate, right: Candidate[], sim: Similarity): MatchResult {
  // One recommendation may be split over paragraphs: others that match nearly as well join the quote.
  const chosen: Candidate[] = [best];
  for (const s of right.slice(1)) {
    if (chosen.length === 3) break;
    if (s.u.section !== best.u.section || s.score < MATCH_THRESHOLD * 1.5 || chosen.some((c) => overlaps(c.u, s.u)))
      continue;
    // Nearly as good a match, or one that keeps specifics the quote so far loses (the rest of a split recommendation).
    const quoteSoFar = chosen.map((c) => c.u.text).join(' ');
    const adds =
      lostSpecifics(rec, quoteSoFar).lost.length > lostSpecifics(rec, `${quoteSoFar} ${s.u.text}`).lost.length;
    if (s.score >= best.score * SECOND_SHARE || adds) chosen.push(s);
  }
  const quote = chosen.map((s) => s.u.text).join(' … ');
  const { lost, kept: keptList } = lostSpecifics(rec, quote);
  const whole = sim.compare(sim.index(rec.core), sim.index(quote));
  const coverage = Math.max(...chosen.map((c) => c.coverage), whole.coverage);
  // Few words in common but the same meaning ("pre-teaching of vocabulary" for "vocabulary taught
  // before each topic") is a rewording, not a part left out.
  const sameMeaning = chosen.some((c) => c.meaning !== null && c.meaning >= SAME_MEANING);
  // Terms about what is provided that the plan's text leaves out, when only part of it is there.
  const notInPlan = coverage < 0.5 && !sameMeaning ? whole.unshared.filter((t) => termWeight(t) === 1) : [];
  if (coverage < 0.5 && !sameMeaning) {
    const missingWords = wordsFor(rec.core, new Set(notInPlan));
    lost.push(
      `content: only part of the recommendation is in the plan${missingWords.length ? ` (not in the plan: ${missingWords.join(', ')})` : ''}`,
    );
  }
  for (const v of vagueIn(quote).filter((x) => x.id !== 'should'))
    lost.push(`force: "${v.match}" in the plan (${v.reason.replace(/\.$/, '').toLowerCase()})`);
  return {
    status: lost.length === 0 ? 'included' : 'weakened',
    section: best.u.section,
    para: [...new Set(chosen.map((c) => c.u.para))].join(', '),
    planQuote: quote,
    lostSpecifics: dedupe(lost),
    score: round(best.score),
    basis: { best, chosen, kept: keptList, rule: `belongs in Section ${rec.belongsIn}`, notInPlan },
  };
}

/** The report's own words behind some of its terms, in reading order, at most `limit`. */
export function wordsFor(text: string, wanted: Set<string>, limit = 6): string[] {
  const out: string[] = [];
  for (const w of text.match(/[A-Za-z][A-Za-z'-]+/g) ?? []) {
    const t = terms(w);
    if (t.length === 1 && wanted.has(t[0]!) && !out.includes(w.toLowerCase())) out.push(w.toLowerCase());
    if (out.length === limit) break;
  }
  return out;
}

/** Two units quote the same text: the same paragraph, unless they are separate windows of lines. */
function overlaps(a: PlanUnit, b: PlanUnit): boolean {
  if (a.section !== b.section || a.para !== b.para) return false;
  if (!a.lines || !b.lines)
    return (
      a.text.includes(b.text) ||
      b.text.includes(a.text) ||
      (!a.lines && !b.lines && a.text === b.text) ||
      Boolean(a.lines ?? b.lines)
    );
  return a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1];
}

export const label = (t: Specific['type']) => rules.specifics.labels[t] ?? t;
const round = (n: number) => Math.round(n * 1000) / 1000;
const dedupe = (xs: string[]) => [...new Set(xs)];

/** Each specific of the recommendation the plan text keeps, and each it does not, in plain words. */
export function lostSpecifics(
  rec: Pick<MatchInput, 'specifics'>,
  planText: string,
): { lost: string[]; kept: string[] } {
  const plan = extractSpecifics(planText);
  const lost: string[] = [];
  const keptList: string[] = [];
  for (const s of rec.specifics) {
    if (kept(s, plan)) {
      keptList.push(`${label(s.type)}: ${s.text}`);
      continue;
    }
    const instead = plan.filter((p) => p.type === s.type).map((p) => p.text);
    lost.push(`${label(s.type)}: ${s.text} → ${instead.length ? instead.join(', ') : 'not stated'}`);
  }
  return { lost, kept: keptList };
}
