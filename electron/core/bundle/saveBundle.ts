import type { BundleBuildResult, BundleChange, BundleOptions } from '../../../shared/bundle.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { ok, type Result } from '../../../shared/result.ts';
import { writeOutput } from '../store/safeOutput.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getBundleVersion, previousBundleVersion, saveBundleVersion } from '../store/bundle.ts';
import { buildBundle, type BuildServices, type BuiltBundle } from './buildBundle.ts';
import { diffVersions } from './versionDiff.ts';

export interface SavedBundle {
  result: BundleBuildResult;
  outPath: string;
  /** Against the previous build of the same profile and pack; empty for the first. */
  changes: BundleChange[];
}

/** Records a built bundle as the next version (with its page map) and writes it to `outPath`. */
export function saveBuiltBundle(store: CaseStore, built: BuiltBundle, outPathInput: string): Result<SavedBundle> {
  // Never over the case's own database or stored files; through a temporary file and a rename.
  const written = writeOutput(store.dir, outPathInput, built.pdf);
  if (!written.ok) return written;
  const outPath = written.value;
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
  return ok({ result: saved.result, outPath, changes });
}

/** Builds in this thread and saves. The app and CLI use the worker version (buildInWorker.ts). */
export async function buildAndSaveBundle(
  store: CaseStore,
  options: BundleOptions,
  outPath: string,
  services: BuildServices = {},
  job: JobOptions = {},
): Promise<Result<SavedBundle>> {
  const built = await buildBundle(store, options, services, job);
  if (!built.ok) return built;
  return saveBuiltBundle(store, built.value, outPath);
}
