import type Database from 'better-sqlite3';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { SequencedMigration } from './migrations/types.ts';

export const NEWER_VERSION =
  'This case was made by a newer version of Casebook. Update Casebook to open it; nothing in the case has been changed.';

/**
 * The schema version of a case file: `PRAGMA user_version`, or for files made before there was
 * one sequence, how many of its first steps the old per-area table records.
 */
export function schemaVersionOf(db: Database.Database, sequence: SequencedMigration[]): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0) return version;
  const hasLegacy = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasLegacy) return 0;
  const done = new Set(
    (db.prepare('SELECT area, version FROM schema_migrations').all() as { area: string; version: number }[]).map(
      (r) => `${r.area}/${r.version}`,
    ),
  );
  let n = 0;
  while (
    n < sequence.length &&
    sequence[n]!.legacy &&
    done.has(`${sequence[n]!.legacy!.area}/${sequence[n]!.legacy!.version}`)
  )
    n++;
  return n;
}

/**
 * Runs the steps a case file has not run yet, each in its own transaction with the new version
 * number, so a crash leaves the file at one version or the next. A file from a newer Casebook is
 * refused before anything is written: migrating it blindly could lose what the newer version stored.
 */
export function migrate(db: Database.Database, sequence: SequencedMigration[]): Result<number> {
  const current = schemaVersionOf(db, sequence);
  if (current > sequence.length) return fail('newer-version', NEWER_VERSION);
  for (const step of sequence.slice(current)) {
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return ok(sequence.length);
}
