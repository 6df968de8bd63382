import type { HtmlToPdf } from '../../shared/bundle.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { contract, type CallName } from '../../shared/contract/index.ts';
import { ProgressEvent, type JobOptions } from '../../shared/progress.ts';
import { apiFailure } from '../../shared/result.ts';
import type { ShellHost } from '../core/api/shell.ts';
import type { FromCore, HostOp, ToCore } from './coreProtocol.ts';
import { checkJobResult, describeIssues } from './jobHost.ts';
import type { ChildProcessPort } from './processPort.ts';

/** The core process as main sees it (an Electron utilityProcess in the app, a worker thread in tests). */
export type CoreChild = ChildProcessPort<ToCore>;

/** What main can do for the core process: the desktop-only parts of CoreApiOptions. */
export interface HostCapabilities {
  chooseFolder?: (purpose: 'new-case' | 'open-case') => Promise<string | null>;
  chooseFiles?: () => Promise<string[]>;
  shell?: ShellHost;
  htmlToPdf?: HtmlToPdf;
}

export interface CoreHostOptions {
  spawn: () => CoreChild;
  appDataDir: string;
  documentsDir: string;
  host: HostCapabilities;
}

export interface CoreHost {
  /** One call, validated here before it leaves main and checked again when it comes back. */
  call(name: string, input: unknown, opts?: JobOptions): Promise<ApiResult<unknown>>;
  /** Stops the core process (app quit); calls still waiting fail as stopped. */
  close(): void;
}

/** Runs a host capability main offers; the answer goes back to the core process by id. */
function hostOp(host: HostCapabilities, op: HostOp, args: unknown[]): Promise<unknown> {
  const [a, b] = args as [string, string | undefined];
  switch (op) {
    case 'chooseFolder':
      return host.chooseFolder ? host.chooseFolder(a === 'new-case' ? 'new-case' : 'open-case') : Promise.resolve(null);
    case 'chooseFiles':
      return host.chooseFiles ? host.chooseFiles() : Promise.resolve([]);
    case 'chooseSaveFile':
      return host.shell ? host.shell.chooseSaveFile(a, b) : Promise.resolve(null);
    case 'openPath':
      return host.shell ? host.shell.openPath(a) : Promise.resolve('not available');
    case 'showItemInFolder':
      host.shell?.showItemInFolder(a);
      return Promise.resolve(undefined);
    case 'openExternal':
      return host.shell ? host.shell.openExternal(a) : Promise.resolve(false);
    case 'htmlToPdf':
      return host.htmlToPdf ? host.htmlToPdf(a) : Promise.reject(new Error('printing is not available'));
  }
}

/**
 * Main's end of the core process (coreProcess.ts): main only routes. Each call is checked against
 * the contract here, sent by id, and its progress and result are checked on the way back; a
 * cancelled call is told to stop. If the process dies, waiting calls fail with a message a parent
 * can act on and the next call starts a new process (the case on disk is never half-written:
 * SQLite transactions and write-then-rename).
 */
export function createCoreHost(opts: CoreHostOptions): CoreHost {
  let child: CoreChild | undefined;
  let nextId = 1;
  const waiting = new Map<
    number,
    { name: CallName; resolve: (r: ApiResult<unknown>) => void; onProgress?: JobOptions['onProgress'] }
  >();
  const offered: HostOp[] = [
    ...(opts.host.chooseFolder ? (['chooseFolder'] as const) : []),
    ...(opts.host.chooseFiles ? (['chooseFiles'] as const) : []),
    ...(opts.host.shell ? (['chooseSaveFile', 'openPath', 'showItemInFolder', 'openExternal'] as const) : []),
    ...(opts.host.htmlToPdf ? (['htmlToPdf'] as const) : []),
  ];

  const start = (): CoreChild => {
    const c = opts.spawn();
    let ready = false;
    const outbox: ToCore[] = [];
    const post = c.post.bind(c);
    c.post = (m) => (ready ? post(m) : void outbox.push(m));
    c.onMessage((raw) => {
      const m = raw as FromCore;
      if (m?.type === 'ready' && !ready) {
        ready = true;
        for (const queued of outbox.splice(0)) post(queued);
      } else if (m?.type === 'progress') {
        const p = ProgressEvent.safeParse(m.progress);
        if (p.success) waiting.get(m.id)?.onProgress?.(p.data);
      } else if (m?.type === 'result') {
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        w?.resolve(checkJobResult(w.name, m.result));
      } else if (m?.type === 'host') {
        hostOp(opts.host, m.op, Array.isArray(m.args) ? m.args : []).then(
          (value) => c.post({ type: 'host-reply', id: m.id, value }),
          (e: unknown) => c.post({ type: 'host-reply', id: m.id, error: (e as Error)?.message ?? String(e) }),
        );
      }
    });
    c.onExit(() => {
      if (child === c) child = undefined;
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.resolve(
          apiFailure(
            'job-crashed',
            'Casebook’s background process stopped unexpectedly. Nothing saved was lost; try again.',
          ),
        );
      }
    });
    c.post({ type: 'start', options: { appDataDir: opts.appDataDir, documentsDir: opts.documentsDir, host: offered } });
    return c;
  };

  return {
    call(name, rawInput, callOpts = {}) {
      if (!Object.hasOwn(contract, name))
        return Promise.resolve(apiFailure('unknown-call', `Casebook has no action called "${name}".`));
      const callName = name as CallName;
      const input = contract[callName].input.safeParse(rawInput);
      if (!input.success)
        return Promise.resolve(
          apiFailure('bad-input', `Some details were missing or not valid: ${describeIssues(input.error.issues)}.`),
        );
      if (callOpts.signal?.aborted) return Promise.resolve(apiFailure('cancelled', 'Cancelled before it started.'));
      let c: CoreChild;
      try {
        c = child ??= start();
      } catch {
        return Promise.resolve(
          apiFailure(
            'job-not-started',
            'Casebook could not start its background process. Close Casebook, open it again and retry.',
          ),
        );
      }
      const id = nextId++;
      callOpts.signal?.addEventListener('abort', () => c.post({ type: 'cancel', id }), { once: true });
      return new Promise((resolve) => {
        waiting.set(id, {
          name: callName,
          resolve,
          ...(callOpts.onProgress ? { onProgress: callOpts.onProgress } : {}),
        });
        c.post({ type: 'call', id, name, input: input.data });
      });
    },
    close() {
      child?.kill();
      child = undefined;
    },
  };
}
