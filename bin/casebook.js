#!/usr/bin/env node
// `casebook`: runs the CLI compiled to JavaScript (dist-electron/, built by `npm install` through
// the `prepare` script, the same esbuild step as the app). In a checkout whose TypeScript has
// changed since that build, it runs the sources through tsx instead (a dev dependency), so a
// developer never runs stale code; `npm run build:electron` makes it quick again.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-electron', 'electron', 'cli', 'main.js');
// buildElectron writes dist-electron/main.js last: its time is the build's.
const stamp = join(root, 'dist-electron', 'main.js');

/** True when some source file is newer than the build (or the sources are not there at all). */
function newerThan(ms, dir) {
  if (!existsSync(dir)) return false;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory() ? newerThan(ms, path) : statSync(path).mtimeMs > ms) return true;
  }
  return false;
}

function upToDate() {
  if (!existsSync(built) || !existsSync(stamp)) return false;
  const ms = statSync(stamp).mtimeMs;
  return !['electron', 'shared', 'templates'].some((d) => newerThan(ms, join(root, d)));
}

if (upToDate()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/main.ts');
}
