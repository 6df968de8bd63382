import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ApiError } from '../../shared/contract/define.ts';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/index.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import type { JobOptions } from '../../shared/progress.ts';
import type { CoreApi } from '../core/api/index.ts';

/**
 * The CLI's one way into the core: the same createCoreApi() the app uses, so every command gets
 * the contract's validated input and output and its `{ ok, error: { code, message } }` results.
 * A failure becomes the process's exit code and a line on stderr here, once.
 */

/** Exit codes: 0 done, 1 done but something failed (a rejected file, a failed check), 2 usage. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * Failures that mean "what was typed does not fit this case": a wrong folder, number, name or
 * date. They exit 2, like a bad flag; everything else (a file that would not save, a bug) exits 1.
 */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'bad-input',
  'not-a-case',
  'case-exists',
  'folder-not-empty',
  'not-found',
  'no-document',
  'not-deleted',
  'already-back',
  'bad-profile',
  'no-such-profile',
  'profile-exists',
  'no-such-pack',
  'no-such-section',
  'bad-date',
  'missing-date',
  'missing-length',
  'unknown-event',
  'unknown-rule',
  'no-term-dates',
  'term-dates-short',
  'output-inside-case-store',
  'output-folder-missing',
  'not-linked',
  'nothing-to-confirm',
  'template-not-found',
]);

/** A failure the command stops on: its message goes to stderr, its exit code to the process. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** A usage problem found by the CLI itself (a flag missing or malformed): exit code 2. */
export const usageError = (message: string): CliError => new CliError(message, EXIT_USAGE);

export const errorFrom = (error: ApiError): CliError =>
  new CliError(error.message, USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_FAILED);

/**
 * Where the CLI keeps app-wide state (the recent-cases list): the desktop app's own folder, so a
 * case made with `casebook init` is in the app's list too. CASEBOOK_APP_DATA overrides it (tests).
 */
function appDataDir(): string {
  if (process.env.CASEBOOK_APP_DATA) return process.env.CASEBOOK_APP_DATA;
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Casebook');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Casebook');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Casebook');
}

let api: Promise<CoreApi> | undefined;

/** The process's one CoreApi, made on first use (loading the core only for commands that need it). */
function coreApi(): Promise<CoreApi> {
  api ??= import('../core/api/index.ts').then(({ createCoreApi }) =>
    createCoreApi({ appDataDir: appDataDir(), documentsDir: join(homedir(), 'Documents') }),
  );
  return api;
}

/** Runs one call and hands back its value; a failure stops the command with its message and exit code. */
export async function call<K extends CallName>(
  name: K,
  input: CallInput<K>,
  opts?: JobOptions,
): Promise<CallOutput<K>> {
  const r = await (await coreApi()).call(name, input, opts);
  if (!r.ok) throw errorFrom(r.error);
  return r.value;
}

/** Closes every case the commands opened (end of the process). */
export async function closeApi(): Promise<void> {
  if (api) (await api).close();
}
