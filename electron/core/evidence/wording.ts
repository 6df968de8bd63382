import type { EvidenceStatus, Recommendation, SectionId, TargetSection } from '../../../shared/evidence.ts';

/** A report's advice in the mandatory voice a plan needs ("should receive" → "will receive"). */
export function asPlanWording(text: string): string {
  return (
    text
      .replace(/\bshould (receive|have|be|take part|attend|write|deliver|train|complete|reduce|use)\b/gi, 'will $1')
      .replace(/\b(requires|needs) (access to )?/gi, (_m, _v: string, access?: string) =>
        access ? 'will have access to ' : 'will receive ',
      )
      .replace(/\bshould\b/gi, 'will')
      // "access to" is itself vague wording (vague.json): ask for the thing, not access to it.
      .replace(/\bwill have access to\b/gi, 'will have')
      .replace(/\bit is recommended that\s*/gi, '')
      .replace(/\bI recommend (that )?/gi, '')
  );
}

/** The amendment a parent would ask for, citing where the advice comes from. */
export function suggestWording(input: {
  text: string;
  status: EvidenceStatus;
  belongsIn: TargetSection;
  section: SectionId | null;
  para: string | null;
  /** The report as a parent knows it (shared/reportName.ts), never its file name. */
  source: string;
  page: number;
  paragraph?: string;
}): string | null {
  if (input.status === 'included') return null;
  const wording = asPlanWording(input.text);
  const cite = `Source: ${input.source}, page ${input.page}${input.paragraph ? `, paragraph ${input.paragraph}` : ''}.`;
  const target = `Section ${input.belongsIn}`;
  switch (input.status) {
    case 'weakened':
      return `Amend ${target}${input.para ? ` paragraph ${input.para}` : ''} to read: "${wording}" ${cite}`;
    case 'wrong-section':
      return `Remove from Section ${input.section}${input.para ? ` paragraph ${input.para}` : ''} and add to ${target}: "${wording}" ${cite}`;
    case 'missing':
      return `Add to ${target}: "${wording}" ${cite}`;
  }
}

/**
 * When several recommendations were weakened into the same plan paragraph (two reports asking for
 * things the plan lumped together), one amendment that keeps all of them replaces the separate
 * ones, so the family never asks for a paragraph to read two different ways.
 */
export function mergeSharedWording(recs: Recommendation[]): void {
  const groups = new Map<string, Recommendation[]>();
  for (const r of recs) {
    if (r.status !== 'weakened' || !r.section || !r.para) continue;
    const k = `${r.section}|${r.para.split(',')[0]!.trim()}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first] = group as [Recommendation];
    const para = first.para!.split(',')[0]!.trim();
    const wording = group
      .map((r) => asPlanWording(r.text).replace(/\s*$/, ''))
      .map((w) => (/[.!?]$/.test(w) ? w : `${w}.`));
    const sources = group.map((r) => `${r.source}, page ${r.page}${r.paragraph ? `, paragraph ${r.paragraph}` : ''}`);
    const merged = `Amend Section ${first.section} paragraph ${para} to read: "${wording.join(' ')}" Sources: ${[...new Set(sources)].join('; ')}.`;
    for (const r of group) r.suggestedWording = merged;
  }
}
