import type { EvidenceStatus, PlanSections, SectionId, Specific, TargetSection } from '../../../shared/evidence.ts';
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
}

export interface MatchInput {
  text: string;
  kind: 'provision' | 'outcome' | 'need';
  belongsIn: TargetSection;
  specifics: Specific[];
}

export interface MatchResult {
  status: EvidenceStatus;
  section: SectionId | null;
  para: string | null;
  planQuote: string | null;
  lostSpecifics: string[];
  score: number;
}

/** Below this a plan paragraph is not about the same thing (cosine of TF-IDF vectors). */
export const MATCH_THRESHOLD = 0.12;
/** Finding something only in the wrong place needs a clearer match than finding it in the right one. */
export const WRONG_PLACE_THRESHOLD = 0.15;
/** Windows of lines are many arbitrary candidates, so one must match more clearly to count. */
export const WINDOW_THRESHOLD = 0.2;
/** A second paragraph joins the quote when it scores at least this share of the best. */
const SECOND_SHARE = 0.6;

/** Sections to search first (the right place) and where finding it instead is the wrong place. */
const PLACES: Record<TargetSection, { right: SectionId[]; wrong: SectionId[] }> = {
  F: { right: ['F'], wrong: ['B', 'G', 'H1', 'H2'] },
  G: { right: ['G'], wrong: ['F', 'B', 'H1', 'H2'] },
  H1: { right: ['H1', 'H2'], wrong: ['F', 'G', 'B'] },
  H2: { right: ['H2', 'H1'], wrong: ['F', 'G', 'B'] },
  E: { right: ['E'], wrong: [] },
  B: { right: ['B', 'C', 'D'], wrong: [] },
};

export function planUnits(sections: PlanSections, sim: Similarity): PlanUnit[] {
  const units: PlanUnit[] = [];
  for (const [section, paras] of Object.entries(sections) as [SectionId, PlanSections[SectionId]][]) {
    if (['A', 'I', 'J', 'K'].includes(section)) continue;
    for (const p of paras ?? []) {
      // B, C and D mix needs and provision in one paragraph; elsewhere a long paragraph (a table
      // row or a block the layout merged) is compared sentence by sentence as well as whole.
      const split = sentences(p.text);
      const parts = ['B', 'C', 'D'].includes(section) ? split : p.text.split(/\s+/).length > 30 && split.length > 1 ? [p.text, ...split] : [p.text];
      // A table read from a PDF loses its columns: a row is a few printed lines, so windows of
      // one to three lines are compared too.
      // A paragraph made of many printed lines is likely a table that lost its columns: its rows
      // (windows of lines) are the candidates, not the whole run-together text.
      for (const text of p.lines ? parts.filter((t) => t !== p.text) : parts) units.push({ section, para: p.para, page: p.page, text, indexed: sim.index(text) });
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

/**
 * Decides where a recommendation landed and how well: included (right section, specifics intact,
 * no hedging), weakened (right section, specifics or force lost, or only part of it), wrong-section
 * (only where it is not enforceable or does not belong: provision only in B, SALT only in G,
 * social care in F), missing (nowhere adequate).
 */
export function matchRecommendation(rec: MatchInput, units: PlanUnit[], sim: Similarity): MatchResult {
  const recIx = sim.index(rec.text);
  const scored = units
    .map((u) => {
      const c = sim.compare(recIx, u.indexed);
      // A window of lines is an arbitrary cut: only the cosine counts, not how much of the cut it explains.
      return { u, ...c, score: u.lines ? c.cosine : c.score };
    })
    .sort((a, b) => b.score - a.score);
  const places = PLACES[rec.belongsIn];
  const right = scored.filter((s) => places.right.includes(s.u.section) && (!s.u.lines || s.score >= WINDOW_THRESHOLD));
  const best = right[0];
  if (best && best.score >= MATCH_THRESHOLD) {
    const chosen: typeof right = [];
    for (const s of right) {
      if (chosen.length === 3) break;
      if (chosen.length > 0 && !(s.score >= best.score * SECOND_SHARE && s.score >= MATCH_THRESHOLD * 1.5 && s.u.section === best.u.section)) continue;
      if (chosen.some((c) => overlaps(c.u, s.u))) continue;
      chosen.push(s);
    }
    const quote = chosen.map((s) => s.u.text).join(' … ');
    const lost = lostSpecifics(rec, quote);
    const whole = sim.compare(recIx, sim.index(quote));
    const coverage = Math.max(...chosen.map((c) => c.coverage), whole.coverage);
    const partial = coverage < 0.5;
    const vague = vagueIn(quote).filter((v) => v.id !== 'should');
    if (partial) {
      const missingWords = wordsFor(rec.text, new Set(whole.unshared.filter((t) => termWeight(t) === 1)));
      lost.push(`content: only part of the recommendation is in the plan${missingWords.length ? ` (not in the plan: ${missingWords.join(', ')})` : ''}`);
    }
    for (const v of vague) lost.push(`force: "${v.match}" in the plan (${v.reason.replace(/\.$/, '').toLowerCase()})`);
    return {
      status: lost.length === 0 ? 'included' : 'weakened',
      section: best.u.section,
      para: [...new Set(chosen.map((c) => c.u.para))].join(', '),
      planQuote: quote,
      lostSpecifics: dedupe(lost),
      score: round(best.score),
    };
  }
  const wrong = scored.find(
    (s) => places.wrong.includes(s.u.section) && s.score >= Math.max(WRONG_PLACE_THRESHOLD, s.u.lines ? WINDOW_THRESHOLD : 0) && (s.u.section !== 'B' || provisionLanguage(s.u.text)),
  );
  if (wrong) {
    return {
      status: 'wrong-section',
      section: wrong.u.section,
      para: wrong.u.para,
      planQuote: wrong.u.text,
      lostSpecifics: dedupe([`section: belongs in Section ${rec.belongsIn} → found only in Section ${wrong.u.section}`, ...lostSpecifics(rec, wrong.u.text)]),
      score: round(wrong.score),
    };
  }
  return {
    status: 'missing',
    section: null,
    para: null,
    planQuote: null,
    lostSpecifics: rec.specifics.map((s) => `${label(s.type)}: ${s.text} → not stated`),
    score: round(best?.score ?? 0),
  };
}

/** The report's own words behind the terms the plan lacks, in reading order, at most six. */
function wordsFor(text: string, missing: Set<string>): string[] {
  const out: string[] = [];
  for (const w of text.match(/[A-Za-z][A-Za-z'-]+/g) ?? []) {
    const t = terms(w);
    if (t.length === 1 && missing.has(t[0]!) && !out.includes(w.toLowerCase())) out.push(w.toLowerCase());
    if (out.length === 6) break;
  }
  return out;
}

/** Two units quote the same text: the same paragraph, unless they are separate windows of lines. */
function overlaps(a: PlanUnit, b: PlanUnit): boolean {
  if (a.section !== b.section || a.para !== b.para) return false;
  if (!a.lines || !b.lines) return a.text.includes(b.text) || b.text.includes(a.text) || (!a.lines && !b.lines && a.text === b.text) || Boolean(a.lines ?? b.lines);
  return a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1];
}

const label = (t: Specific['type']) => rules.specifics.labels[t] ?? t;
const round = (n: number) => Math.round(n * 1000) / 1000;
const dedupe = (xs: string[]) => [...new Set(xs)];

/** Each specific of the recommendation the plan text does not keep, in plain words. */
export function lostSpecifics(rec: MatchInput, planText: string): string[] {
  const plan = extractSpecifics(planText);
  const out: string[] = [];
  for (const s of rec.specifics) {
    if (kept(s, plan)) continue;
    const instead = plan.filter((p) => p.type === s.type).map((p) => p.text);
    out.push(`${label(s.type)}: ${s.text} → ${instead.length ? instead.join(', ') : 'not stated'}`);
  }
  return out;
}
