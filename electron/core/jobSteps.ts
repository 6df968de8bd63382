import type { JobOptions } from '../../shared/progress.ts';

/**
 * A long job's steps: each reports what is happening and is where a cancel takes effect (the
 * signal's abort is thrown, so the job stops before its next step and the API answers 'cancelled').
 * A cancellable job first lets the event loop turn: in the core process, Cancel arrives as a
 * message, which a job that never yields would only read once it had finished.
 */
export function jobSteps(
  opts: JobOptions,
): (message: string, done?: number, total?: number, item?: string) => Promise<void> {
  return async (message, done = 0, total = 0, item) => {
    if (opts.signal) await new Promise((resolve) => setImmediate(resolve));
    opts.signal?.throwIfAborted();
    opts.onProgress?.({ message, done, total, ...(item ? { item } : {}) });
  };
}

/** Just the job options out of a wider context (a handler's), to pass down to a core function. */
export const jobOptions = (ctx: JobOptions): JobOptions => ({
  ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
  ...(ctx.signal ? { signal: ctx.signal } : {}),
});
