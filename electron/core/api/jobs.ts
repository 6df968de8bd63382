import { randomUUID } from 'node:crypto';
import type { JobEvent } from '../../../shared/contract/bridge.ts';
import type { ApiResult } from '../../../shared/contract/define.ts';
import { contract, type CallName } from '../../../shared/contract/index.ts';
import type { JobOptions } from '../../../shared/progress.ts';

/** What runs a job's call: the core API in this process, or main's router to the core process (coreHost.ts). */
export interface JobCaller {
  call(name: string, rawInput: unknown, opts?: JobOptions): Promise<ApiResult<unknown>>;
}

export interface JobRunner {
  /** Starts a `job: true` call; events (progress, then one done) go to `emit`. */
  start(name: string, rawInput: unknown): ApiResult<{ jobId: string }>;
  cancel(jobId: string): void;
  /** Cancels everything still running (window closed, test over) and waits for them to settle. */
  cancelAll(): Promise<void>;
}

/**
 * Jobs for whatever transport carries them (Electron IPC, Playwright binding): the transport
 * only forwards `emit`'s events to the renderer and `cancel` calls back here.
 */
export function createJobRunner(api: JobCaller, emit: (event: JobEvent) => void): JobRunner {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  return {
    start(name, rawInput) {
      if (!Object.hasOwn(contract, name) || !(contract[name as CallName] as { job?: boolean }).job) {
        return { ok: false, error: { code: 'not-a-job', message: `"${name}" is not a long-running action.` } };
      }
      const jobId = randomUUID();
      const controller = new AbortController();
      const done = api
        .call(name, rawInput, {
          signal: controller.signal,
          onProgress: (progress) => emit({ jobId, type: 'progress', progress }),
        })
        .then((result) => emit({ jobId, type: 'done', result }))
        .finally(() => running.delete(jobId));
      running.set(jobId, { controller, done });
      return { ok: true, value: { jobId } };
    },
    cancel(jobId) {
      running.get(jobId)?.controller.abort();
    },
    async cancelAll() {
      const jobs = [...running.values()];
      for (const j of jobs) j.controller.abort();
      await Promise.all(jobs.map((j) => j.done));
    },
  };
}
