import type { SectionId } from '../../../shared/evidence.ts';
import type { CaseDetails } from '../../../shared/papers.ts';
import { rules } from '../evidence/rules/index.ts';

/**
 * The sections a working document may amend, from each section's `appeal` in the evidence rules
 * (sections.json, citing CFA s51 and the 2017 Recommendations Power Regulations): binding
 * sections always; outcomes (E) as they follow B and F; the health and social care sections only
 * in an extended appeal; nothing but I when the appeal is only about the school.
 */
export function sectionsUnderAppeal(details: CaseDetails): Set<SectionId> {
  if (details.sectionIOnly) return new Set(['I']);
  const out = new Set<SectionId>();
  for (const s of rules.sections.sections) {
    if (s.appeal === 'binding' || s.appeal.startsWith('follows')) out.add(s.id);
    else if (s.appeal === 'recommendation' && details.extendedAppeal) out.add(s.id);
  }
  return out;
}

/** "Section F: Special educational provision" */
export function sectionTitle(id: SectionId): string {
  const s = rules.sections.sections.find((x) => x.id === id);
  return `Section ${id}${s ? `: ${s.title}` : ''}`;
}

/** Plan sections in letter order, for sections a plan left out and must now gain. */
export const SECTION_ORDER: SectionId[] = rules.sections.sections.map((s) => s.id);
