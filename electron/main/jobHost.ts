import { randomUUID } from 'node:crypto';
import type { HtmlToPdf } from '../../shared/bundle.ts';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { contract, type CallName } from '../../shared/contract/index.ts';
import { ProgressEvent } from '../../shared/progress.ts';
import type { JobRunner } from '../core/api/index.ts';
import { apiFailure } from '../../shared/result.ts';
import type { ChildProcessPort } from './processPort.ts';

/** What main tells a job process: which call, its input, and where app data lives. */
export interface JobStart {
  type: 'start';
  name: string;
  input: unknown;
  /** canPrint: main will print HTML to PDF on the job's behalf (Word files in a bundle). */
  options: { appDataDir: string; documentsDir: string; canPrint?: boolean };
}
/** Main's answer to a `print` request: the PDF, or why it could not be made. */
export interface PrintedReply {
  type: 'printed';
  id: number;
  pdf?: Uint8Array;
  error?: string;
}
export type ToJob = JobStart | { type: 'cancel' } | PrintedReply;
/**
 * A job process says `ready` once it listens, so nothing sent to it is lost while it loads.
 * `print` asks main to turn HTML into PDF: only main can open the (offscreen) window that prints.
 */
export type FromJob =
  | { type: 'ready' }
  | { type: 'progress'; progress: unknown }
  | { type: 'done'; result: unknown }
  | { type: 'print'; id: number; html: string };

/** A running job process (Electron utilityProcess in the app, a worker thread in tests). */
export type JobChild = ChildProcessPort<ToJob>;

export interface OffThreadOptions {
  spawn: () => JobChild;
  emit: (event: JobEvent) => void;
  appDataDir: string;
  documentsDir: string;
  /** How long a job may take to stop on its own after Cancel before it is killed. */
  cancelGraceMs?: number;
  /** Prints HTML to PDF for jobs that ask (the app: Electron's printToPDF); without it they use what the machine has. */
  htmlToPdf?: HtmlToPdf;
}

/** Answers a job's print request; a failure goes back as words for the bundle's "left out" reason. */
function print(htmlToPdf: HtmlToPdf, id: number, html: unknown, reply: (m: PrintedReply) => void): void {
  if (typeof html !== 'string' || !Number.isInteger(id)) return;
  htmlToPdf(html).then(
    (pdf) => reply({ type: 'printed', id, pdf }),
    (e: unknown) => reply({ type: 'printed', id, error: (e as Error)?.message ?? String(e) }),
  );
}

/** zod's issues in words: which field, what is wrong (at most three). */
export const describeIssues = (issues: { path: PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');

/**
 * Checks what came back from a job process before it reaches the renderer: a well-formed result
 * whose value matches the contract's output schema. A job process is our own code, but it runs
 * pdf.js and OCR over hostile files; main trusts nothing it did not check.
 */
export function checkJobResult(name: CallName, raw: unknown): ApiResult<unknown> {
  const r = raw as ApiResult<unknown> | undefined;
  if (r && r.ok === false && typeof r.error?.code === 'string' && typeof r.error?.message === 'string') {
    return apiFailure(r.error.code, r.error.message);
  }
  if (r && r.ok === true) {
    const out = contract[name].output.safeParse(r.value);
    if (out.success) return { ok: true, value: out.data };
  }
  return apiFailure(
    'internal',
    'Casebook produced an answer it could not check, so it was not shown. Please report this.',
  );
}

/**
 * Runs `job: true` calls (import, OCR, bundle) in a separate process so the window never
 * freezes, with the JobRunner interface the core's in-process runner has. Input is checked
 * against the contract here, before a process is started; progress and the result are checked
 * on the way back. Cancel asks the job to stop (it stops between files and pages, keeping what
 * is finished); if it has not stopped after the grace period the process is killed — SQLite's
 * transactions and the blob store's write-then-rename mean a kill never corrupts the case.
 */
export function createOffThreadJobRunner(opts: OffThreadOptions): JobRunner {
  const grace = opts.cancelGraceMs ?? 10_000;
  const running = new Map<
    string,
    { child: JobChild; send: (m: ToJob) => void; cancelled: boolean; done: Promise<void>; timer?: NodeJS.Timeout }
  >();

  return {
    start(name, rawInput) {
      if (!Object.hasOwn(contract, name) || (contract[name as CallName] as { job?: boolean }).job !== true) {
        return apiFailure('not-a-job', `"${name}" is not a long-running action.`);
      }
      const callName = name as CallName;
      const input = contract[callName].input.safeParse(rawInput);
      if (!input.success)
        return apiFailure(
          'bad-input',
          `Some details were missing or not valid: ${describeIssues(input.error.issues)}.`,
        );

      const jobId = randomUUID();
      let child: JobChild;
      try {
        child = opts.spawn();
      } catch {
        return apiFailure(
          'job-not-started',
          'Casebook could not start this job. Close Casebook, open it again and retry.',
        );
      }
      let settle!: () => void;
      let ready = false;
      const outbox: ToJob[] = [];
      const send = (m: ToJob) => (ready ? child.post(m) : outbox.push(m));
      const job = {
        child,
        send,
        cancelled: false,
        done: new Promise<void>((r) => (settle = r)),
        timer: undefined as NodeJS.Timeout | undefined,
      };
      running.set(jobId, job);

      let finished = false;
      const finish = (result: ApiResult<unknown>) => {
        if (finished) return;
        finished = true;
        clearTimeout(job.timer);
        running.delete(jobId);
        opts.emit({ jobId, type: 'done', result });
        child.kill();
        settle();
      };
      child.onMessage((raw) => {
        const m = raw as FromJob;
        if (m?.type === 'ready' && !ready) {
          ready = true;
          for (const queued of outbox.splice(0)) child.post(queued);
        } else if (m?.type === 'progress') {
          const p = ProgressEvent.safeParse(m.progress);
          if (p.success && !finished) opts.emit({ jobId, type: 'progress', progress: p.data });
        } else if (m?.type === 'print' && opts.htmlToPdf) {
          print(opts.htmlToPdf, m.id, m.html, (reply) => {
            if (!finished) child.post(reply);
          });
        } else if (m?.type === 'done') {
          finish(checkJobResult(callName, m.result));
        }
      });
      child.onExit(() =>
        finish(
          job.cancelled
            ? apiFailure('cancelled', 'Stopped. Anything finished before you pressed Cancel has been kept.')
            : apiFailure(
                'job-crashed',
                'This job stopped unexpectedly. Anything finished before it stopped has been kept; try again with fewer files.',
              ),
        ),
      );
      send({
        type: 'start',
        name,
        input: input.data,
        options: { appDataDir: opts.appDataDir, documentsDir: opts.documentsDir, canPrint: Boolean(opts.htmlToPdf) },
      });
      return { ok: true, value: { jobId } };
    },
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job || job.cancelled) return;
      job.cancelled = true;
      job.send({ type: 'cancel' });
      job.timer = setTimeout(() => job.child.kill(), grace);
    },
    async cancelAll() {
      const jobs = [...running.entries()];
      for (const [id] of jobs) this.cancel(id);
      await Promise.all(jobs.map(([, j]) => j.done));
    },
  };
}
