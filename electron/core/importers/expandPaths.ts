import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportOutcome } from '../../../shared/documents.ts';

/** Files an operating system leaves in folders; never a family's paperwork. */
const SYSTEM_FILES = /^(\..*|Thumbs\.db|desktop\.ini|Icon\r?)$/i;

export interface Expanded {
  files: string[];
  /** Links that loop (to a folder already read, or to themselves), each with what happened. */
  skipped: ImportOutcome[];
}

const LOOP =
  'This is a shortcut (link) back to a folder that was already being read, so it was skipped to avoid reading the same files for ever. Nothing is missing because of it.';
const SELF_LOOP = 'This is a shortcut (link) that points to itself, so there is nothing to read. It was skipped.';

const isLink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * Expands folders into the files inside them, depth first in name order. Iterative, with the real
 * path of every folder read remembered, so a link to a folder above (or to itself) is skipped and
 * said so, where a recursive walk would overflow the stack.
 */
export function expandPaths(paths: string[]): Expanded {
  const files: string[] = [];
  const skipped: ImportOutcome[] = [];
  const visited = new Set<string>();
  const stack = paths.map((p) => resolve(p)).reverse();
  while (stack.length) {
    const abs = stack.pop()!;
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP')
        skipped.push({ path: abs, status: 'rejected', code: 'link-loop', reason: SELF_LOOP });
      else files.push(abs); // reported as not found by importFile
      continue;
    }
    if (!isDir) {
      files.push(abs);
      continue;
    }
    const real = realpathSync(abs);
    if (visited.has(real)) {
      // The same folder named twice needs no word; a link back into the walk does.
      if (isLink(abs)) skipped.push({ path: abs, status: 'rejected', code: 'link-loop', reason: LOOP });
      continue;
    }
    visited.add(real);
    const names = readdirSync(abs)
      .filter((n) => !SYSTEM_FILES.test(n))
      .sort((a, b) => a.localeCompare(b));
    for (const n of names.reverse()) stack.push(join(abs, n));
  }
  return { files, skipped };
}
