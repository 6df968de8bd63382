import { STATUS_LABELS, type EvidenceMap, type FlagKind } from '../../../../shared/evidence.ts';

/** What both renderings (Word and PDF) show, in words, so they cannot drift apart. */
export interface GapReport {
  title: string;
  childName: string;
  generated: string;
  planLine: string;
  disclaimer: string;
  summary: { label: string; count: number }[];
  rows: {
    n: string;
    source: string;
    recommendation: string;
    planSays: string;
    status: string;
    lost: string;
    wording: string;
  }[];
  flags: { where: string; wording: string; issue: string; suggestion: string }[];
  notes: string[];
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  'vague-wording': 'Vague wording',
  'need-without-provision': 'Need with no provision in F',
  'outcome-not-smart': 'Outcome not SMART',
  'social-care-in-F': 'Social care provision in F',
  'therapy-in-G': 'Educating therapy in G',
  'provision-in-B': 'Provision written in B',
  'advice-not-in-K': 'Report not listed in K',
  'K-entry-not-in-case': 'K entry not in the case',
};

const enGB = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Status order in the report: what needs action first. */
const ORDER = ['missing', 'wrong-section', 'weakened', 'included'] as const;

export function buildGapReport(map: EvidenceMap, childName: string, now = new Date()): GapReport {
  const recs = [...map.recommendations].sort(
    (a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.documentId - b.documentId || a.page - b.page,
  );
  return {
    title: 'Evidence map: professional advice against the EHC plan',
    childName,
    generated: enGB(now),
    planLine: map.plan ? `Plan: ${map.plan.fileName}` : 'No EHC plan was found in the case.',
    disclaimer:
      'Prepared with Casebook from the documents in the case. Findings are suggestions to check against the documents; wording is described as "likely not specific enough", not as unlawful. This is not legal advice.',
    summary: [
      ...ORDER.map((s) => ({ label: STATUS_LABELS[s], count: map.counts[s] })),
      { label: 'Total recommendations', count: map.recommendations.length },
      { label: 'Red-pen flags on the plan', count: map.flags.length },
    ],
    rows: recs.map((r, i) => ({
      n: String(i + 1),
      source: `${r.source}, p. ${r.page}${r.paragraph ? `, para ${r.paragraph}` : ''}`,
      recommendation: r.text,
      planSays: r.planQuote
        ? `Section ${r.section}${r.para ? ` para ${r.para}` : ''}: "${r.planQuote}"`
        : 'Not in the plan.',
      status: `${STATUS_LABELS[r.status]}${r.confirmed ? ' (confirmed)' : ''}${r.status !== 'included' ? `\nBelongs in Section ${r.belongsIn}` : ''}`,
      lost: r.lostSpecifics.join('\n'),
      wording: r.suggestedWording ?? '',
    })),
    flags: map.flags.map((f) => ({
      where: `Section ${f.section}${f.para ? ` para ${f.para}` : ''}`,
      wording: f.text,
      issue: `${FLAG_LABELS[f.kind]}: ${f.reason}`,
      suggestion: f.suggestion ?? '',
    })),
    notes: map.notes,
  };
}
