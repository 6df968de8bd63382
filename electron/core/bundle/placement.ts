import type { BundlePlacementOverride, BundleProfile, PlannedDocument } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';

export interface PlacedSection {
  letter: string;
  title: string;
  party?: string;
  documents: PlannedDocument[];
}

export interface Placement {
  sections: PlacedSection[];
  /** Documents the user chose to leave out of this profile's bundle. */
  leftOut: PlannedDocument[];
}

const planned = (d: DocumentSummary, section: string): PlannedDocument => ({
  documentId: d.documentId,
  fileName: d.fileName,
  title: d.title,
  ...(d.author ? { author: d.author } : {}),
  ...(d.date ? { date: d.date } : {}),
  pages: d.pages,
  ...(d.pagesEstimated ? { pagesEstimated: true } : {}),
  section,
});

/**
 * The section a document goes in, unless the user moved it: with the plan when the plan's
 * Section K lists it (`appendix`), else by its kind.
 */
export function sectionForKind(profile: BundleProfile, kind: DocumentSummary['kind'], appendix = false): string {
  const withPlan = appendix ? profile.sections.find((s) => s.planAppendixKinds.includes(kind)) : undefined;
  return withPlan?.letter ?? profile.sections.find((s) => s.kinds.includes(kind))?.letter ?? profile.defaultSection;
}

/**
 * Default order is by document date (PD 1/2025: evidence chronological within its section);
 * undated documents follow, by file name. An email's attachments follow the email directly.
 */
function chronologicalKey(d: DocumentSummary, byId: Map<number, DocumentSummary>): string[] {
  const parent = d.parentId !== undefined ? byId.get(d.parentId) : undefined;
  const head = parent ?? d;
  const dateKey = head.date ?? '9999-99-99';
  // Parent then its attachments in import order: [date, parent id, 0|1, own id].
  return [
    dateKey,
    head.fileName.toLowerCase(),
    String(head.documentId).padStart(10, '0'),
    parent ? '1' : '0',
    String(d.documentId).padStart(10, '0'),
  ];
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = (a[i] ?? '').localeCompare(b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Places each document in a section and orders each section: hand positions first (as the user
 * arranged them), the rest chronologically after them.
 */
export function placeDocuments(
  profile: BundleProfile,
  docs: DocumentSummary[],
  overrides: BundlePlacementOverride[],
  pack?: string,
  appendices: ReadonlySet<number> = new Set(),
): Placement {
  const byId = new Map(docs.map((d) => [d.documentId, d]));
  const over = new Map(overrides.map((o) => [o.documentId, o]));
  const letters = new Set(profile.sections.map((s) => s.letter));
  const packDef = pack ? profile.packs.find((p) => p.id === pack) : undefined;
  const included = packDef ? new Set(packDef.sections) : letters;
  const bySection = new Map<string, DocumentSummary[]>();
  const leftOut: PlannedDocument[] = [];
  for (const d of docs) {
    const o = over.get(d.documentId);
    const moved = o?.section && letters.has(o.section) ? o.section : undefined;
    // An attachment stays with its email unless the user moved it.
    const parent = d.parentId !== undefined ? byId.get(d.parentId) : undefined;
    const parentSection = parent
      ? (over.get(parent.documentId)?.section ??
        sectionForKind(profile, parent.kind, appendices.has(parent.documentId)))
      : undefined;
    const letter =
      moved ??
      (parent && parent.sourceType === 'email' ? parentSection : undefined) ??
      sectionForKind(profile, d.kind, appendices.has(d.documentId));
    if (o?.leaveOut) {
      leftOut.push(planned(d, letter));
      continue;
    }
    if (!included.has(letter)) continue;
    bySection.set(letter, [...(bySection.get(letter) ?? []), d]);
  }
  const sectionDefs = packDef
    ? packDef.sections.map((l) => profile.sections.find((s) => s.letter === l)).filter((s) => s !== undefined)
    : profile.sections;
  const sections = sectionDefs.map((s) => {
    const members = [...(bySection.get(s.letter) ?? [])];
    // The plan, then its appendices: a section's own kinds come before the advice placed with them.
    const appendixRank = (d: DocumentSummary) => (s.planAppendixKinds.length && appendices.has(d.documentId) ? 1 : 0);
    members.sort((a, b) => {
      const pa = over.get(a.documentId)?.position;
      const pb = over.get(b.documentId)?.position;
      if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
      if (pa !== undefined && pb === undefined) return -1;
      if (pb !== undefined && pa === undefined) return 1;
      return appendixRank(a) - appendixRank(b) || compareKeys(chronologicalKey(a, byId), chronologicalKey(b, byId));
    });
    return {
      letter: s.letter,
      title: s.title,
      ...(s.party ? { party: s.party } : {}),
      documents: members.map((d) => planned(d, s.letter)),
    };
  });
  return { sections, leftOut };
}
