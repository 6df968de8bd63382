import type { Agency, RecommendationKind, TargetSection } from '../../../shared/evidence.ts';
import { anyOf, rules } from './rules/index.ts';
import { professionsIn } from './specifics.ts';
import { terms } from './text.ts';

const { placement } = rules;
const h1 = anyOf(placement.socialCareH1.patterns);
const h2 = anyOf(placement.socialCareH2.patterns);
const health = anyOf(placement.health.patterns);
const educating = new Set(placement.educatingTherapy.concepts);
const inSchool =
  /\b(school|class(room)?|lessons?|teach\w*|teaching assistant|member of staff|school staff|curriculum|senco)\b/i;

/** Therapy that educates or trains (SALT, OT, physio): special educational provision, CFA s21(5). */
export const isEducatingTherapy = (text: string): boolean => terms(text).some((t) => educating.has(t));

/** The agency a report speaks for, from its title and opening text. */
export function documentAgency(opening: string): Agency {
  // "Children's Services NHS Trust" is a health trust, not the council's children's services.
  if (/\bsocial (care|work(er)?)\b|children'?s services(?! nhs)|disabled children'?s team/i.test(opening))
    return 'social care';
  const top = professionsIn(opening.slice(0, 1500)).find((p) => p.prof.rank >= 2);
  return top?.prof.agency ?? 'education';
}

/**
 * Where a recommendation belongs (placement.json): outcomes in E, needs in B; provision in H1/H2
 * when it is social care, in G when it is health care that does not educate or train, otherwise
 * in F — including SALT and OT, which educate (CFA s21(5); Code of Practice 9.74).
 */
export function placementOf(
  text: string,
  kind: RecommendationKind,
  docAgency: Agency,
): { belongsIn: TargetSection; agency: Agency } {
  if (kind === 'outcome') return { belongsIn: 'E', agency: docAgency };
  if (kind === 'need') return { belongsIn: 'B', agency: docAgency };
  if (h1.test(text)) return { belongsIn: 'H1', agency: 'social care' };
  if (h2.test(text)) return { belongsIn: 'H2', agency: 'social care' };
  if (isEducatingTherapy(text))
    return { belongsIn: 'F', agency: docAgency === 'social care' ? 'education' : docAgency };
  // Health words in something school staff do in the school day ("a teaching assistant checks the
  // hearing aids before the first lesson") are special educational provision, not health provision.
  if (health.test(text) && !inSchool.test(text)) return { belongsIn: 'G', agency: 'health' };
  // A social worker's advice about school ("a key adult in class") is still special educational provision.
  if (docAgency === 'social care' && !inSchool.test(text)) return { belongsIn: 'H2', agency: 'social care' };
  return { belongsIn: 'F', agency: docAgency === 'social care' ? 'education' : docAgency };
}
