import type { Migration } from './types.ts';

/** The papers the family sends: case details for letters, working-document edits and versions. */
export const papersTables: Omit<Migration, 'version'> = {
  description: 'case details, working-document edits and versions',
  up: (db) => {
    db.exec(`
          -- Facts letters need (date of birth, parents, caseworker, references), one row per key.
          CREATE TABLE case_details (
            key TEXT PRIMARY KEY,
            json TEXT NOT NULL
          );

          -- The user's wording for an amendment (by recommendation id), or an amendment of their own.
          CREATE TABLE workdoc_edits (
            amendment_id TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL
          );

          -- Every working document written, numbered; the file itself is kept as a blob.
          CREATE TABLE workdoc_versions (
            version INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            amendments INTEGER NOT NULL,
            pages INTEGER NOT NULL,
            from_theirs TEXT,
            out_path TEXT NOT NULL
          );
        `);
  },
};
