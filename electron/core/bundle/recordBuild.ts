import type { BundleChange } from '../../../shared/bundle.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getBundleVersion, previousBundleVersion, saveBundleVersion } from '../store/bundle.ts';
import { setPageCount, setRendition } from '../store/documents.ts';
import type { BuiltBundle } from './buildBundle.ts';
import type { Rendering } from './preparedDocument.ts';
import { diffVersions } from './versionDiff.ts';

/**
 * Keeps what rendering Word documents taught the build: the PDF pages (so the next build and the
 * viewer reuse them) and the true page count (the document list and the meters show it from now on).
 */
export function recordRenderings(store: CaseStore, renderings: readonly Rendering[]): void {
  for (const r of renderings) {
    if (r.pdf) setRendition(store, r.documentId, 'pdf', r.pdf);
    if (r.pages) setPageCount(store, r.documentId, r.pages);
  }
}

/** Records a written bundle as the next version with its page map; what changed since the last. */
export function recordVersion(
  store: CaseStore,
  built: BuiltBundle,
  outPath: string,
): { result: BuiltBundle['result']; changes: BundleChange[] } {
  const { version: _planned, ...result } = built.result;
  const version = saveBundleVersion(store, {
    profileId: built.profileId,
    ...(built.pack ? { pack: built.pack } : {}),
    outPath,
    pdf: built.pdf,
    result,
    pageMap: built.pageMap,
    inputs: built.inputs,
  });
  const saved = getBundleVersion(store, version)!;
  const prev = previousBundleVersion(store, version);
  const changes = prev !== undefined ? diffVersions(getBundleVersion(store, prev)!.result, saved.result) : [];
  return { result: saved.result, changes };
}
