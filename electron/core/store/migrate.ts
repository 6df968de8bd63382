import type Database from 'better-sqlite3';
import type { MigrationArea } from './migrations/types.ts';

/** Applies each area's pending steps, each in its own transaction with its version row. */
export function migrate(db: Database.Database, areas: MigrationArea[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    area TEXT NOT NULL,
    version INTEGER NOT NULL,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (area, version)
  )`);
  const applied = db.prepare('SELECT version FROM schema_migrations WHERE area = ?').pluck();
  const record = db.prepare(
    'INSERT INTO schema_migrations (area, version, description, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const { area, steps } of areas) {
    const done = new Set(applied.all(area) as number[]);
    for (const step of [...steps].sort((a, b) => a.version - b.version)) {
      if (done.has(step.version)) continue;
      db.transaction(() => {
        step.up(db);
        record.run(area, step.version, step.description, new Date().toISOString());
      })();
    }
  }
}
