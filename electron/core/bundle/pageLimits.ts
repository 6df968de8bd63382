import type { BundleProfile, BundleSectionDef, BundleWarning, PlannedDocument } from '../../../shared/bundle.ts';
import type { PlacedSection } from './placement.ts';

/** The section's limit for this appeal type (PD 1/2025: 75 or 100 pages of each party's evidence). */
export function sectionLimit(def: BundleSectionDef, appealType?: string): number | undefined {
  return (appealType ? def.pageLimitByAppealType?.[appealType] : undefined) ?? def.pageLimit;
}

const pages = (docs: PlannedDocument[]) => docs.reduce((n, d) => n + d.pages, 0);

/** The documents from the one that first crosses the limit onward: the ones that push it over. */
function pushingOver(docs: PlannedDocument[], limit: number): PlannedDocument[] {
  let total = 0;
  const i = docs.findIndex((d) => (total += d.pages) > limit);
  return i < 0 ? [] : docs.slice(i);
}

const names = (docs: PlannedDocument[]) =>
  docs.map((d) => `"${d.title}" (${d.pages} page${d.pages === 1 ? '' : 's'})`).join(', ');

function overLimit(
  what: string,
  docs: PlannedDocument[],
  limit: number,
  source: string | undefined,
  section?: string,
): BundleWarning | undefined {
  const n = pages(docs);
  if (n <= limit) return undefined;
  const over = pushingOver(docs, limit);
  return {
    code: section ? 'page-limit' : 'total-page-limit',
    ...(section ? { section } : {}),
    message:
      `${what} has ${n} pages, ${n - limit} over the limit of ${limit}${source ? ` (${source})` : ''}. ` +
      `Taken in order, these documents push it over: ${names(over)}. Cut pages, or ask the tribunal for more with a SEND7 request.`,
    documentIds: over.map((d) => d.documentId),
  };
}

/**
 * Warnings, never blocks: how limits combine in mixed appeals is not settled (DOMAIN.md §4), so
 * the user decides. Checked per section, per party (sections sharing a party) and in total.
 */
export function checkPageLimits(
  profile: BundleProfile,
  sections: PlacedSection[],
  appealType?: string,
): BundleWarning[] {
  const type = appealType ?? profile.defaultAppealType;
  const warnings: BundleWarning[] = [];
  const byParty = new Map<string, { docs: PlannedDocument[]; limit?: number; source?: string; letters: string[] }>();
  for (const s of sections) {
    const def = profile.sections.find((d) => d.letter === s.letter);
    if (!def) continue;
    const limit = sectionLimit(def, type);
    if (def.party) {
      const p = byParty.get(def.party) ?? { docs: [], letters: [] };
      p.docs.push(...s.documents);
      p.letters.push(s.letter);
      if (limit !== undefined) p.limit = limit;
      if (def.limitSource) p.source = def.limitSource;
      byParty.set(def.party, p);
      // One section per party: the party check below says it once.
      if (profile.sections.filter((x) => x.party === def.party).length === 1) continue;
    }
    if (limit === undefined) continue;
    const w = overLimit(`Section ${s.letter} (${s.title})`, s.documents, limit, def.limitSource, s.letter);
    if (w) warnings.push(w);
  }
  for (const [party, p] of byParty) {
    if (p.limit === undefined) continue;
    const first = p.letters[0];
    const w = overLimit(
      `The ${party.replace(/-/g, ' ')}'s evidence (section ${p.letters.join(', ')})`,
      p.docs,
      p.limit,
      p.source,
      first,
    );
    if (w) warnings.push(w);
  }
  if (profile.totalPageLimit !== undefined) {
    const w = overLimit(
      'The whole bundle',
      sections.flatMap((s) => s.documents),
      profile.totalPageLimit,
      profile.source,
    );
    if (w) warnings.push(w);
  }
  return warnings;
}
