import type { JobName } from '../../shared/contract/bridge.ts';
import type { JobRunner } from '../core/api/jobs.ts';

/**
 * Jobs that get a process of their own (jobHost.ts): they read hostile files with pdf.js and OCR,
 * so a job that will not stop can be killed on Cancel and its memory goes when it ends. Every
 * other job (the analysis and the papers made from it) runs in the core process with the short
 * calls (coreHost.ts): it needs that process's warm state — the sentence encoder loaded once,
 * the case's database open — and stops on Cancel between its steps.
 */
export const OWN_PROCESS_JOBS: ReadonlySet<string> = new Set<JobName>([
  'importFiles',
  'buildBundle',
  'checkReceivedBundle',
]);

/** One JobRunner over both: a job starts where its name says; ids are random, so cancel asks both. */
export function routeJobs(ownProcess: JobRunner, coreProcess: JobRunner): JobRunner {
  return {
    start: (name, rawInput) => (OWN_PROCESS_JOBS.has(name) ? ownProcess : coreProcess).start(name, rawInput),
    cancel(jobId) {
      ownProcess.cancel(jobId);
      coreProcess.cancel(jobId);
    },
    cancelAll: async () => void (await Promise.all([ownProcess.cancelAll(), coreProcess.cancelAll()])),
  };
}
