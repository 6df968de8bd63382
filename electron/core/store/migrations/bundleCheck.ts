import type { Migration } from './types.ts';

/** Checks of bundles others prepared (the LA's), and documents the family keeps from the tribunal. */
export const bundleCheckTables: Omit<Migration, 'version'> = {
  description: 'bundle checks (the checked PDF kept by hash) and the not-for-the-tribunal mark',
  up: (db) => {
    db.exec(`
          -- One row per check; the bundle PDF itself is a blob, so the copy survives an expired link.
          CREATE TABLE bundle_checks (
            id INTEGER PRIMARY KEY,
            checked_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            result_json TEXT NOT NULL
          );

          -- Documents the user says are not for the tribunal (private notes, drafts): never
          -- expected in a bundle, never flagged as missing from one.
          CREATE TABLE documents_not_for_tribunal (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            marked_at TEXT NOT NULL
          );
        `);
  },
};

/**
 * "Leave out of the bundle" and "not for the tribunal" become one mark: a document the family
 * keeps out of its bundle is one it does not expect in anyone's. Earlier leave-outs (kept per
 * profile) become the mark, so nothing left out comes back in.
 */
export const leftOutIsNotForTribunal: Omit<Migration, 'version'> = {
  description: 'documents left out of a bundle become marked as not for the tribunal',
  up: (db) => {
    db.prepare(
      `INSERT OR IGNORE INTO documents_not_for_tribunal (document_id, marked_at)
       SELECT DISTINCT document_id, ? FROM bundle_placements WHERE leave_out = 1`,
    ).run(new Date().toISOString());
    db.exec('UPDATE bundle_placements SET leave_out = 0');
  },
};
