import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FILES_DIR = 'files';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const SHA256 = /^[0-9a-f]{64}$/;

/** A reference read from the database that is not a SHA-256 Casebook wrote (damage or tampering). */
export class BadBlobReference extends Error {
  constructor() {
    super("a stored file reference in the case database is damaged, so that file was not read (run 'casebook check')");
  }
}

/**
 * files/ab/cd/abcd…: two levels keep any one folder small on every file system. Every path to a
 * stored file is derived here from its hash, and only a hash of exactly 64 hex digits is accepted:
 * a value like "../../" in the database must never lead outside the case.
 */
export const blobRelPath = (sha256: string): string => {
  if (!SHA256.test(sha256)) throw new BadBlobReference();
  return join(FILES_DIR, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
};

export const isSha256 = (s: string): boolean => SHA256.test(s);

function fsyncDir(dir: string): void {
  // Directory fsync makes the rename durable on Linux/macOS; Windows cannot open a directory.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes bytes under their SHA-256 name, crash-safely: temp file, fsync, rename, fsync folder.
 * A crash leaves either no file or the whole file (never a partial one under the final name), so
 * a database row committed afterwards never points at a missing or torn file.
 */
/**
 * Writes a new file readable by the user alone (0600: case files hold a child's records, and
 * decrypted copies of password-protected PDFs) and flushes it to disk before it is renamed into place.
 */
export function writePrivateFile(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeBlob(caseDir: string, bytes: Uint8Array): { sha256: string; relPath: string; existed: boolean } {
  const sha256 = sha256Hex(bytes);
  const relPath = blobRelPath(sha256);
  const finalPath = join(caseDir, relPath);
  if (existsSync(finalPath)) return { sha256, relPath, existed: true };
  const dir = dirname(finalPath);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `.${sha256}.${randomBytes(4).toString('hex')}.tmp`);
  writePrivateFile(tmp, bytes);
  renameSync(tmp, finalPath);
  fsyncDir(dir);
  return { sha256, relPath, existed: false };
}

export function readBlob(caseDir: string, sha256: string): Uint8Array {
  return readFileSync(join(caseDir, blobRelPath(sha256)));
}
