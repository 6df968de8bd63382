import type { BundleBuildResult, BundleExcluded, BundlePlan, BundleProfile } from '../../../shared/bundle.ts';
import type { Collection } from './collectDocuments.ts';
import type { BuildInputs } from './gatherInputs.ts';
import type { LaidOutBundle } from './layOutBundle.ts';
import { checkPageLimits } from './pageLimits.ts';

/**
 * What the build reports (the CLI's --json shape): sections and documents with their labels,
 * what was left out and why, and warnings, page limits checked again on the pages actually built.
 */
export function buildResult(
  inputs: BuildInputs,
  plan: BundlePlan,
  profile: BundleProfile,
  collection: Collection,
  laid: LaidOutBundle,
  pages: number,
): BundleBuildResult {
  const placedSections = collection.sections.map((s) => ({
    ...s.section,
    documents: s.documents.map((d) => d.planned),
  }));
  const warnings = [
    ...plan.warnings.filter((w) => w.code !== 'page-limit' && w.code !== 'total-page-limit'),
    // Limits again on the pages actually built (a Word file's rendering can differ from its estimate).
    ...checkPageLimits(profile, placedSections, inputs.options.appealType),
    ...collection.warnings,
  ];
  const leftOut: BundleExcluded[] = plan.leftOut.map((d) => ({
    documentId: d.documentId,
    fileName: d.fileName,
    reason: 'You marked this as not for the tribunal.',
    byUser: true,
  }));
  return {
    version: inputs.nextVersion,
    pages,
    sections: laid.sections,
    documents: laid.documents,
    excluded: [...collection.excluded, ...leftOut],
    warnings,
  };
}
