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
