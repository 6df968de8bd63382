import { createHash } from 'node:crypto';
import type { BundlePlan, BundleProfile } from '../../../shared/bundle.ts';
import type { CaseInfo, DocumentSummary } from '../../../shared/documents.ts';

/** The options that change what a bundle contains or how it reads (not how long a document may take). */
export interface InputOptions {
  pack?: string | undefined;
  anonymise: boolean;
  dividers: boolean;
  appealType?: string | undefined;
  appealReference?: string | undefined;
  hearingDate?: string | undefined;
}

/**
 * A fingerprint of everything a bundle is built from: the layout, the options, the case details on
 * the cover, and each section's documents in order with their bytes and index details. Two builds
 * with the same fingerprint make the same bundle (only the build date differs), so the app can ask
 * before making another version of it.
 */
export function bundleFingerprint(
  profile: BundleProfile,
  options: InputOptions,
  info: CaseInfo,
  plan: BundlePlan,
  docs: Map<number, DocumentSummary>,
): string {
  const sections = plan.sections.map((s) => [
    s.letter,
    s.documents.map((p) => {
      const d = docs.get(p.documentId);
      return [p.documentId, d?.sha256, p.title, p.author ?? null, p.date ?? null];
    }),
  ]);
  const input = { profile, options, child: info.childName, la: info.localAuthority ?? null, sections };
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}
