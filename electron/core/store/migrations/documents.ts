import type { Migration } from './types.ts';

/** Documents beyond the vault's first tables: linked renditions, true page counts. */
export const documentLinks: Omit<Migration, 'version'> = {
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
};

export const estimatedPageCounts: Omit<Migration, 'version'> = {
  description: "page counts marked as estimates until a Word file's rendering gives the true count",
  up: (db) => {
    db.exec(`
          ALTER TABLE documents ADD COLUMN pages_estimated INTEGER NOT NULL DEFAULT 0;
          -- A Word file never rendered was counted by its page breaks, which is only a guess.
          UPDATE documents SET pages_estimated = 1
          WHERE source_type = 'docx' AND id NOT IN (SELECT document_id FROM renditions WHERE purpose = 'pdf');
        `);
  },
};
