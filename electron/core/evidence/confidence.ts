import type { TargetSection } from '../../../shared/evidence.ts';
import { MATCH_THRESHOLD, WRONG_PLACE_THRESHOLD, wordsFor, type MatchResult } from './matcher.ts';

/** Below this a finding is shown as "Please check", never as fact. */
export const CHECK_BELOW = 0.6;

/** Why a recommendation belongs where it does, in plain words with the rule behind it. */
const SECTION_RULES: Record<TargetSection, string> = {
  F: 'special educational provision belongs in Section F, where the council must secure it (Children and Families Act 2014 s42; therapy that educates or trains counts, s21(5))',
  G: 'health care provision that does not educate or train belongs in Section G',
  H1: 'social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 belongs in Section H1',
  H2: 'other social care provision belongs in Section H2',
  E: 'an outcome belongs in Section E (Code of Practice 9.66)',
  B: 'a need belongs in Section B',
};

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
export function confidenceOf(rec: { core: string; belongsIn: TargetSection }, m: MatchResult): Confidence {
  const { best } = m.basis;
  const reasons: string[] = [];
  let c: number;
  if (m.status === 'missing') {
    const near = best ? clamp(best.score / MATCH_THRESHOLD) : 0;
    c = 0.95 - 0.45 * near;
    if (best?.meaning !== undefined && best.meaning !== null && best.meaning >= 0.75) c -= 0.15;
    reasons.push(best && best.score > 0 ? `nothing in the plan is about the same provision (nearest: Section ${best.u.section} paragraph ${best.u.para}, match ${two(best.score)})` : 'no plan paragraph shares its words');
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
      reasons.push('the plan words it differently: whether part of it was left out needs a person to read both');
    }
    const words = wordsFor(rec.core, new Set(m.basis.chosen.flatMap((x) => x.shared)), 8);
    if (words.length) reasons.push(`shares the words: ${words.join(', ')}`);
    else reasons.push('shares no key words with the plan text');
  }
  if (best?.meaning !== undefined && best.meaning !== null) reasons.push(`meaning of the nearest plan text: ${best.meaning >= 0.75 ? 'close' : best.meaning >= 0.55 ? 'related' : 'distant'} (${two(best.meaning)})`);
  if (m.basis.kept.length) reasons.push(`kept: ${m.basis.kept.join('; ')}`);
  const lost = m.status === 'missing' ? [] : m.lostSpecifics.filter((l) => !l.startsWith('section:'));
  if (lost.length) reasons.push(`lost: ${lost.join('; ')}`);
  reasons.push(`section rule: ${SECTION_RULES[rec.belongsIn]}`);
  const confidence = two(clamp(c, 0.05, 0.99));
  return { confidence, reasons, needsCheck: confidence < CHECK_BELOW };
}
