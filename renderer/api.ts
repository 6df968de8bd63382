import type { CasebookBridge, JobEvent, JobName } from '../shared/contract/bridge.ts';
import type { ApiResult } from '../shared/contract/define.ts';
import type { CallInput, CallName, CallOutput } from '../shared/contract/index.ts';
import type { MenuCommand } from '../shared/contract/menu.ts';
import type { ProgressEvent } from '../shared/progress.ts';

/**
 * The only module that touches window.casebook (the preload's bridge in Electron, a Playwright
 * binding in the E2E suite). Every function resolves to an ApiResult; nothing here throws for an
 * expected failure, and a missing bridge becomes a readable error rather than a blank screen.
 */
function bridge(): CasebookBridge | undefined {
  return typeof window !== 'undefined' ? window.casebook : undefined;
}

const noBridge = <T>(): ApiResult<T> => ({
  ok: false,
  error: {
    code: 'no-bridge',
    message: 'Casebook is not connected to its storage. Close the window and open Casebook again.',
  },
});

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiResult<CallOutput<K>>> {
  const b = bridge();
  if (!b) return noBridge();
  try {
    return await b.call(name, input);
  } catch (e) {
    return {
      ok: false,
      error: { code: 'transport', message: `Casebook could not reach its storage (${(e as Error).message}).` },
    };
  }
}

export interface RunningJob<T> {
  /** Resolves once with the job's result (code 'cancelled' if cancelled). */
  result: Promise<ApiResult<T>>;
  cancel(): void;
}

type Waiter = { onProgress: (p: ProgressEvent) => void; resolve: (r: ApiResult<unknown>) => void };
const waiters = new Map<string, Waiter>();
/** Events that arrive before startJob has resolved with their id (fast jobs) wait here. */
const early = new Map<string, JobEvent[]>();
let subscribed = false;

function dispatch(event: JobEvent): void {
  const w = waiters.get(event.jobId);
  if (!w) {
    early.set(event.jobId, [...(early.get(event.jobId) ?? []), event]);
    return;
  }
  if (event.type === 'progress') w.onProgress(event.progress);
  else {
    waiters.delete(event.jobId);
    w.resolve(event.result);
  }
}

export function startJob<K extends JobName>(
  name: K,
  input: CallInput<K>,
  onProgress: (p: ProgressEvent) => void,
): RunningJob<CallOutput<K>> {
  const b = bridge();
  if (!b) return { result: Promise.resolve(noBridge()), cancel: () => {} };
  if (!subscribed) {
    b.onJobEvent(dispatch);
    subscribed = true;
  }
  let jobId: string | undefined;
  let cancelled = false;
  const result = new Promise<ApiResult<CallOutput<K>>>((resolve) => {
    b.startJob(name, input).then(
      (started) => {
        if (!started.ok) return resolve(started);
        jobId = started.value.jobId;
        waiters.set(jobId, { onProgress, resolve: resolve as (r: ApiResult<unknown>) => void });
        for (const e of early.get(jobId) ?? []) dispatch(e);
        early.delete(jobId);
        if (cancelled) void b.cancelJob(jobId);
      },
      (e: Error) =>
        resolve({ ok: false, error: { code: 'transport', message: `Casebook could not start this (${e.message}).` } }),
    );
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      if (jobId) void b.cancelJob(jobId);
    },
  };
}

/** A running job whose result is turned into something else when it arrives (cancel unchanged). */
export function mapJob<T, U>(job: RunningJob<T>, f: (r: ApiResult<T>) => ApiResult<U>): RunningJob<U> {
  return { result: job.result.then(f), cancel: job.cancel };
}

/** The path of a dropped file ('' if the file has none, e.g. dragged from a web page). */
export function pathForFile(file: File): string {
  return bridge()?.pathForFile(file) ?? '';
}

/** Commands from the native menu (desktop only; elsewhere nothing ever arrives). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge()?.onMenuCommand?.(listener) ?? (() => {});
}
