import { parentPort as threadPort } from 'node:worker_threads';

/** The message channel of a process main started: to main and from it. */
export interface Port<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/**
 * The channel to main from a child it started: an Electron utilityProcess in the app (its port
 * wraps each message in an event), a worker thread in the tests (messages come bare).
 */
export function parentChannel<In, Out>(): Port<In, Out> {
  const utility = (
    process as unknown as {
      parentPort?: { on(e: 'message', l: (ev: { data: In }) => void): void; postMessage(m: unknown): void };
    }
  ).parentPort;
  if (utility)
    return { post: (m) => utility.postMessage(m), onMessage: (l) => utility.on('message', (ev) => l(ev.data)) };
  if (threadPort) {
    const p = threadPort;
    return { post: (m) => p.postMessage(m), onMessage: (l) => p.on('message', l) };
  }
  throw new Error('this module must run as a utility process or a worker thread');
}

/** A child process as main sees it (an Electron utilityProcess in the app, a worker thread in tests). */
export interface ChildProcessPort<M> {
  post(message: M): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}
