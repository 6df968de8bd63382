#!/usr/bin/env node
/**
 * `npm run test:acceptance`: runs test/acceptance/ against ../shared (the sample cases and the
 * real-world PDF corpus kept beside the repository, not in it). Without ../shared it says so in
 * one line and fails, rather than passing with nothing tested.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const needed = ['samples', 'corpus'].map((d) => join(SHARED, d));
const missing = needed.filter((d) => !existsSync(d));
if (missing.length) {
  console.error(
    `test:acceptance needs ${missing.map((d) => relative(ROOT, d)).join(' and ')} beside the repository (the sample cases and PDF corpus); not found, nothing run.`,
  );
  process.exit(1);
}
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.acceptance.config.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
