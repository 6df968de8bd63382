import type { Specific, TargetSection } from '../../../shared/evidence.ts';
import { MATCH_THRESHOLD, WRONG_PLACE_THRESHOLD, type MatchResult } from './matcher.ts';
import { reasonSentences, type ReasonFacts } from './reasonSentences.ts';
import { vagueIn } from './redPen.ts';
import { sharedPhrases } from './sharedPhrases.ts';
import { extractSpecifics, kept } from './specifics.ts';

/** Below this a finding is shown as "Please check", never as fact. */
export const CHECK_BELOW = 0.6;

export interface Confidence {
  confidence: number;
  reasons: string[];
  needsCheck: boolean;
}

const clamp = (n: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, n));
const two = (n: number) => Math.round(n * 100) / 100;

/**
 * How sure the finding is, from how clearly the plan text matches (or how far the nearest text is
 * from matching, for "missing"), whether the sentence meanings agree with the shared words, and
 * the reasons in plain words: shared words, specifics kept and lost, the section rule.
 */
export function confidenceOf(
  rec: { core: string; belongsIn: TargetSection; specifics: Specific[] },
  m: MatchResult,
): Confidence {
  const { best } = m.basis;
  let reworded = false;
  let c: number;
  if (m.status === 'missing') {
    const near = best ? clamp(best.score / MATCH_THRESHOLD) : 0;
    c = 0.95 - 0.45 * near;
    if (best?.meaning !== undefined && best.meaning !== null && best.meaning >= 0.75) c -= 0.15;
  } else {
    const floor = m.status === 'wrong-section' ? WRONG_PLACE_THRESHOLD : MATCH_THRESHOLD;
    const strength = best ? clamp((best.score - floor) / (0.6 - floor)) : 0;
    c = 0.35 + 0.6 * strength;
    if (best?.meaning !== undefined && best.meaning !== null) {
      if (best.meaning >= 0.75) c += 0.1;
      else if (best.meaning < 0.45) c -= 0.15;
    }
    // Weakened only because fewer words carry over: a shorter rewording or a part left out is a
    // reader's judgement, so it is never stated as fact.
    const losses = m.lostSpecifics.filter((l) => !l.startsWith('section:'));
    if (m.status === 'weakened' && losses.length > 0 && losses.every((l) => l.startsWith('content:'))) {
      c = Math.min(c, CHECK_BELOW - 0.05);
      reworded = true;
    }
  }
  const confidence = two(clamp(c, 0.05, 0.99));
  return { confidence, reasons: reasonSentences(reasonFacts(rec, m, reworded)), needsCheck: confidence < CHECK_BELOW };
}

/** What the finding rests on, from the match, for reasonSentences. */
function reasonFacts(
  rec: { core: string; belongsIn: TargetSection; specifics: Specific[] },
  m: MatchResult,
  reworded: boolean,
): ReasonFacts {
  const { best } = m.basis;
  const meaning = best?.meaning ?? null;
  const place =
    m.section && m.para
      ? { section: m.section, para: m.para }
      : best && best.score > 0
        ? { section: best.u.section, para: best.u.para }
        : undefined;
  const facts: ReasonFacts = {
    status: m.status,
    belongsIn: rec.belongsIn,
    ...(place ? { place } : {}),
    sharedPhrases: [],
    ...(meaning === null ? {} : { meaning: meaning >= 0.75 ? 'close' : meaning >= 0.55 ? 'related' : 'distant' }),
    kept: [],
    lost: [],
    vague: [],
    ...(reworded ? { reworded } : {}),
  };
  if (m.status === 'missing' || !m.planQuote) return facts;
  const shared = new Set(m.basis.chosen.flatMap((x) => x.shared));
  facts.sharedPhrases = sharedPhrases(rec.core, shared);
  const plan = extractSpecifics(m.planQuote);
  // The same detail found twice ("teacher" in two sentences) is said once.
  const once = rec.specifics.filter(
    (s, i) => rec.specifics.findIndex((o) => o.type === s.type && o.text.toLowerCase() === s.text.toLowerCase()) === i,
  );
  for (const s of once) {
    if (kept(s, plan)) facts.kept.push(s);
    else facts.lost.push({ specific: s, instead: plan.filter((p) => p.type === s.type).map((p) => p.text) });
  }
  if (!reworded && m.lostSpecifics.some((l) => l.startsWith('content:')))
    facts.partOnly = sharedPhrases(rec.core, new Set(m.basis.notInPlan ?? []));
  if (m.status !== 'wrong-section')
    facts.vague = vagueIn(m.planQuote)
      .filter((v) => v.id !== 'should')
      .map((v) => ({ words: v.match, reason: v.reason }));
  return facts;
}
