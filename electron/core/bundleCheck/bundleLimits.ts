import type { BundleProfile, BundleSectionDef } from '../../../shared/bundle.ts';
import type { CheckWarning, SectionLimit } from '../../../shared/bundleCheck.ts';
import { breach, ruleApplies } from '../bundle/documentRules.ts';
import { sectionLimit } from '../bundle/pageLimits.ts';
import { findDates } from '../importers/guessDate.ts';
import { labelsInRange, type IndexEntry, type SectionHeading } from './bundleIndex.ts';
import type { PageLabel } from './labels.ts';
import { words } from './tokens.ts';

/** Words that name the same party in section titles ("Appellant's evidence", "Parent's evidence"). */
const SAME_PARTY: Record<string, string> = {
  parent: 'appellant',
  parents: 'appellant',
  appellants: 'appellant',
  family: 'appellant',
  respondent: 'local',
  respondents: 'local',
  council: 'local',
  la: 'local',
  authority: 'local',
  authoritys: 'local',
};
const key = (t: string) =>
  new Set(
    words(t)
      .map((w) => SAME_PARTY[w] ?? w)
      .filter((w) => w.length > 2),
  );

/**
 * The profile section a bundle's section is, from the heading the index gives it (an LA's
 * letters need not be the profile's: its "C" may be the appellant's evidence); without a
 * heading, the section with the same letter.
 */
export function profileSectionFor(
  letter: string,
  headings: SectionHeading[],
  profile: BundleProfile,
): BundleSectionDef | undefined {
  const heading = headings.find((h) => h.letter === letter);
  if (heading) {
    const h = key(heading.title);
    const scored = profile.sections
      .map((s) => ({ s, n: [...key(s.title)].filter((w) => h.has(w)).length }))
      .sort((a, b) => b.n - a.n);
    if (scored[0] && scored[0].n > 0) return scored[0].s;
  }
  return profile.sections.find((s) => s.letter === letter);
}

/** Pages per section (by label letter) against the practice direction's limits in the profile. */
export function sectionLimits(
  labels: (PageLabel | undefined)[],
  headings: SectionHeading[],
  profile: BundleProfile,
  appealType?: string,
): SectionLimit[] {
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.prefix, (counts.get(l.prefix) ?? 0) + 1);
  const out: SectionLimit[] = [];
  for (const [letter, pages] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const def = profileSectionFor(letter, headings, profile);
    const limit = def ? sectionLimit(def, appealType ?? profile.defaultAppealType) : undefined;
    if (!def || limit === undefined) continue;
    const title = headings.find((h) => h.letter === letter)?.title || def.title;
    out.push({
      section: letter,
      title,
      pages,
      limit,
      over: pages > limit,
      ...(def.limitSource ? { source: def.limitSource } : {}),
    });
  }
  return out;
}

const REPORT_WORDS = /\b(report|assessment|advice|statement)\b/i;

/**
 * The profile's document rules (PD 1/2025: expert reports at most 15 pages and 3 years old;
 * witness statements 10 pages) applied to what the index lists, so the other side's reports are
 * checked too: pages counted from the labels that exist, the date taken from the entry's title.
 */
export function indexedDocumentRules(
  entries: IndexEntry[],
  labelPage: Map<string, number>,
  profile: BundleProfile,
  today: string,
): CheckWarning[] {
  const out: CheckWarning[] = [];
  for (const e of entries) {
    if (!REPORT_WORDS.test(e.title)) continue;
    const pages = labelsInRange(e).filter((l) => labelPage.has(l)).length;
    if (pages === 0) continue;
    const date = findDates(e.title).at(-1)?.iso;
    const subject = {
      doc: {
        documentId: 0,
        title: e.title,
        fileName: e.title,
        kind: 'report' as const,
        pages,
        ...(date ? { date } : {}),
      },
      pageText: () => '',
    };
    for (const rule of profile.documentRules) {
      if (rule.summaryPattern !== undefined || !ruleApplies(rule, subject)) continue;
      const why = breach(rule, subject, today);
      if (why)
        out.push({
          code: 'expert-report',
          message: `${rule.label}: ${why} (${e.listed}; ${rule.source})`,
          labels: [e.listed],
        });
    }
  }
  return out;
}
