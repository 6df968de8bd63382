import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaseInfo } from '../../../shared/documents.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export const DB_FILE = 'case.sqlite';

/** An open case: its folder and its database. All SQL lives in electron/core/store. */
export interface CaseStore {
  dir: string;
  db: Database.Database;
  close(): void;
}

/** A child's records: the case folder is the user's alone (0700), and so is every file in it (0600). */
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/** Tightens what an older Casebook made 755/644; a folder on a shared drive may refuse, which is fine. */
function makePrivate(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change (another owner, a file system without modes): the open goes on.
  }
}

export const DAMAGED_DATABASE =
  'The case database (case.sqlite) is damaged and cannot be opened. Nothing has been changed. Restore the case folder from a backup, or ask for help with the file.';

/** SQLite's words for a file that is not a database, or one whose pages are broken. */
const isDamage = (e: unknown) => /^SQLITE_(NOTADB|CORRUPT)/.test((e as { code?: string }).code ?? '');

function openDb(dir: string): Result<Database.Database> {
  const path = join(dir, DB_FILE);
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    makePrivate(path, PRIVATE_FILE);
    // WAL: readers never block the writer, and a crash mid-write rolls back cleanly. (SQLite
    // gives the -wal and -shm files the database file's permissions.)
    db.pragma('journal_mode = WAL');
    // FULL: a committed import survives power loss, not just a process kill.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migrated = migrate(db, migrations);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
    return ok(db);
  } catch (e) {
    db?.close();
    if (isDamage(e)) return fail('case-damaged', DAMAGED_DATABASE);
    throw e;
  }
}

const wrap = (dir: string, db: Database.Database): CaseStore => ({ dir, db, close: () => db.close() });

export function isCaseDir(dir: string): boolean {
  return existsSync(join(dir, DB_FILE));
}

/** Creates a case in an empty (or new) folder. */
export function initCase(dirInput: string, info: { childName: string; localAuthority?: string }): Result<CaseStore> {
  const dir = resolve(dirInput);
  if (!info.childName.trim()) return fail('bad-input', "Please give the child's name.");
  if (isCaseDir(dir)) return fail('case-exists', `There is already a case in ${dir}.`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    return fail('folder-not-empty', `${dir} already has files in it. Choose an empty or new folder for the case.`);
  }
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  makePrivate(dir, PRIVATE_DIR);
  const opened = openDb(dir);
  if (!opened.ok) return opened;
  const db = opened.value;
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
    return fail(
      'not-a-case',
      `${dir} is not a Casebook case (there is no ${DB_FILE} in it). Create one with "casebook init".`,
    );
  }
  makePrivate(dir, PRIVATE_DIR);
  const db = openDb(dir);
  return db.ok ? ok(wrap(dir, db.value)) : db;
}

export function getCaseInfo(store: CaseStore): CaseInfo {
  const row = store.db.prepare('SELECT child_name, local_authority, created_at FROM case_info WHERE id = 1').get() as {
    child_name: string;
    local_authority: string | null;
    created_at: string;
  };
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
