import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CallName, CallOutput } from '../../shared/contract/index.ts';
import { createCoreApi, type CoreApi } from '../core/api/index.ts';
import { EXIT_FAILED, UsageError } from './io.ts';

/**
 * Where the desktop app keeps its data (Electron's app.getPath('userData') for "Casebook"), so the
 * CLI and the app share the user's own letter templates and recent cases.
 * CASEBOOK_APP_DATA overrides it (tests, portable installs).
 */
export function appDataDir(): string {
  if (process.env.CASEBOOK_APP_DATA) return process.env.CASEBOOK_APP_DATA;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Casebook');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Casebook');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Casebook');
}

export const cliApi = (): CoreApi => createCoreApi({ appDataDir: appDataDir(), documentsDir: join(homedir(), 'Documents') });

/**
 * Runs one API call for a command: the value, or the error's message on stderr and exit code 1
 * (2 for input the command line got wrong).
 */
export async function callApi<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K> | undefined> {
  const api = cliApi();
  try {
    const r = await api.call(name, input);
    if (r.ok) return r.value;
    if (r.error.code === 'bad-input' || r.error.code === 'not-a-case') throw new UsageError(r.error.message);
    process.stderr.write(`casebook: ${r.error.message}\n`);
    process.exitCode = EXIT_FAILED;
    return undefined;
  } finally {
    api.close();
  }
}
