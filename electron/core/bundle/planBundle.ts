import type { BundleOptions, BundlePlacementOverride, BundlePlan, BundleProfile } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { bundleFingerprint } from './bundleFingerprint.ts';
import { checkDocumentRules, type RuleSubject } from './documentRules.ts';
import { gatherBuildInputs, type BuildInputs } from './gatherInputs.ts';
import { checkPageLimits, sectionLimit } from './pageLimits.ts';
import { planAppendices } from './planAppendices.ts';
import { placeDocuments } from './placement.ts';

export interface PlannedBundle {
  plan: BundlePlan;
  profile: BundleProfile;
  docs: Map<number, DocumentSummary>;
  /** What the bundle would be built from (bundleFingerprint.ts), saved with the version built. */
  fingerprint: string;
}

/**
 * The user's placements with every document marked not for the tribunal left out: one mark,
 * whether it was set on the bundle screen ("Leave out") or while checking the council's bundle.
 */
function withMarks(placements: BundlePlacementOverride[], docs: DocumentSummary[]): BundlePlacementOverride[] {
  const byId = new Map(placements.map((p) => [p.documentId, p]));
  for (const d of docs.filter((x) => x.notForTribunal))
    byId.set(d.documentId, { ...byId.get(d.documentId), documentId: d.documentId, leaveOut: true });
  return [...byId.values()];
}

/**
 * What the bundle will hold, before building: sections and documents in order, page counts, and
 * warnings (page limits naming the documents that push a section over, document rules). The app
 * shows this while the user arranges the bundle; the build starts from the same plan.
 */
export function planFromInputs(inputs: BuildInputs): Result<PlannedBundle> {
  const { options: opts, profile, documents: all, pages } = inputs;
  if (opts.pack && !profile.packs.some((p) => p.id === opts.pack)) {
    return fail(
      'no-such-pack',
      `The profile "${profile.id}" has no evidence pack called "${opts.pack}". Packs: ${profile.packs.map((p) => p.id).join(', ') || 'none'}.`,
    );
  }
  const placement = placeDocuments(
    profile,
    all,
    withMarks(inputs.placements, all),
    opts.pack,
    planAppendices(all, pages, inputs.structures),
  );
  const docs = new Map(all.map((d) => [d.documentId, d]));
  const appealType = opts.appealType ?? profile.defaultAppealType;
  const subjects: RuleSubject[] = placement.sections.flatMap((s) =>
    s.documents.map((p) => ({
      doc: docs.get(p.documentId)!,
      pageText: (n: number) => pages.get(p.documentId)?.[n - 1]?.text ?? '',
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
  const fingerprintOptions = {
    pack: opts.pack,
    anonymise: opts.anonymise,
    dividers: opts.dividers ?? profile.dividers,
    appealType,
    appealReference: opts.appealReference,
    hearingDate: opts.hearingDate,
  };
  const fingerprint = bundleFingerprint(profile, fingerprintOptions, inputs.caseInfo, plan, docs);
  const unchangedSince = inputs.builtFrom.get(fingerprint);
  return ok({
    plan: { ...plan, ...(unchangedSince !== undefined ? { unchangedSince } : {}) },
    profile,
    docs,
    fingerprint,
  });
}

/** The plan for the case as it stands (the app's and CLI's `planBundle`). */
export function planBundle(store: CaseStore, input: BundleOptions): Result<PlannedBundle> {
  const inputs = gatherBuildInputs(store, input);
  return inputs.ok ? planFromInputs(inputs.value) : inputs;
}
