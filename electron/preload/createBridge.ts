import { BRIDGE_CHANNELS, type CasebookBridge, type JobEvent } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/contract/menu.ts';
import { apiFailure } from '../../shared/result.ts';

/** What the preload gives createBridge: ipcRenderer and webUtils, narrowed to what is used. */
export interface BridgeTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Subscribe to a main → renderer channel; the IpcRendererEvent is never passed on. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
}

export interface BridgeNames {
  callNames: readonly string[];
  /** The calls marked `job: true`: started with startJob, never with call. */
  jobNames: readonly string[];
}

/** Exactly what window.casebook has: the bridge's methods, nothing else. */
export type ShellBridge = CasebookBridge & Required<Pick<CasebookBridge, 'onMenuCommand'>>;

/** IPC itself failing (main gone, handler missing) is turned into a value like any other failure. */
async function guarded<T>(work: () => Promise<unknown>): Promise<ApiResult<T>> {
  try {
    return (await work()) as ApiResult<T>;
  } catch {
    return apiFailure(
      'ipc',
      'The Casebook window lost contact with the rest of the app. Close Casebook and open it again; your case is saved.',
    );
  }
}

/** One IPC subscription per channel shared by any number of renderer listeners. */
function fanOut<T>(transport: BridgeTransport, channel: string, accept: (payload: unknown) => T | undefined) {
  const listeners = new Set<(value: T) => void>();
  const pending: T[] = [];
  let unsubscribe: (() => void) | undefined;
  const deliver = (payload: unknown) => {
    const value = accept(payload);
    if (value === undefined) return;
    if (listeners.size === 0) pending.push(value);
    for (const l of listeners) l(value);
  };
  return {
    /** Starts listening at once, so events sent before the renderer subscribes are kept. */
    listenNow() {
      unsubscribe ??= transport.on(channel, deliver);
    },
    subscribe(listener: (value: T) => void, { replay }: { replay: boolean }) {
      unsubscribe ??= transport.on(channel, deliver);
      listeners.add(listener);
      if (replay) for (const v of pending.splice(0)) listener(v);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const isJobEvent = (p: unknown): p is JobEvent =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as JobEvent).jobId === 'string' &&
  ((p as JobEvent).type === 'progress' || (p as JobEvent).type === 'done');

/**
 * Checked by hand, not with zod: zod's fast path probes `new Function`, which the page's CSP
 * refuses, and the refusal would be logged on every menu click.
 */
function isMenuCommand(p: unknown): p is MenuCommand {
  if (typeof p !== 'object' || p === null) return false;
  const c = p as { command?: unknown; caseDir?: unknown };
  if (c.command === 'open-case') return typeof c.caseDir === 'string' && c.caseDir.length > 0;
  return c.command === 'new-case' || c.command === 'import-documents' || c.command === 'show-help';
}

/**
 * Builds window.casebook over IPC. A pure function so a test can check exactly what is exposed
 * without loading Electron. Names outside the contract never reach the main process.
 */
export function createBridge(transport: BridgeTransport, names: BridgeNames): ShellBridge {
  const calls = new Set(names.callNames);
  const jobs = new Set(names.jobNames);
  const jobEvents = fanOut<JobEvent>(transport, BRIDGE_CHANNELS.jobEvent, (p) => (isJobEvent(p) ? p : undefined));
  const menu = fanOut<MenuCommand>(transport, MENU_CHANNEL, (p) => (isMenuCommand(p) ? p : undefined));
  // The shell sends "open the last case" as the page loads, before React has subscribed.
  menu.listenNow();

  const bridge: ShellBridge = {
    call: (name, input) => {
      if (typeof name !== 'string' || !calls.has(name))
        return Promise.resolve(apiFailure('unknown-call', `Casebook has no action called "${String(name)}".`));
      if (jobs.has(name))
        return Promise.resolve(apiFailure('not-a-call', `"${name}" is a long-running action: start it with startJob.`));
      return guarded(() => transport.invoke(BRIDGE_CHANNELS.call, name, input));
    },
    startJob: (name, input) => {
      if (typeof name !== 'string' || !jobs.has(name))
        return Promise.resolve(apiFailure('not-a-job', `"${String(name)}" is not a long-running action.`));
      return guarded(() => transport.invoke(BRIDGE_CHANNELS.startJob, name, input));
    },
    cancelJob: async (jobId) => {
      if (typeof jobId !== 'string') return;
      await guarded(() => transport.invoke(BRIDGE_CHANNELS.cancelJob, jobId));
    },
    onJobEvent: (listener) => jobEvents.subscribe(listener, { replay: false }),
    onMenuCommand: (listener) => menu.subscribe(listener, { replay: true }),
    pathForFile: (file) => {
      try {
        return transport.pathForFile(file);
      } catch {
        return '';
      }
    },
  };
  return bridge;
}
