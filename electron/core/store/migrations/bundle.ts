import type { MigrationArea } from './types.ts';

export const bundleMigrations: MigrationArea = {
  area: 'bundle',
  steps: [
    {
      version: 1,
      description: 'bundle profiles, placements, versions and the page map',
      up: (db) => {
        db.exec(`
          -- Profiles the user duplicated or edited; the shipped ones live in code as JSON data.
          CREATE TABLE bundle_profiles (
            id TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL
          );

          -- What the user set by hand, per profile (section letters differ between profiles).
          CREATE TABLE bundle_placements (
            profile_id TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            section TEXT,
            position REAL,
            leave_out INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (profile_id, document_id)
          );

          -- One row per build; the result is the CLI's JSON so a version can be shown again as built.
          CREATE TABLE bundle_versions (
            version INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            profile_id TEXT NOT NULL,
            pack TEXT,
            pages INTEGER NOT NULL,
            out_path TEXT,
            sha256 TEXT REFERENCES blobs(sha256),
            result_json TEXT NOT NULL
          );

          -- Which bundle page (and label) each document page became: what letters and the working
          -- document cite ("EP report, B14, para 5").
          CREATE TABLE bundle_page_map (
            version INTEGER NOT NULL REFERENCES bundle_versions(version) ON DELETE CASCADE,
            document_id INTEGER NOT NULL,
            document_page INTEGER NOT NULL,
            bundle_page INTEGER NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (version, document_id, document_page)
          );
          CREATE INDEX bundle_page_map_page ON bundle_page_map(version, bundle_page);
          CREATE INDEX bundle_page_map_document ON bundle_page_map(document_id, document_page);
        `);
      },
    },
  ],
};
