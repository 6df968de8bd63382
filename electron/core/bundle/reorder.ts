import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { setPlacement } from '../store/bundle.ts';
import { planBundle } from './planBundle.ts';

/**
 * Moves a document to a 1-based position in a section (its current section when none is given;
 * last when no position is given). Every document in that section then gets a hand position, so
 * the order the user sees is the order kept, whatever dates are corrected later.
 */
export function moveDocument(
  store: CaseStore,
  profileId: string,
  documentId: number,
  to: { section?: string; position?: number },
): Result<{ section: string; position: number }> {
  const planned = planBundle(store, { profileId });
  if (!planned.ok) return planned;
  const sections = planned.value.plan.sections;
  const current = sections.find((s) => s.documents.some((d) => d.documentId === documentId))?.letter;
  const section = to.section?.toUpperCase() ?? current;
  const target = sections.find((s) => s.letter === section);
  if (!target || !section) {
    return fail(
      'no-such-section',
      `There is no section ${to.section ?? ''} in this profile. Sections: ${sections.map((s) => s.letter).join(', ')}.`,
    );
  }
  const ids = target.documents.map((d) => d.documentId).filter((id) => id !== documentId);
  const at = Math.min(Math.max(1, to.position ?? ids.length + 1), ids.length + 1) - 1;
  ids.splice(at, 0, documentId);
  store.db.transaction(() => {
    ids.forEach((id, i) => setPlacement(store, profileId, { documentId: id, section, position: i + 1 }));
  })();
  return ok({ section, position: at + 1 });
}
