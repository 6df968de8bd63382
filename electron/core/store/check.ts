import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CheckProblem, CheckReport } from '../../../shared/contract/vault.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { blobRelPath, FILES_DIR, isSha256, sha256Hex } from './blobs.ts';
import { DAMAGED_DATABASE, DB_FILE, type CaseStore } from './caseStore.ts';
import { NEWER_VERSION, schemaVersionOf } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export type { CheckProblem, CheckReport };

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

class RolledBack extends Error {}

/** FTS5's check is a command written as an INSERT: it changes nothing, and it is rolled back. */
function searchIndexProblem(db: Database.Database): string | undefined {
  try {
    db.transaction(() => {
      db.prepare("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')").run();
      throw new RolledBack();
    })();
  } catch (e) {
    if (!(e instanceof RolledBack)) return (e as Error).message;
  }
  return undefined;
}

/**
 * Verifies the case: the database's own integrity, that every stored file a row refers to exists
 * with the right bytes, and which files on disk no row refers to (left by an interrupted import).
 */
export function checkCase(
  store: Pick<CaseStore, 'db' | 'dir'>,
  searchIndexDb: Database.Database = store.db,
): CheckReport {
  const { db, dir } = store;
  const problems: CheckProblem[] = [];

  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok')
    problems.push({ severity: 'error', code: 'database', message: `Database integrity: ${String(integrity)}` });
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0)
    problems.push({ severity: 'error', code: 'database', message: `${fk.length} broken references between tables` });
  const searchProblem = searchIndexProblem(searchIndexDb);
  if (searchProblem)
    problems.push({ severity: 'error', code: 'search-index', message: `Search index: ${searchProblem}` });

  const blobs = db.prepare('SELECT sha256, rel_path FROM blobs').all() as { sha256: string; rel_path: string }[];
  const known = new Set<string>();
  for (const b of blobs) {
    // Paths come from the hash alone: a rel_path (or hash) pointing outside the case is damage.
    if (!isSha256(b.sha256) || b.rel_path.split(/[\\/]/).join(sep) !== blobRelPath(b.sha256)) {
      problems.push({
        severity: 'error',
        code: 'database',
        message: `A stored file reference is not one Casebook writes: ${JSON.stringify(b.sha256).slice(0, 80)}`,
      });
      continue;
    }
    known.add(blobRelPath(b.sha256));
    const path = join(dir, blobRelPath(b.sha256));
    if (!existsSync(path)) {
      problems.push({
        severity: 'error',
        code: 'missing-file',
        message: `Stored file is missing: ${b.rel_path}`,
        path: b.rel_path,
      });
    } else if (sha256Hex(readFileSync(path)) !== b.sha256) {
      problems.push({
        severity: 'error',
        code: 'corrupt-file',
        message: `Stored file has changed on disk: ${b.rel_path}`,
        path: b.rel_path,
      });
    }
  }

  const onDisk = walk(join(dir, FILES_DIR));
  for (const file of onDisk) {
    const rel = relative(dir, file);
    if (file.endsWith('.tmp')) {
      problems.push({
        severity: 'warning',
        code: 'temp-file',
        message: `Unfinished write left behind: ${rel}`,
        path: rel,
      });
    } else if (!known.has(rel)) {
      const kb = Math.ceil(statSync(file).size / 1024);
      problems.push({
        severity: 'warning',
        code: 'orphan-file',
        message: `File not used by any document (${kb} KB): ${rel}`,
        path: rel,
      });
    }
  }

  const documents =
    (db.prepare('SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL').pluck().get() as number) ?? 0;
  return { ok: !problems.some((p) => p.severity === 'error'), documents, files: blobs.length, problems };
}

/**
 * `casebook check`: opens the case read-only, before any migration, so checking never changes a
 * case — a damaged file is reported, not "repaired" by a migration, and a newer case is left alone.
 */
export function checkCaseDir(dirInput: string): Result<CheckReport> {
  const dir = resolve(dirInput);
  const path = join(dir, DB_FILE);
  if (!existsSync(path)) return fail('not-a-case', `${dir} is not a Casebook case (there is no ${DB_FILE} in it).`);
  let db: Database.Database | undefined;
  let writable: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (schemaVersionOf(db, migrations) > migrations.length) return fail('newer-version', NEWER_VERSION);
    const integrity = db.pragma('integrity_check', { simple: true });
    // The search index check needs a writable connection (it is rolled back); only on a sound file.
    writable = integrity === 'ok' ? new Database(path, { fileMustExist: true }) : undefined;
    return ok(checkCase({ db, dir }, writable ?? db));
  } catch (e) {
    if (/^SQLITE_(NOTADB|CORRUPT)/.test((e as { code?: string }).code ?? ''))
      return fail('case-damaged', DAMAGED_DATABASE);
    throw e;
  } finally {
    writable?.close();
    db?.close();
  }
}
