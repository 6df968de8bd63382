import type Database from 'better-sqlite3';

/**
 * One numbered, append-only sequence of schema changes (Signal Desktop's pattern): the database
 * records how many it has run in `PRAGMA user_version`. A landed step is never edited or
 * reordered, because users' case files have already run it.
 */
export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

/**
 * The first steps were once grouped by area (vault, bundle…) with a version per area, recorded
 * in the schema_migrations table; `legacy` names each such step so older case files are read
 * at the right place in the one sequence.
 */
export interface SequencedMigration extends Migration {
  legacy?: { area: string; version: number };
}

/** The area files keep their steps as they landed; the sequence in migrations/index.ts orders them. */
export interface MigrationArea {
  area: string;
  steps: Migration[];
}
