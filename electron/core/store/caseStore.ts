import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaseInfo } from '../../../shared/documents.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { migrate } from './migrate.ts';
import { migrationAreas } from './migrations/index.ts';

export const DB_FILE = 'case.sqlite';

/** An open case: its folder and its database. All SQL lives in electron/core/store. */
export interface CaseStore {
  dir: string;
  db: Database.Database;
  close(): void;
}

function openDb(dir: string): Database.Database {
  const db = new Database(join(dir, DB_FILE));
  // WAL: readers never block the writer, and a crash mid-write rolls back cleanly.
  db.pragma('journal_mode = WAL');
  // FULL: a committed import survives power loss, not just a process kill.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrationAreas);
  return db;
}

const wrap = (dir: string, db: Database.Database): CaseStore => ({ dir, db, close: () => db.close() });

export function isCaseDir(dir: string): boolean {
  return existsSync(join(dir, DB_FILE));
}

/** Creates a case in an empty (or new) folder. */
export function initCase(
  dirInput: string,
  info: { childName: string; localAuthority?: string },
): Result<CaseStore> {
  const dir = resolve(dirInput);
  if (!info.childName.trim()) return fail('bad-input', "Please give the child's name.");
  if (isCaseDir(dir)) return fail('case-exists', `There is already a case in ${dir}.`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    return fail('folder-not-empty', `${dir} already has files in it. Choose an empty or new folder for the case.`);
  }
  mkdirSync(dir, { recursive: true });
  const db = openDb(dir);
  db.prepare('INSERT INTO case_info (id, child_name, local_authority, created_at) VALUES (1, ?, ?, ?)').run(
    info.childName.trim(),
    info.localAuthority?.trim() || null,
    new Date().toISOString(),
  );
  return ok(wrap(dir, db));
}

export function openCase(dirInput: string): Result<CaseStore> {
  const dir = resolve(dirInput);
  if (!isCaseDir(dir)) {
    return fail('not-a-case', `${dir} is not a Casebook case (there is no ${DB_FILE} in it). Create one with "casebook init".`);
  }
  return ok(wrap(dir, openDb(dir)));
}

export function getCaseInfo(store: CaseStore): CaseInfo {
  const row = store.db
    .prepare('SELECT child_name, local_authority, created_at FROM case_info WHERE id = 1')
    .get() as { child_name: string; local_authority: string | null; created_at: string };
  return {
    childName: row.child_name,
    ...(row.local_authority ? { localAuthority: row.local_authority } : {}),
    createdAt: row.created_at,
  };
}

export function updateCaseInfo(store: CaseStore, patch: { childName?: string; localAuthority?: string | null }): void {
  if (patch.childName !== undefined) {
    store.db.prepare('UPDATE case_info SET child_name = ? WHERE id = 1').run(patch.childName.trim());
  }
  if (patch.localAuthority !== undefined) {
    store.db.prepare('UPDATE case_info SET local_authority = ? WHERE id = 1').run(patch.localAuthority?.trim() || null);
  }
}
