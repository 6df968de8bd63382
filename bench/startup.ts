import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron } from '../scripts/build-electron.mjs';
import { tempDir } from '../test/helpers/tempCase.ts';
import type { BenchReport } from './report.ts';

/** `casebook --help` may take at most this many times a bare `node -e 0` (issue 15). */
export const HELP_RATIO_LIMIT = 5;
const RUNS = 5;
const BIN = join(import.meta.dirname, '../bin/casebook.js');

/** Wall time of one process from spawn to exit, in ms. */
function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - started;
}

/** The median of RUNS starts, after one warm-up start (so the file cache is the same for all). */
function median(args: string[], env: NodeJS.ProcessEnv): number {
  timeOnce(args, env);
  const times = Array.from({ length: RUNS }, () => timeOnce(args, env)).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

/**
 * How long `casebook` takes to start, against a bare Node start: `--help` (no core loaded) and
 * `list` on a small case (the core API and SQLite loaded). Runs the compiled CLI, built first.
 */
export async function benchStartup(): Promise<BenchReport> {
  await buildElectron();
  const tmp = tempDir('casebook-bench-startup-');
  try {
    const env = { ...process.env, CASEBOOK_APP_DATA: join(tmp.dir, 'appdata') };
    const caseDir = join(tmp.dir, 'case');
    timeOnce([BIN, 'init', caseDir, '--child', 'Benchmark Child'], env);
    const bare = median(['-e', '0'], env);
    const help = median([BIN, '--help'], env);
    const list = median([BIN, 'list', caseDir], env);
    const ratio = help / bare;
    return {
      title: `CLI start-up (median of ${RUNS})`,
      rows: [
        ['node -e 0', `${bare.toFixed(0)} ms`],
        ['casebook --help', `${help.toFixed(0)} ms (${ratio.toFixed(1)}× node)`],
        ['casebook list', `${list.toFixed(0)} ms (${(list / bare).toFixed(1)}× node)`],
      ],
      targets: [
        {
          label: `casebook --help ≤ ${HELP_RATIO_LIMIT}× a bare node start (${ratio.toFixed(1)}×)`,
          met: ratio <= HELP_RATIO_LIMIT,
        },
      ],
    };
  } finally {
    tmp.cleanup();
  }
}
