import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { blobRelPath, FILES_DIR, isSha256 } from './blobs.ts';
import type { CaseStore } from './caseStore.ts';

/**
 * Purge: deleting a document only hides it (so it can be undone); its files, and files nothing
 * refers to any more, stay in the case folder until the user purges. What goes is listed first,
 * and only the documents the user confirmed are removed.
 */
export interface PurgePlan {
  documents: { documentId: number; fileName: string; title: string; deletedAt: string }[];
  /** Stored files no document, rendition or bundle version would use once those are gone. */
  files: number;
  bytes: number;
}

export interface PurgeResult {
  documentsRemoved: number;
  filesRemoved: number;
  bytesFreed: number;
}

/**
 * A file on disk with no row yet may be an import being written right now (files are written
 * before their rows, blobs.ts): only leftovers older than this are treated as orphans.
 */
const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;

function filesOnDisk(dir: string): string[] {
  const root = join(dir, FILES_DIR);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(join(d, e.name));
      else if (e.isFile()) out.push(join(d, e.name));
    }
  }
  return out;
}

/** Blobs still used, counting every document except those about to be purged. */
function usedBlobs(store: CaseStore, purging: number[]): Set<string> {
  // (-1) when none: `NOT IN (NULL)` would be true for no row at all.
  const keep = `NOT IN (${purging.map(() => '?').join(',') || '-1'})`;
  const rows = store.db
    .prepare(
      `SELECT sha256 FROM documents WHERE id ${keep}
       UNION SELECT sha256 FROM renditions WHERE document_id ${keep}
       UNION SELECT sha256 FROM bundle_versions WHERE sha256 IS NOT NULL`,
    )
    .pluck()
    .all(...purging, ...purging) as string[];
  return new Set(rows);
}

function unusedFiles(
  store: CaseStore,
  purging: number[],
  now: number,
): { path: string; bytes: number; sha?: string }[] {
  const used = usedBlobs(store, purging);
  const known = new Set((store.db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[]).filter(isSha256));
  return filesOnDisk(store.dir).flatMap((path) => {
    const name = basename(path);
    const st = statSync(path);
    if (isSha256(name) && relative(store.dir, path) === blobRelPath(name)) {
      if (used.has(name)) return [];
      if (known.has(name) || now - st.mtimeMs > ORPHAN_MIN_AGE_MS) return [{ path, bytes: st.size, sha: name }];
      return [];
    }
    // Half-written temporary files and strays, once old enough to be nobody's import in progress.
    return now - st.mtimeMs > ORPHAN_MIN_AGE_MS ? [{ path, bytes: st.size }] : [];
  });
}

const deletedDocuments = (store: CaseStore): PurgePlan['documents'] =>
  (
    store.db
      .prepare('SELECT id, file_name, title, deleted_at FROM documents WHERE deleted_at IS NOT NULL ORDER BY id')
      .all() as {
      id: number;
      file_name: string;
      title: string;
      deleted_at: string;
    }[]
  ).map((r) => ({ documentId: r.id, fileName: r.file_name, title: r.title, deletedAt: r.deleted_at }));

export function planPurge(store: CaseStore, now = Date.now()): PurgePlan {
  const documents = deletedDocuments(store);
  const files = unusedFiles(
    store,
    documents.map((d) => d.documentId),
    now,
  );
  return { documents, files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

/**
 * Removes the confirmed deleted documents (rows first, in one transaction), then the files nothing
 * uses. A crash between the two leaves only unused files, which the next purge removes; never a
 * row without its file.
 */
export function purge(store: CaseStore, confirmedIds: number[], now = Date.now()): PurgeResult {
  const db = store.db;
  const deleted = new Set(deletedDocuments(store).map((d) => d.documentId));
  const ids = confirmedIds.filter((id) => deleted.has(id));
  // Listed while the purged documents' blob rows still say which files are theirs.
  const files = unusedFiles(store, ids, now);
  const removed = db.transaction(() => {
    for (const id of ids) {
      // Attachments of a purged email stay (they may still be wanted), now without a parent.
      db.prepare('UPDATE documents SET parent_id = NULL WHERE parent_id = ?').run(id);
      db.prepare('DELETE FROM evidence_user_recommendations WHERE document_id = ?').run(id);
      db.prepare('DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    }
    // Kept sentence vectors are made from documents' text: a purge drops them all (the next
    // analysis makes again those it still needs) so nothing read from a purged document stays.
    if (ids.length) db.prepare('DELETE FROM evidence_vectors').run();
    const used = usedBlobs(store, []);
    const stale = (db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[]).filter((sha) => !used.has(sha));
    for (const sha of stale) db.prepare('DELETE FROM blobs WHERE sha256 = ?').run(sha);
    return ids.length;
  })();
  let filesRemoved = 0;
  let bytesFreed = 0;
  // Asked again after the rows are gone: an import that reused one of these files meanwhile keeps it.
  const used = usedBlobs(store, []);
  for (const f of files.filter((x) => !x.sha || !used.has(x.sha))) {
    rmSync(f.path, { force: true });
    filesRemoved += 1;
    bytesFreed += f.bytes;
  }
  return { documentsRemoved: removed, filesRemoved, bytesFreed };
}
