import type { Migration } from './types.ts';

/** What each bundle version was built from, so building it again unchanged can be noticed first. */
export const bundleVersionInputs: Omit<Migration, 'version'> = {
  description: 'a fingerprint of the documents, order and options each bundle version was built from',
  up: (db) => {
    db.exec(`
          CREATE TABLE bundle_version_inputs (
            version INTEGER PRIMARY KEY REFERENCES bundle_versions(version) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL
          );
          CREATE INDEX bundle_version_inputs_fingerprint ON bundle_version_inputs(fingerprint);
        `);
  },
};
