import type Database from 'better-sqlite3';

/**
 * Migrations are grouped by area (vault, evidence, bundle, deadlines…) so each capability owns
 * its tables, and numbered within the area. Append-only: a landed step is never edited, because
 * users' case files have already run it.
 */
export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export interface MigrationArea {
  area: string;
  steps: Migration[];
}
