import type { EvidenceMap, Recommendation, SectionId } from '../../../shared/evidence.ts';
import type { Amendment, AmendmentEdit } from '../../../shared/papers.ts';
import { asPlanWording } from '../evidence/wording.ts';
import type { Citer } from './citations.ts';

export interface AmendmentOptions {
  underAppeal: Set<SectionId>;
  confirmedOnly: boolean;
  edits: AmendmentEdit[];
  citer: Citer;
}

/** Why the change is asked for, in a sentence a panel reads in the amendments table. */
function reasonFor(r: Recommendation): string {
  // The map's word lists ("not in the plan: end, key, stage") help on screen, not in a table for a panel.
  const lostSpecifics = r.lostSpecifics
    .map((l) => l.replace(/\s*\(not in the plan:[^)]*\)/g, '').trim())
    .filter(Boolean);
  const lost = lostSpecifics.length ? ` What was lost: ${lostSpecifics.join('; ')}.` : '';
  const note = r.note ? ` ${r.note}` : '';
  switch (r.status) {
    case 'weakened':
      return `The plan's wording is weaker than the professional advice.${lost}${note}`;
    case 'wrong-section':
      return `This is written in Section ${r.section}, where it is not enforceable as it should be; it belongs in Section ${r.belongsIn}.${note}`;
    default:
      return `The professional advice is not in the plan.${note}`;
  }
}

const firstPara = (para: string | null): string | null => para?.split(/,\s*/)[0] ?? null;

function fromRecommendation(r: Recommendation, opts: AmendmentOptions, warnings: string[]): Amendment | undefined {
  const citations = [opts.citer.cite(r)];
  const base = {
    id: r.id,
    sought: asPlanWording(r.text),
    reason: reasonFor(r),
    citations,
    confirmed: r.confirmed,
    edited: false,
    excluded: false,
  };
  if (!opts.underAppeal.has(r.belongsIn)) {
    warnings.push(
      `Not in the working document: "${r.text.slice(0, 80)}${r.text.length > 80 ? '…' : ''}" belongs in Section ${r.belongsIn}, which is not part of this appeal.` +
        ' If you are also asking for health and social care recommendations, turn on "extended appeal" in the case details.',
    );
    return undefined;
  }
  if (r.status === 'weakened' && r.section && opts.underAppeal.has(r.section)) {
    return {
      ...base,
      kind: 'amend',
      section: r.section,
      para: firstPara(r.para),
      fromSection: null,
      fromPara: null,
      current: r.planQuote ?? '',
    };
  }
  if (r.status === 'wrong-section' && r.section && opts.underAppeal.has(r.section) && r.planQuote) {
    return {
      ...base,
      kind: 'move',
      section: r.belongsIn,
      para: null,
      fromSection: r.section,
      fromPara: firstPara(r.para),
      current: r.planQuote,
    };
  }
  // Missing, or found where this appeal cannot strike it: ask for it where it belongs.
  return { ...base, kind: 'add', section: r.belongsIn, para: null, fromSection: null, fromPara: null, current: '' };
}

function ownAmendment(e: AmendmentEdit): Amendment | undefined {
  if (!e.section || !e.sought) return undefined;
  return {
    id: e.id,
    kind: e.current ? 'amend' : 'add',
    section: e.section,
    para: e.para ?? null,
    fromSection: null,
    fromPara: null,
    current: e.current ?? '',
    sought: e.sought,
    reason: e.reason ?? '',
    citations: [],
    confirmed: true,
    edited: true,
    excluded: e.excluded ?? false,
  };
}

/**
 * The family's amendments: one per finding that is not "included" (a user who disagrees with a
 * finding overrides it to included in the evidence map), limited to confirmed findings when
 * asked, with the user's own wording and amendments laid over them.
 */
export function buildAmendments(
  map: EvidenceMap,
  opts: AmendmentOptions,
): { amendments: Amendment[]; warnings: string[] } {
  const warnings: string[] = [];
  const edits = new Map(opts.edits.map((e) => [e.id, e]));
  const out: Amendment[] = [];
  for (const r of map.recommendations) {
    if (r.status === 'included' || (opts.confirmedOnly && !r.confirmed)) continue;
    const a = fromRecommendation(r, opts, warnings);
    if (!a) continue;
    const e = edits.get(r.id);
    if (e) {
      if (e.sought !== undefined) a.sought = e.sought;
      if (e.reason !== undefined) a.reason = e.reason;
      a.excluded = e.excluded ?? false;
      a.edited = e.sought !== undefined || e.reason !== undefined;
    }
    out.push(a);
  }
  for (const e of opts.edits) {
    if (!e.id.startsWith('own-')) continue;
    const own = ownAmendment(e);
    if (own && opts.underAppeal.has(own.section)) out.push(own);
  }
  return { amendments: out, warnings };
}
