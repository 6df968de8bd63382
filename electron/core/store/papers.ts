import { CaseDetails, type AmendmentEdit, type WorkdocVersion } from '../../../shared/papers.ts';
import { writeBlob } from './blobs.ts';
import type { CaseStore } from './caseStore.ts';

/** Papers area: case details, the user's working-document edits, and working-document versions. */

export function getCaseDetails(store: CaseStore): CaseDetails {
  const rows = store.db.prepare('SELECT key, json FROM case_details').all() as { key: string; json: string }[];
  const parsed = CaseDetails.safeParse(Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.json)])));
  // A row from a newer Casebook that this one cannot read is skipped, not fatal.
  return parsed.success ? parsed.data : {};
}

/** Sets the given details; `null` clears one. */
export function setCaseDetails(store: CaseStore, patch: Partial<Record<keyof CaseDetails, unknown>>): void {
  const put = store.db.prepare('INSERT OR REPLACE INTO case_details (key, json) VALUES (?, ?)');
  const del = store.db.prepare('DELETE FROM case_details WHERE key = ?');
  store.db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null || value === '') del.run(key);
      else put.run(key, JSON.stringify(value));
    }
  })();
}

export function listAmendmentEdits(store: CaseStore): AmendmentEdit[] {
  const rows = store.db.prepare('SELECT json FROM workdoc_edits ORDER BY rowid').all() as { json: string }[];
  return rows.map((r) => JSON.parse(r.json) as AmendmentEdit);
}

export function saveAmendmentEdit(store: CaseStore, edit: AmendmentEdit): void {
  if (edit.reset) {
    store.db.prepare('DELETE FROM workdoc_edits WHERE amendment_id = ?').run(edit.id);
    return;
  }
  const old = store.db.prepare('SELECT json FROM workdoc_edits WHERE amendment_id = ?').get(edit.id) as
    { json: string } | undefined;
  const merged = { ...(old ? (JSON.parse(old.json) as AmendmentEdit) : {}), ...edit };
  store.db
    .prepare('INSERT OR REPLACE INTO workdoc_edits (amendment_id, json, updated_at) VALUES (?, ?, ?)')
    .run(edit.id, JSON.stringify(merged), new Date().toISOString());
}

/** The next free number for the user's own amendment ("own-3"). */
export function nextOwnAmendmentId(store: CaseStore): string {
  const ids = (
    store.db.prepare("SELECT amendment_id FROM workdoc_edits WHERE amendment_id LIKE 'own-%'").pluck().all() as string[]
  ).map((id) => Number(id.slice(4)) || 0);
  return `own-${Math.max(0, ...ids) + 1}`;
}

export function nextWorkdocVersion(store: CaseStore): number {
  const row = store.db.prepare('SELECT MAX(version) AS v FROM workdoc_versions').get() as { v: number | null };
  return (row.v ?? 0) + 1;
}

/** Keeps a written working document in the case under the version number printed in its header. */
export function saveWorkdocVersion(
  store: CaseStore,
  v: { version: number; bytes: Uint8Array; amendments: number; pages: number; fromTheirs?: string; outPath: string },
): void {
  const blob = writeBlob(store.dir, v.bytes);
  const db = store.db;
  db.transaction(() => {
    const now = new Date().toISOString();
    db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, rel_path, created_at) VALUES (?, ?, ?, ?)').run(
      blob.sha256,
      v.bytes.length,
      blob.relPath,
      now,
    );
    db.prepare(
      'INSERT INTO workdoc_versions (version, created_at, sha256, amendments, pages, from_theirs, out_path) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(v.version, now, blob.sha256, v.amendments, v.pages, v.fromTheirs ?? null, v.outPath);
  })();
}

export function listWorkdocVersions(store: CaseStore): WorkdocVersion[] {
  const rows = store.db.prepare('SELECT * FROM workdoc_versions ORDER BY version').all() as {
    version: number;
    created_at: string;
    amendments: number;
    pages: number;
    from_theirs: string | null;
    out_path: string;
  }[];
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.created_at,
    amendments: r.amendments,
    pages: r.pages,
    fromTheirs: r.from_theirs,
    path: r.out_path,
  }));
}
