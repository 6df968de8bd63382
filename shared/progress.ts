import { z } from 'zod';

/** One progress event from a long job (import, OCR, bundle build). */
export const ProgressEvent = z.object({
  /** What is happening, in words a parent understands ("Reading page 3 of 12"). */
  message: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** The file or item being worked on, if any. */
  item: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

export type OnProgress = (event: ProgressEvent) => void;

/** Options every long job takes: tests pass nothing, the CLI a progress bar, the app its UI. */
export interface JobOptions {
  onProgress?: OnProgress;
  signal?: AbortSignal;
}

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
