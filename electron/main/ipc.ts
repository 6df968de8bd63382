import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isAbsolute } from 'node:path';
import { BRIDGE_CHANNELS } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { contract, type CallName } from '../../shared/contract/index.ts';
import type { CoreApi, JobRunner } from '../core/api/index.ts';
import type { FileTokens } from './fileTokens.ts';
import { isAppUrl } from './networkPolicy.ts';
import { apiFailure } from '../../shared/result.ts';


/** Calls that change the recent-cases list, which the File menu shows. */
const RECENT_CHANGING: ReadonlySet<string> = new Set(['createCase', 'openCase', 'forgetRecentCase']);

export interface IpcOptions {
  api: CoreApi;
  jobs: JobRunner;
  /** After a call that changed the recent cases (the menu is rebuilt). */
  onRecentCasesChanged(): void;
  /** Files reach the core only as tokens main issued for what the user chose (fileTokens.ts). */
  tokens: FileTokens;
}

/**
 * Only the app's own page may call the core (Electron checklist: validate the sender of every
 * IPC message). A frame showing anything else — which the navigation rules already prevent —
 * gets nothing.
 */
const fromApp = (event: IpcMainInvokeEvent): boolean => {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
};

/** Never a stack trace or an exception across the boundary: everything becomes a value. */
async function safely<T>(what: string, work: () => Promise<ApiResult<T>> | ApiResult<T>): Promise<ApiResult<T>> {
  try {
    return await work();
  } catch (e) {
    console.error(`casebook ipc: ${what} failed`, e);
    return apiFailure('internal', 'Something went wrong inside Casebook. Your case files have not been changed by this error.');
  }
}

const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * The main-process end of window.casebook. Inputs and outputs are validated against the
 * contract by the core API (createCoreApi) and, for jobs, by the off-thread runner; here the
 * envelope is checked (sender, call name, short call vs job) before anything runs.
 */
export function registerIpc({ api, jobs, onRecentCasesChanged, tokens }: IpcOptions): () => void {
  ipcMain.handle(BRIDGE_CHANNELS.call, (event, name: unknown, input: unknown) =>
    safely('call', async () => {
      if (!fromApp(event)) return apiFailure('forbidden', 'This page may not use Casebook.');
      if (!isCallName(name)) return apiFailure('unknown-call', `Casebook has no action called "${String(name)}".`);
      // Long jobs never run on the main process: that would freeze every window.
      if ((contract[name] as { job?: boolean }).job === true) return apiFailure('not-a-call', `"${name}" is a long-running action: start it with startJob.`);
      const resolved = tokens.resolveInput(name, input);
      if (!resolved.ok) return apiFailure(resolved.code, resolved.message);
      const result = await api.call(name, resolved.input);
      if (result.ok && RECENT_CHANGING.has(name)) onRecentCasesChanged();
      return resolved.restore(result) as typeof result;
    }),
  );
  ipcMain.handle(BRIDGE_CHANNELS.startJob, (event, name: unknown, input: unknown) =>
    safely('startJob', () => {
      if (!fromApp(event)) return apiFailure('forbidden', 'This page may not use Casebook.');
      if (typeof name !== 'string') return apiFailure('not-a-job', 'That is not a long-running action.');
      const resolved = tokens.resolveInput(name, input);
      if (!resolved.ok) return apiFailure(resolved.code, resolved.message);
      const started = jobs.start(name, resolved.input);
      if (started.ok) tokens.watchJob(started.value.jobId, resolved.restore);
      return started;
    }),
  );
  ipcMain.handle(BRIDGE_CHANNELS.cancelJob, (event, jobId: unknown) => {
    if (fromApp(event) && typeof jobId === 'string') jobs.cancel(jobId);
  });
  // A file dropped on the window: the preload read its path from the File (webUtils), which the
  // page itself cannot forge, and trades it for a read token here.
  const onDrop = (event: Electron.IpcMainEvent, path: unknown) => {
    event.returnValue = fromApp(event) && typeof path === 'string' && isAbsolute(path) ? tokens.issue(path, 'read') : '';
  };
  ipcMain.on(BRIDGE_CHANNELS.tokenForDrop, onDrop);
  return () => {
    for (const channel of [BRIDGE_CHANNELS.call, BRIDGE_CHANNELS.startJob, BRIDGE_CHANNELS.cancelJob]) ipcMain.removeHandler(channel);
    ipcMain.off(BRIDGE_CHANNELS.tokenForDrop, onDrop);
  };
}
