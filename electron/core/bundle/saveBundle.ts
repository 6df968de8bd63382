import type { BundleBuildResult, BundleChange } from '../../../shared/bundle.ts';
import { ok, type Result } from '../../../shared/result.ts';
import { writeOutput } from '../store/safeOutput.ts';
import type { CaseStore } from '../store/caseStore.ts';
import type { BuiltBundle } from './buildBundle.ts';
import { recordVersion } from './recordBuild.ts';

export interface SavedBundle {
  result: BundleBuildResult;
  outPath: string;
  /** Against the previous build of the same profile and pack; empty for the first. */
  changes: BundleChange[];
}

/** Writes a built bundle to `outPath`, then records it as the next version (with its page map). */
export function saveBuiltBundle(store: CaseStore, built: BuiltBundle, outPathInput: string): Result<SavedBundle> {
  // Never over the case's own database or stored files; through a temporary file and a rename.
  const written = writeOutput(store.dir, outPathInput, built.pdf);
  if (!written.ok) return written;
  return ok({ ...recordVersion(store, built, written.value), outPath: written.value });
}
