import { isAbsolute } from 'node:path';
import type { ApiResult } from '../../shared/contract/define.ts';
import { contract, type CallName } from '../../shared/contract/index.ts';
import { apiFailure } from '../../shared/result.ts';
import type { JobRunner } from '../core/api/index.ts';
import type { FileTokens } from './fileTokens.ts';

/** Calls that change the recent-cases list, which the File menu shows. */
const RECENT_CHANGING: ReadonlySet<string> = new Set(['createCase', 'openCase', 'forgetRecentCase']);

/** What answers short calls: the core API in this process, or the core process (coreHost.ts). */
export interface CoreCaller {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

export interface IpcHandlerOptions {
  api: CoreCaller;
  jobs: JobRunner;
  /** Only the app's own page may call the core (Electron checklist: validate every IPC sender). */
  isAllowedSender(url: string | undefined): boolean;
  /** After a call that changed the recent cases (the menu is rebuilt). */
  onRecentCasesChanged(): void;
  /** Files reach the core only as tokens main issued for what the user chose (fileTokens.ts). */
  tokens: Pick<FileTokens, 'resolveInput' | 'watchJob' | 'issue'>;
}

/** Never a stack trace or an exception across the boundary: everything becomes a value. */
async function safely<T>(what: string, work: () => Promise<ApiResult<T>> | ApiResult<T>): Promise<ApiResult<T>> {
  try {
    return await work();
  } catch (e) {
    console.error(`casebook ipc: ${what} failed`, e);
    return apiFailure(
      'internal',
      'Something went wrong inside Casebook. Your case files have not been changed by this error.',
    );
  }
}

const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * The main-process end of window.casebook, one function per IPC channel, without Electron: main
 * registers them with ipcMain (ipc.ts) and the E2E suite calls the very same functions from its
 * IPC stand-in. Here the envelope is checked (sender, call name, short call vs job) before
 * anything runs; inputs and outputs are checked against the contract by the core API.
 */
export function createIpcHandlers({ api, jobs, isAllowedSender, onRecentCasesChanged, tokens }: IpcHandlerOptions) {
  const forbidden = () => apiFailure('forbidden', 'This page may not use Casebook.');
  return {
    call: (sender: string | undefined, name: unknown, input: unknown): Promise<ApiResult<unknown>> =>
      safely('call', async () => {
        if (!isAllowedSender(sender)) return forbidden();
        if (!isCallName(name)) return apiFailure('unknown-call', `Casebook has no action called "${String(name)}".`);
        // Long jobs never run as a call: they report progress and can be cancelled.
        if ((contract[name] as { job?: boolean }).job === true)
          return apiFailure('not-a-call', `"${name}" is a long-running action: start it with startJob.`);
        const resolved = tokens.resolveInput(name, input);
        if (!resolved.ok) return apiFailure(resolved.code, resolved.message);
        const result = await api.call(name, resolved.input);
        if (result.ok && RECENT_CHANGING.has(name)) onRecentCasesChanged();
        return resolved.restore(result) as typeof result;
      }),
    startJob: (sender: string | undefined, name: unknown, input: unknown): Promise<ApiResult<{ jobId: string }>> =>
      safely('startJob', () => {
        if (!isAllowedSender(sender)) return forbidden();
        if (typeof name !== 'string') return apiFailure('not-a-job', 'That is not a long-running action.');
        const resolved = tokens.resolveInput(name, input);
        if (!resolved.ok) return apiFailure(resolved.code, resolved.message);
        const started = jobs.start(name, resolved.input);
        if (started.ok) tokens.watchJob(started.value.jobId, resolved.restore);
        return started;
      }),
    cancelJob: (sender: string | undefined, jobId: unknown): void => {
      if (isAllowedSender(sender) && typeof jobId === 'string') jobs.cancel(jobId);
    },
    /**
     * A file dropped on the window: the preload read its path from the File (webUtils), which the
     * page itself cannot forge, and trades it for a read token here.
     */
    tokenForDrop: (sender: string | undefined, path: unknown): string =>
      isAllowedSender(sender) && typeof path === 'string' && isAbsolute(path) ? tokens.issue(path, 'read') : '',
  };
}
export type IpcHandlers = ReturnType<typeof createIpcHandlers>;
