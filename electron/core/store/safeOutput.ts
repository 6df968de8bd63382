import { realpathSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { DB_FILE } from './caseStore.ts';
import { FILES_DIR, writePrivateFile } from './blobs.ts';

const inside = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Where an export (bundle, report, log, calendar) may be written. Never over the case's own
 * database (case.sqlite and its -wal, -shm, -journal files) and never inside its files/ store:
 * `--out case/case.sqlite` once replaced the live database. Folders are compared by their real
 * paths, so a link to the case folder is no way round.
 */
export function checkOutputPath(caseDir: string, outPath: string): Result<string> {
  const target = resolve(outPath);
  let realCase: string;
  let realParent: string;
  try {
    realCase = realpathSync(caseDir);
    realParent = realpathSync(dirname(target));
  } catch {
    return fail('output-folder-missing', `The folder ${dirname(target)} does not exist. Choose a folder that exists.`);
  }
  const name = basename(target);
  const overDatabase = realParent === realCase && name.toLowerCase().startsWith(DB_FILE);
  if (overDatabase || inside(join(realCase, FILES_DIR), join(realParent, name))) {
    return fail(
      'output-inside-case-store',
      `Casebook will not write to ${target}: that is where the case keeps its own database and stored files. Choose another name or folder (for example the case's "bundles" folder or your Documents).`,
    );
  }
  return ok(join(realParent, name));
}

/**
 * Writes an export through a temporary file and a rename, so a reader never opens half a file
 * and a failed write never leaves a damaged one; private to the user (0600), as it holds a
 * child's records.
 */
export function writeOutput(caseDir: string, outPath: string, bytes: Uint8Array | string): Result<string> {
  const checked = checkOutputPath(caseDir, outPath);
  if (!checked.ok) return checked;
  const path = checked.value;
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writePrivateFile(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    return fail(
      'write-failed',
      `The file could not be saved to ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the folder exists and you can write to it.`,
    );
  }
  return ok(path);
}
