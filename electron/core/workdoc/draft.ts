import type { EvidenceMap, SectionId } from '../../../shared/evidence.ts';
import type { Amendment, WorkdocDraft } from '../../../shared/papers.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getCaseDetails, listAmendmentEdits, nextWorkdocVersion } from '../store/papers.ts';
import { buildAmendments } from './amendments.ts';
import { SECTION_ORDER, sectionsUnderAppeal, sectionTitle } from './appealSections.ts';
import { createCiter } from './citations.ts';
import { planHeadings } from './planHeadings.ts';

/**
 * What the working document and the amendments sought are made from: the plan's sections, the
 * family's amendments (evidence map + the user's edits) with their citations, and the warnings
 * a parent should see before sending it.
 */
export function buildDraft(store: CaseStore, map: EvidenceMap, opts: { confirmedOnly?: boolean } = {}): WorkdocDraft {
  const details = getCaseDetails(store);
  const underAppeal = sectionsUnderAppeal(details);
  const citer = createCiter(store);
  const { amendments, warnings } = buildAmendments(map, {
    underAppeal,
    confirmedOnly: Boolean(opts.confirmedOnly),
    edits: listAmendmentEdits(store),
    citer,
  });
  if (!map.plan)
    warnings.unshift(
      'No EHC plan was found in the case, so there is nothing to amend yet. Import the final plan (Word or PDF) first.',
    );
  if (citer.uncited.size) {
    warnings.push(
      citer.bundleVersion
        ? `Not in the latest bundle, so cited by their own page numbers: ${[...citer.uncited].join('; ')}. Add them to the bundle and write the working document again.`
        : 'No bundle has been built yet, so the footnotes cite each report by its own page numbers. Build the bundle, then write the working document again to cite bundle pages.',
    );
  }
  if (!details.appealReference)
    warnings.push(
      'No appeal reference yet: the header says "Appeal reference to follow". Add it in the case details once the tribunal registers the appeal.',
    );
  const headings = map.plan ? planHeadings(store, map.plan) : {};
  const sections = Object.entries(map.plan?.sections ?? {}).map(([id, paras]) => ({
    id: id as SectionId,
    title: headings[id as SectionId] ?? sectionTitle(id as SectionId),
    underAppeal: underAppeal.has(id as SectionId),
    paragraphs: (paras ?? []).map((p) => ({
      para: p.para,
      page: p.page,
      text: p.text,
      ...(p.cells ? { cells: p.cells } : {}),
      ...(p.area ? { area: p.area } : {}),
    })),
  }));
  // A section the plan lacks but an amendment adds to (a plan with no Section G) is shown too, in letter order.
  for (const id of SECTION_ORDER) {
    if (sections.some((x) => x.id === id) || !amendments.some((a) => a.section === id)) continue;
    const at = sections.findIndex((x) => SECTION_ORDER.indexOf(x.id) > SECTION_ORDER.indexOf(id));
    sections.splice(at < 0 ? sections.length : at, 0, {
      id,
      title: sectionTitle(id),
      underAppeal: true,
      paragraphs: [],
    });
  }
  return {
    planDocumentId: map.plan?.documentId ?? null,
    sections,
    amendments,
    bundleVersion: citer.bundleVersion,
    nextVersion: nextWorkdocVersion(store),
    warnings,
  };
}

export const liveAmendments = (d: WorkdocDraft): Amendment[] => d.amendments.filter((a) => !a.excluded);
