import type { MigrationArea } from './types.ts';

/** One document with several renditions: a Word file and its PDF copy linked as one. */
export const documentLinksMigrations: MigrationArea = {
  area: 'document-links',
  steps: [
    {
      version: 1,
      description: 'documents linked as another rendition of a primary document (Word and PDF copies)',
      up: (db) => {
        db.exec(`
          -- The linked document (the Word copy) is kept for editing and hidden from lists, search,
          -- the timeline and the bundle while its primary (the PDF, cited and bundled) is live.
          CREATE TABLE document_links (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            primary_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (document_id <> primary_id)
          );
          CREATE INDEX document_links_primary ON document_links(primary_id);
        `);
      },
    },
  ],
};
