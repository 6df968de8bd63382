import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Renderers put a Word file (a child's records) in a temporary folder while they print it. A
 * process killed mid-bundle leaves that folder behind, so each is named with the process that
 * made it, and the next start clears those whose process has gone. mkdtemp makes them 0700.
 */
export type TempKind = 'docx' | 'print';

export const tempFolderPrefix = (kind: TempKind, pid = process.pid): string => `casebook-${kind}-${pid}-`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders from before names carried a process id are cleared once they are this old. */
const UNNAMED_STALE_MS = 60 * 60 * 1000;

/** Removes leftover renderer folders of processes that have ended; returns what was removed. */
export function clearStaleTempFolders(dir = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = name.match(/^casebook-(docx|print)-(?:(\d+)-)?[A-Za-z0-9]{6}$/);
    if (!m) continue;
    const path = join(dir, name);
    try {
      const stale = m[2]
        ? Number(m[2]) !== process.pid && !alive(Number(m[2]))
        : now - statSync(path).mtimeMs > UNNAMED_STALE_MS;
      if (!stale) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Someone else's folder, or gone already: not ours to worry about.
    }
  }
  return removed;
}
