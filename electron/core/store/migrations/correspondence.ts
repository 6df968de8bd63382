import type { Migration } from './types.ts';

/**
 * A log entry made from an imported email and then deleted must stay deleted: the log re-reads
 * the emails on every visit (deadlines/correspondence.ts), so the deletion is remembered here.
 */
export const dismissedEmailEntries: Omit<Migration, 'version'> = {
  description: 'correspondence: remember email-derived log entries the user deleted',
  up: (db) => {
    db.exec(`
      CREATE TABLE correspondence_dismissed (
        source_document_id INTEGER PRIMARY KEY,
        dismissed_at TEXT NOT NULL
      );
    `);
  },
};
