import type { Flag, PlanSections, Recommendation } from '../../../shared/evidence.ts';
import { isEducatingTherapy } from './placement.ts';
import { anyOf, rules, rx } from './rules/index.ts';
import { Similarity } from './similarity.ts';
import { sentences } from './text.ts';

const vague = rules.vague.phrases.map((p) => ({
  ...p,
  re: rx(p.pattern, 'iu'),
  unless: p.unlessNearby ? rx(p.unlessNearby) : undefined,
}));

export interface VagueHit {
  id: string;
  match: string;
  label: string;
  reason: string;
  basis: string;
}

/** Vague or unquantified wording (vague.json) in a plan paragraph. */
export function vagueIn(text: string): VagueHit[] {
  const out: VagueHit[] = [];
  for (const v of vague) {
    const m = v.re.exec(text);
    if (!m) continue;
    if (v.unless?.test(text)) continue;
    if (v.onlyWithTherapy && !isEducatingTherapy(text)) continue;
    out.push({ id: v.id, match: m[0], label: v.label, reason: v.reason, basis: v.basis });
  }
  return out;
}

/** Wording that makes provision, not a description of need ("benefits from access to", "should have"). */
export const provisionLanguage = (text: string): boolean =>
  /\b(benefits? from|would benefit from|should (not )?(have|receive|be)|must not|needs? (access|to have|a |an )|requires?|will (have|receive|be given|be provided)|access to|must (have|be))\b/i.test(
    text,
  );

const socialCare = anyOf([...rules.placement.socialCareH1.patterns, ...rules.placement.socialCareH2.patterns]);
const timeFrame =
  /\b(by (the end of |the )?(\w+ )?(\d{4}|year \d+|key stage \d|term|summer|autumn|spring|july|december)|within \w+ (weeks|months|terms?|years?)|by (july|june|september|december|easter|christmas)|end of (year|term|key stage)|in \w+ (weeks|months))\b/i;
const measure =
  /(\d|%|\bcentile\b|\bout of\b|\bat least\b|\bindependently\b|\btimes\b|\boccasions\b|\bstandardised\b|\bage[- ]appropriate\b)/i;

/**
 * The plan checked on its own ("red pen"): vague wording in F (with the report's specific
 * version where one matched), needs in B with no provision in F, outcomes in E that are not
 * SMART (Code of Practice 9.61, 9.66), social care provision in F, educating therapy in G, and
 * provision written only in B. Wording is "likely not specific enough", never "unlawful".
 */
export function redPen(sections: PlanSections, recs: Recommendation[], ignore: ReadonlySet<string>): Flag[] {
  const flags: Flag[] = [];
  for (const p of sections.F ?? []) {
    const hits = vagueIn(p.text);
    if (hits.length === 0) continue;
    // The report's specific version: the best-matching recommendation whose main match is this paragraph.
    const source = recs
      .filter(
        (r) =>
          r.section === 'F' && r.kind === 'provision' && r.para?.split(', ')[0] === p.para && r.status !== 'included',
      )
      .sort((a, b) => b.score - a.score)[0];
    flags.push({
      section: 'F',
      para: p.para,
      text: p.text,
      kind: 'vague-wording',
      // The rule's basis (sourced or reasoned) is for the rules' maintainers, not the parent's page.
      reason: `Likely not specific enough: ${hits.map((h) => `"${h.match}" — ${h.reason}`).join('; ')}. Code of Practice 9.69: provision should be detailed, specific and normally quantified.`,
      ...(source
        ? {
            suggestion: `${source.text} (${source.fileName}, page ${source.page}${source.paragraph ? `, para ${source.paragraph}` : ''})`,
          }
        : {}),
    });
  }
  const fParas = sections.F ?? [];
  const corpus = Object.values(sections).flatMap((ps) => (ps ?? []).map((p) => p.text));
  const sim = new Similarity(corpus, ignore);
  const fIx = fParas.map((p) => sim.index(p.text));
  for (const p of sections.B ?? []) {
    const needs = sentences(p.text).filter((s) => !provisionLanguage(s));
    for (const s of sentences(p.text).filter(provisionLanguage)) {
      flags.push({
        section: 'B',
        para: p.para,
        text: s,
        kind: 'provision-in-B',
        reason:
          'Provision written in Section B (needs) cannot be enforced. It should be set out, specified and quantified, in Section F.',
      });
    }
    if (needs.length === 0 || !fParas.length) continue;
    const ix = sim.index(needs.join(' '));
    const best = Math.max(0, ...fIx.map((f) => sim.compare(ix, f).score));
    if (best < 0.12) {
      flags.push({
        section: 'B',
        para: p.para,
        text: needs.join(' '),
        kind: 'need-without-provision',
        reason: `No provision in Section F appears to meet this need${p.area ? ` (${p.area})` : ''}. Every need in B should have provision in F (R v Secretary of State for Education ex p E [1992]).`,
      });
    }
  }
  for (const p of sections.E ?? []) {
    const missingParts = [
      !measure.test(p.text) ? 'measure of success' : '',
      !timeFrame.test(p.text) ? 'time frame' : '',
    ].filter(Boolean);
    const service = /\bwill (have|receive|be given) (access|support)\b/i.test(p.text);
    if (missingParts.length || service) {
      flags.push({
        section: 'E',
        para: p.para,
        text: p.text,
        kind: 'outcome-not-smart',
        reason: `This outcome is not SMART: it has no ${missingParts.join(' and no ') || 'benefit to the child'}${service ? ' and describes a service, not a benefit to the child' : ''} (Code of Practice 9.61, 9.66).`,
      });
    }
  }
  for (const p of sections.F ?? []) {
    if (socialCare.test(p.text) && !isEducatingTherapy(p.text)) {
      flags.push({
        section: 'F',
        para: p.para,
        text: p.text,
        kind: 'social-care-in-F',
        reason:
          'This reads as social care provision (short breaks, support workers, family support). It belongs in Section H1 or H2, where the social care duty applies.',
      });
    }
  }
  for (const p of sections.G ?? []) {
    if (isEducatingTherapy(p.text)) {
      flags.push({
        section: 'G',
        para: p.para,
        text: p.text,
        kind: 'therapy-in-G',
        reason:
          'Therapy that educates or trains (speech and language therapy, usually occupational therapy) is special educational provision and should be in Section F, where the local authority must secure it (CFA 2014 s21(5), s42(2); Code of Practice 9.74).',
      });
    }
  }
  return flags;
}
