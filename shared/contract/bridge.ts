import type { ApiResult } from './define.ts';
import type { CallInput, CallName, CallOutput, Contract } from './index.ts';
import type { ProgressEvent } from '../progress.ts';

/** Calls marked `job: true` in the contract: long-running, with progress and cancel. */
export type JobName = { [K in CallName]: Contract[K] extends { job: true } ? K : never }[CallName];

/** What a running job reports: progress any number of times, then exactly one `done`. */
export type JobEvent =
  | { jobId: string; type: 'progress'; progress: ProgressEvent }
  | { jobId: string; type: 'done'; result: ApiResult<unknown> };

/**
 * `window.casebook`: the ONE object the renderer sees. The Electron preload implements it over
 * IPC (contextBridge.exposeInMainWorld('casebook', …)); the E2E suite implements it over
 * page.exposeBinding to the same core API (electron/core/api). Only renderer/api.ts touches it.
 *
 * Every method returns a Promise and never rejects for an expected failure: results are
 * `ApiResult`s. The main side validates every input and output against shared/contract.
 */
export interface CasebookBridge {
  /** Run a short call and wait for its result. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiResult<CallOutput<K>>>;
  /**
   * Start a long job (only names with `job: true`). Resolves as soon as it has started, with an
   * id; progress and the final result arrive as JobEvents. Starting fails (ok: false) on bad input.
   */
  startJob<K extends JobName>(name: K, input: CallInput<K>): Promise<ApiResult<{ jobId: string }>>;
  /** Ask a running job to stop; its `done` event still arrives (usually with code 'cancelled'). */
  cancelJob(jobId: string): Promise<void>;
  /** Listen to every job's events; returns the unsubscribe function. */
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  /**
   * What the core should be given for a File dropped on the window. Electron: an opaque token
   * main issued for the file's path (webUtils.getPathForFile; the page never handles real paths).
   * Elsewhere (the E2E harness) the path itself. '' when the File has no path (e.g. pasted).
   */
  pathForFile(file: File): string;
}

/** The IPC channels the preload and main use to carry the bridge (one per method, plus events). */
export const BRIDGE_CHANNELS = {
  call: 'casebook:call',
  startJob: 'casebook:start-job',
  cancelJob: 'casebook:cancel-job',
  jobEvent: 'casebook:job-event',
  /** The preload trades a dropped file's path for a token main issued (electron/main/fileTokens.ts). */
  tokenForDrop: 'casebook:token-for-drop',
} as const;

declare global {
  interface Window {
    casebook: CasebookBridge;
  }
}
