import { BundleOptions, type BundlePlan, type BundleProfile } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getPlacements, versionBuiltFrom } from '../store/bundle.ts';
import { getCaseInfo } from '../store/caseStore.ts';
import { bundleFingerprint } from './bundleInputs.ts';
import { getPages, listDocuments } from '../store/documents.ts';
import { checkDocumentRules, type RuleSubject } from './documentRules.ts';
import { checkPageLimits, sectionLimit } from './pageLimits.ts';
import { planAppendices } from './planAppendices.ts';
import { placeDocuments } from './placement.ts';
import { getProfile } from './profiles.ts';

export interface PlannedBundle {
  plan: BundlePlan;
  profile: BundleProfile;
  docs: Map<number, DocumentSummary>;
  /** What the bundle would be built from (bundleInputs.ts), saved with the version built. */
  fingerprint: string;
}

/**
 * What the bundle will hold, before building: sections and documents in order, page counts, and
 * warnings (page limits naming the documents that push a section over, document rules). The app
 * shows this while the user arranges the bundle; the build starts from the same plan.
 */
export function planBundle(store: CaseStore, input: BundleOptions): Result<PlannedBundle> {
  const opts = BundleOptions.parse(input);
  const got = getProfile(store, opts.profileId);
  if (!got.ok) return got;
  const profile = got.value;
  if (opts.pack && !profile.packs.some((p) => p.id === opts.pack)) {
    return fail(
      'no-such-pack',
      `The profile "${profile.id}" has no evidence pack called "${opts.pack}". Packs: ${profile.packs.map((p) => p.id).join(', ') || 'none'}.`,
    );
  }
  const all = listDocuments(store);
  const placement = placeDocuments(
    profile,
    all,
    getPlacements(store, profile.id),
    opts.pack,
    planAppendices(store, all),
  );
  const docs = new Map(all.map((d) => [d.documentId, d]));
  const appealType = opts.appealType ?? profile.defaultAppealType;
  const textCache = new Map<number, string[]>();
  const subjects: RuleSubject[] = placement.sections.flatMap((s) =>
    s.documents.map((p) => ({
      doc: docs.get(p.documentId)!,
      pageText: (n: number) => {
        let pages = textCache.get(p.documentId);
        if (!pages) textCache.set(p.documentId, (pages = getPages(store, p.documentId).map((x) => x.text)));
        return pages[n - 1] ?? '';
      },
    })),
  );
  const today = opts.hearingDate ?? new Date().toISOString().slice(0, 10);
  const warnings = [
    ...checkPageLimits(profile, placement.sections, appealType),
    ...checkDocumentRules(profile.documentRules, subjects, today),
  ];
  const plan: BundlePlan = {
    profileId: profile.id,
    sections: placement.sections.map((s) => {
      const def = profile.sections.find((d) => d.letter === s.letter)!;
      const limit = sectionLimit(def, appealType);
      return {
        letter: s.letter,
        title: s.title,
        ...(s.party ? { party: s.party } : {}),
        ...(limit !== undefined ? { pageLimit: limit } : {}),
        pages: s.documents.reduce((n, d) => n + d.pages, 0),
        documents: s.documents,
      };
    }),
    leftOut: placement.leftOut,
    warnings,
  };
  const inputs = {
    pack: opts.pack,
    anonymise: opts.anonymise,
    dividers: opts.dividers ?? profile.dividers,
    appealType,
    appealReference: opts.appealReference,
    hearingDate: opts.hearingDate,
  };
  const fingerprint = bundleFingerprint(profile, inputs, getCaseInfo(store), plan, docs);
  const unchangedSince = versionBuiltFrom(store, fingerprint);
  return ok({
    plan: { ...plan, ...(unchangedSince !== undefined ? { unchangedSince } : {}) },
    profile,
    docs,
    fingerprint,
  });
}
