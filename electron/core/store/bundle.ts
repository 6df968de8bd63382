import type {
  BundleBuildResult,
  BundlePlacementOverride,
  BundleVersionSummary,
  PageMapEntry,
} from '../../../shared/bundle.ts';
import { writeBlob } from './blobs.ts';
import type { CaseStore } from './caseStore.ts';

/** Bundle area: user profiles, hand placements, numbered versions and their page maps. */

export function listUserProfiles(store: CaseStore): unknown[] {
  const rows = store.db.prepare('SELECT json FROM bundle_profiles ORDER BY id').all() as { json: string }[];
  return rows.map((r) => JSON.parse(r.json));
}

export function saveUserProfile(store: CaseStore, id: string, profile: unknown): void {
  store.db
    .prepare('INSERT OR REPLACE INTO bundle_profiles (id, json, updated_at) VALUES (?, ?, ?)')
    .run(id, JSON.stringify(profile), new Date().toISOString());
}

/**
 * Hand sections and positions. Leaving a document out is the case-wide not-for-the-tribunal mark
 * (bundleCheck.ts); the old per-profile column is no longer read or set.
 */
export function getPlacements(store: CaseStore, profileId: string): BundlePlacementOverride[] {
  const rows = store.db
    .prepare('SELECT document_id, section, position FROM bundle_placements WHERE profile_id = ?')
    .all(profileId) as { document_id: number; section: string | null; position: number | null }[];
  return rows.map((r) => ({
    documentId: r.document_id,
    ...(r.section ? { section: r.section } : {}),
    ...(r.position !== null ? { position: r.position } : {}),
  }));
}

/** Sets (merges) one document's section and position; undefined fields keep what was there. */
export function setPlacement(
  store: CaseStore,
  profileId: string,
  p: Pick<BundlePlacementOverride, 'documentId' | 'section' | 'position'>,
): void {
  const old = getPlacements(store, profileId).find((o) => o.documentId === p.documentId);
  const section = p.section ?? old?.section ?? null;
  const position = p.position ?? old?.position ?? null;
  store.db
    .prepare(
      'INSERT OR REPLACE INTO bundle_placements (profile_id, document_id, section, position) VALUES (?, ?, ?, ?)',
    )
    .run(profileId, p.documentId, section, position);
}

export function clearPlacements(store: CaseStore, profileId: string): void {
  store.db.prepare('DELETE FROM bundle_placements WHERE profile_id = ?').run(profileId);
}

export interface NewBundleVersion {
  profileId: string;
  pack?: string;
  outPath?: string;
  /** The bundle file, kept in the case so an old version can be opened again. */
  pdf?: Uint8Array;
  result: Omit<BundleBuildResult, 'version'>;
  pageMap: Omit<PageMapEntry, 'version'>[];
  /** A fingerprint of what it was built from (bundle/bundleFingerprint.ts), to notice an unchanged rebuild. */
  inputs?: string;
}

/** Saves a build as the next numbered version, with its page map, in one transaction. */
export function saveBundleVersion(store: CaseStore, v: NewBundleVersion): number {
  const blob = v.pdf ? writeBlob(store.dir, v.pdf) : undefined;
  const db = store.db;
  return db.transaction(() => {
    const now = new Date().toISOString();
    if (blob && v.pdf) {
      db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, rel_path, created_at) VALUES (?, ?, ?, ?)').run(
        blob.sha256,
        v.pdf.length,
        blob.relPath,
        now,
      );
    }
    const last = db.prepare('SELECT MAX(version) AS v FROM bundle_versions').get() as { v: number | null };
    const version = (last.v ?? 0) + 1;
    const result: BundleBuildResult = { version, ...v.result };
    db.prepare(
      `INSERT INTO bundle_versions (version, created_at, profile_id, pack, pages, out_path, sha256, result_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      version,
      now,
      v.profileId,
      v.pack ?? null,
      v.result.pages,
      v.outPath ?? null,
      blob?.sha256 ?? null,
      JSON.stringify(result),
    );
    const add = db.prepare(
      'INSERT INTO bundle_page_map (version, document_id, document_page, bundle_page, label) VALUES (?, ?, ?, ?, ?)',
    );
    for (const e of v.pageMap) add.run(version, e.documentId, e.documentPage, e.bundlePage, e.label);
    if (v.inputs)
      db.prepare('INSERT INTO bundle_version_inputs (version, fingerprint) VALUES (?, ?)').run(version, v.inputs);
    return version;
  })();
}

interface VersionRow {
  version: number;
  created_at: string;
  profile_id: string;
  pack: string | null;
  pages: number;
  out_path: string | null;
  sha256: string | null;
}

const toSummary = (r: VersionRow): BundleVersionSummary => ({
  version: r.version,
  createdAt: r.created_at,
  profileId: r.profile_id,
  pack: r.pack,
  pages: r.pages,
  outPath: r.out_path,
  sha256: r.sha256,
});

export function listBundleVersions(store: CaseStore): BundleVersionSummary[] {
  const rows = store.db.prepare('SELECT * FROM bundle_versions ORDER BY version').all() as VersionRow[];
  return rows.map(toSummary);
}

export function getBundleVersion(
  store: CaseStore,
  version: number,
): (BundleVersionSummary & { result: BundleBuildResult }) | undefined {
  const row = store.db.prepare('SELECT * FROM bundle_versions WHERE version = ?').get(version) as
    (VersionRow & { result_json: string }) | undefined;
  return row ? { ...toSummary(row), result: JSON.parse(row.result_json) as BundleBuildResult } : undefined;
}

/** The latest earlier build of the same profile and pack: what a new build is compared with. */
export function previousBundleVersion(store: CaseStore, version: number): number | undefined {
  const row = store.db
    .prepare(
      `SELECT p.version FROM bundle_versions p JOIN bundle_versions c ON c.version = ?
       WHERE p.version < c.version AND p.profile_id = c.profile_id AND p.pack IS c.pack
       ORDER BY p.version DESC LIMIT 1`,
    )
    .get(version) as { version: number } | undefined;
  return row?.version;
}

export function latestBundleVersion(store: CaseStore): number | undefined {
  const row = store.db.prepare('SELECT MAX(version) AS v FROM bundle_versions').get() as { v: number | null };
  return row.v ?? undefined;
}

const mapRow = (r: {
  version: number;
  document_id: number;
  document_page: number;
  bundle_page: number;
  label: string;
}): PageMapEntry => ({
  version: r.version,
  documentId: r.document_id,
  documentPage: r.document_page,
  bundlePage: r.bundle_page,
  label: r.label,
});

/** Where a document's pages are in a version (the latest when none is given). */
export function pageMapForDocument(store: CaseStore, documentId: number, version?: number): PageMapEntry[] {
  const v = version ?? latestBundleVersion(store);
  if (v === undefined) return [];
  const rows = store.db
    .prepare('SELECT * FROM bundle_page_map WHERE version = ? AND document_id = ? ORDER BY document_page')
    .all(v, documentId) as Parameters<typeof mapRow>[0][];
  return rows.map(mapRow);
}

/** The label one document page carries ("B14"), or undefined when it is not in that version. */
export function labelForPage(
  store: CaseStore,
  documentId: number,
  documentPage: number,
  version?: number,
): string | undefined {
  return pageMapForDocument(store, documentId, version).find((e) => e.documentPage === documentPage)?.label;
}

/** Which document page a bundle page (1-based in the file) or label is. */
export function lookupBundlePage(
  store: CaseStore,
  version: number,
  pageOrLabel: number | string,
): PageMapEntry | undefined {
  const row = (
    typeof pageOrLabel === 'number'
      ? store.db
          .prepare('SELECT * FROM bundle_page_map WHERE version = ? AND bundle_page = ?')
          .get(version, pageOrLabel)
      : store.db.prepare('SELECT * FROM bundle_page_map WHERE version = ? AND label = ?').get(version, pageOrLabel)
  ) as Parameters<typeof mapRow>[0] | undefined;
  return row ? mapRow(row) : undefined;
}

/** Each fingerprint a version was built from, with the latest version built from it. */
export function versionsByFingerprint(store: CaseStore): Map<string, number> {
  const rows = store.db
    .prepare('SELECT fingerprint, MAX(version) AS v FROM bundle_version_inputs GROUP BY fingerprint')
    .all() as { fingerprint: string; v: number }[];
  return new Map(rows.map((r) => [r.fingerprint, r.v]));
}
