import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FILES_DIR, sha256Hex } from './blobs.ts';
import type { CaseStore } from './caseStore.ts';
import type { CheckProblem, CheckReport } from '../../../shared/contract/vault.ts';

export type { CheckProblem, CheckReport };

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Verifies the case: the database's own integrity, that every stored file a row refers to exists
 * with the right bytes, and which files on disk no row refers to (left by an interrupted import).
 */
export function checkCase(store: CaseStore): CheckReport {
  const { db, dir } = store;
  const problems: CheckProblem[] = [];

  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push({ severity: 'error', code: 'database', message: `Database integrity: ${String(integrity)}` });
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push({ severity: 'error', code: 'database', message: `${fk.length} broken references between tables` });
  try {
    db.prepare("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')").run();
  } catch (e) {
    problems.push({ severity: 'error', code: 'search-index', message: `Search index: ${(e as Error).message}` });
  }

  const blobs = db.prepare('SELECT sha256, rel_path FROM blobs').all() as { sha256: string; rel_path: string }[];
  const known = new Set<string>();
  for (const b of blobs) {
    known.add(b.rel_path.split(/[\\/]/).join(sep));
    const path = join(dir, b.rel_path);
    if (!existsSync(path)) {
      problems.push({ severity: 'error', code: 'missing-file', message: `Stored file is missing: ${b.rel_path}`, path: b.rel_path });
    } else if (sha256Hex(readFileSync(path)) !== b.sha256) {
      problems.push({ severity: 'error', code: 'corrupt-file', message: `Stored file has changed on disk: ${b.rel_path}`, path: b.rel_path });
    }
  }

  const onDisk = walk(join(dir, FILES_DIR));
  for (const file of onDisk) {
    const rel = relative(dir, file);
    if (file.endsWith('.tmp')) {
      problems.push({ severity: 'warning', code: 'temp-file', message: `Unfinished write left behind: ${rel}`, path: rel });
    } else if (!known.has(rel)) {
      const kb = Math.ceil(statSync(file).size / 1024);
      problems.push({ severity: 'warning', code: 'orphan-file', message: `File not used by any document (${kb} KB): ${rel}`, path: rel });
    }
  }

  const documents = (db.prepare('SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL').pluck().get() as number) ?? 0;
  return { ok: !problems.some((p) => p.severity === 'error'), documents, files: blobs.length, problems };
}
