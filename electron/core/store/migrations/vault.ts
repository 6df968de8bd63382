import type { MigrationArea } from './types.ts';

export const vaultMigrations: MigrationArea = {
  area: 'vault',
  steps: [
    {
      version: 1,
      description: 'case, blobs, documents, pages, full-text index',
      up: (db) => {
        db.exec(`
          CREATE TABLE case_info (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            child_name TEXT NOT NULL,
            local_authority TEXT,
            created_at TEXT NOT NULL
          );

          -- Content-addressed files under files/aa/bb…; one row per distinct byte string.
          CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            rel_path TEXT NOT NULL,
            created_at TEXT NOT NULL
          );

          CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            source_type TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            author TEXT,
            profession TEXT,
            doc_date TEXT,
            imported_at TEXT NOT NULL,
            page_count INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            parent_id INTEGER REFERENCES documents(id),
            deleted_at TEXT
          );
          -- The same bytes are one document; a deleted one can be imported again.
          CREATE UNIQUE INDEX documents_sha256_live ON documents(sha256) WHERE deleted_at IS NULL;
          CREATE INDEX documents_parent ON documents(parent_id);

          -- Derived files attached to a document: a decrypted or repaired PDF for text and bundles,
          -- a PDF rendering of a Word file, a normalised image. Purpose names the use.
          CREATE TABLE renditions (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            created_at TEXT NOT NULL,
            PRIMARY KEY (document_id, purpose)
          );

          CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            page_no INTEGER NOT NULL,
            text TEXT NOT NULL,
            ocr INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (document_id, page_no)
          );

          -- Headings and structure a reader found (DOCX headings, email headers), as JSON.
          CREATE TABLE document_structure (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            json TEXT NOT NULL
          );

          CREATE VIRTUAL TABLE pages_fts USING fts5(
            text,
            content='pages',
            content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
          );
          CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
            INSERT INTO pages_fts(rowid, text) VALUES (new.rowid, new.text);
          END;
          CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
            INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
          END;
          CREATE TRIGGER pages_au AFTER UPDATE ON pages BEGIN
            INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO pages_fts(rowid, text) VALUES (new.rowid, new.text);
          END;
        `);
      },
    },
  ],
};
