import type { Migration, MigrationArea } from './types.ts';

export const evidenceMigrations: MigrationArea = {
  area: 'evidence',
  steps: [
    {
      version: 1,
      description: 'evidence map: user decisions with history, user-added recommendations',
      up: (db) => {
        db.exec(`
          -- Every confirmation or override the user makes, append-only: the latest row per
          -- recommendation is the decision, earlier rows its history. Re-analysis never writes here.
          CREATE TABLE evidence_decisions (
            id INTEGER PRIMARY KEY,
            recommendation_id TEXT NOT NULL,
            status TEXT NOT NULL,
            section TEXT,
            plan_quote TEXT,
            note TEXT,
            decided_at TEXT NOT NULL
          );
          CREATE INDEX evidence_decisions_rec ON evidence_decisions(recommendation_id, id);

          -- Recommendations the user selected in a report that the analysis did not find.
          CREATE TABLE evidence_user_recommendations (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            page INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT,
            created_at TEXT NOT NULL,
            removed_at TEXT
          );
        `);
      },
    },
  ],
};

/** A decision keeps the recommendation's words, so it is re-attached after a re-read of the report. */
export const decisionRecommendationText: Omit<Migration, 'version'> = {
  description: "evidence decisions keep the recommendation's words, so they survive a re-read of the report",
  up: (db) => {
    db.exec('ALTER TABLE evidence_decisions ADD COLUMN recommendation_text TEXT');
  },
};

/**
 * Sentence vectors kept with the case, keyed by a hash of the text they were made from: a case
 * opened again is analysed without loading the meaning model unless its text changed.
 */
export const embeddingVectors: Omit<Migration, 'version'> = {
  description: 'evidence map: sentence vectors kept by a hash of their text, so re-opening a case needs no model',
  up: (db) => {
    db.exec('CREATE TABLE evidence_vectors (text_hash TEXT PRIMARY KEY, vector BLOB NOT NULL)');
  },
};
