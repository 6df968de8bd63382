import { BundleOptions, type BundlePlacementOverride, type BundleProfile } from '../../../shared/bundle.ts';
import type { CaseInfo, DocumentSummary, PageText } from '../../../shared/documents.ts';
import { ok, type Result } from '../../../shared/result.ts';
import { readBlob } from '../store/blobs.ts';
import { getPlacements, latestBundleVersion, versionsByFingerprint } from '../store/bundle.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import {
  getStructure,
  listDocuments,
  pagesByDocument,
  renditionsByDocument,
  type RenditionPurpose,
} from '../store/documents.ts';
import { getProfile } from './profiles.ts';

/** The options after defaults (the build and the plan read these, never the raw input). */
export type ResolvedOptions = ReturnType<typeof BundleOptions.parse>;

/**
 * Everything a bundle plan or build reads from the case, gathered once. The stages after this
 * (plan, prepare, lay out, stamp) take this data, never the store, so each runs without a
 * database. File bytes are read on demand by content hash from the case's blob files (a
 * thousand-page bundle's sources need not all sit in memory at once).
 */
export interface BuildInputs {
  options: ResolvedOptions;
  profile: BundleProfile;
  caseInfo: CaseInfo;
  /**
   * Live documents, each once (a linked Word copy is not a second document); those the user marked
   * as not for the tribunal say so (`notForTribunal`) and are left out of every bundle.
   */
  documents: DocumentSummary[];
  /** Each document's page text, in page order. */
  pages: ReadonlyMap<number, PageText[]>;
  /** The Word structure of each Word plan: its Section K list of advice is read from it. */
  structures: ReadonlyMap<number, unknown>;
  /** Each document's derived files (decrypted, repaired or rendered PDF; normalised image) by hash. */
  renditions: ReadonlyMap<number, Partial<Record<RenditionPurpose, string>>>;
  /** The user's hand placements for this profile. */
  placements: BundlePlacementOverride[];
  /** The number the next saved version will get. */
  nextVersion: number;
  /** Fingerprints of versions already built, with the latest version built from each. */
  builtFrom: ReadonlyMap<string, number>;
  readBlob: (sha256: string) => Uint8Array;
}

/** The one place a plan or build reads the case's database. */
export function gatherBuildInputs(store: CaseStore, input: BundleOptions): Result<BuildInputs> {
  const options = BundleOptions.parse(input);
  const profile = getProfile(store, options.profileId);
  if (!profile.ok) return profile;
  const documents = listDocuments(store);
  const wordPlans = documents.filter((d) => d.kind === 'plan' && d.sourceType === 'docx');
  const dir = store.dir;
  return ok({
    options,
    profile: profile.value,
    caseInfo: getCaseInfo(store),
    documents,
    pages: pagesByDocument(
      store,
      documents.map((d) => d.documentId),
    ),
    structures: new Map(wordPlans.map((d) => [d.documentId, getStructure(store, d.documentId)])),
    renditions: renditionsByDocument(store),
    placements: getPlacements(store, profile.value.id),
    nextVersion: (latestBundleVersion(store) ?? 0) + 1,
    builtFrom: versionsByFingerprint(store),
    readBlob: (sha256) => readBlob(dir, sha256),
  });
}
