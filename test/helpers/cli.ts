import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/casebook.js');

/**
 * The CLI remembers cases in the app's recent list; under test that list lives in a folder of
 * this process's own, never the user's.
 */
const appData = mkdtempSync(join(tmpdir(), 'casebook-cli-appdata-'));
process.once('exit', () => rmSync(appData, { recursive: true, force: true }));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `casebook …` as a user would (bin/casebook.js in a new Node process) and waits for it. */
export function casebook(args: string[], env: Record<string, string> = {}, timeout = 300_000): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout,
    env: { ...process.env, CASEBOOK_APP_DATA: appData, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
