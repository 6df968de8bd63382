import { Worker } from 'node:worker_threads';
import type { PdfReply, PdfRequest, WorkerFailure } from './pdfWorkerProtocol.ts';
import type { ErrorCode } from '../../../shared/errors.ts';

/**
 * A document's worker must answer (a page read, a page rendered) within this long, or it is
 * stuck in one of pdf.js's loops on a hostile file and is terminated.
 */
export const DEFAULT_STALL_MS = 60_000;

/** pdf.js's heap is capped so one monster file cannot take the machine's memory. */
const WORKER_HEAP_MB = 640;

const ownExt = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

function spawn(): Worker {
  const worker = new Worker(new URL('./pdfWorkerBoot.mjs', import.meta.url), {
    workerData: { entry: new URL(`./pdfWorker${ownExt}`, import.meta.url).href },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A worker that fails while idle (late work from a destroyed document) must not take the
  // process down as an unhandled 'error' event; it just leaves the pool. Busy workers also
  // report errors to their session (PdfSession.request).
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  return worker;
}

/** Time spent waiting on the worker per kind of request, for `npm run bench`. */
const stats = new Map<PdfRequest['op'], { count: number; ms: number }>();
export function pdfWorkerStats(): Record<string, { count: number; ms: number }> {
  return Object.fromEntries(stats);
}

/** Idle workers kept for the next document: starting one and loading pdf.js costs ~0.3 s. */
const idle: Worker[] = [];
const MAX_IDLE = 2;

export interface PdfSessionOptions {
  signal?: AbortSignal;
  stallMs?: number;
}

/** One document's conversation with a worker thread. Always `close()` it. */
export class PdfSession {
  private nextId = 1;
  private broken = false;
  private constructor(
    private readonly worker: Worker,
    private readonly opts: PdfSessionOptions,
  ) {}

  static start(opts: PdfSessionOptions = {}): PdfSession {
    const worker = idle.pop() ?? spawn();
    worker.ref();
    return new PdfSession(worker, opts);
  }

  /** Sends one request; resolves with the worker's answer, or a failure if it stalls or dies. */
  request<T>(
    req: PdfRequest,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ ok: true; value: T } | WorkerFailure> {
    if (this.broken) return Promise.resolve({ ok: false, code: 'pdf-worker-gone', detail: 'worker was stopped' });
    const id = this.nextId++;
    const stallMs = this.opts.stallMs ?? DEFAULT_STALL_MS;
    const started = performance.now();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (result: { ok: true; value: T } | WorkerFailure) => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
        this.opts.signal?.removeEventListener('abort', onAbort);
        const s = stats.get(req.op) ?? { count: 0, ms: 0 };
        stats.set(req.op, { count: s.count + 1, ms: s.ms + performance.now() - started });
        resolve(result);
      };
      const kill = (code: ErrorCode, detail: string) => {
        this.broken = true;
        void this.worker.terminate();
        finish({ ok: false, code, detail });
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => kill('pdf-timeout', `no answer from pdf.js for ${stallMs} ms`), stallMs);
      };
      const onMessage = (msg: PdfReply) => {
        if (msg.id !== id) return;
        if (msg.type === 'progress') {
          arm();
          onProgress?.(msg.done, msg.total);
        } else finish(msg.result as { ok: true; value: T } | WorkerFailure);
      };
      const onError = (e: Error) => {
        this.broken = true;
        const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ ok: false, code: oom ? 'pdf-too-big' : 'pdf-worker-error', detail: e.message });
      };
      const onExit = () => {
        this.broken = true;
        finish({ ok: false, code: 'pdf-worker-gone', detail: 'worker exited' });
      };
      const onAbort = () => kill('cancelled', 'cancelled');
      if (this.opts.signal?.aborted) return onAbort();
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.on('exit', onExit);
      this.opts.signal?.addEventListener('abort', onAbort);
      arm();
      this.worker.postMessage({ id, req });
    });
  }

  /** Frees the document and returns a healthy worker to the pool. */
  async close(): Promise<void> {
    if (!this.broken) {
      const closed = await this.request({ op: 'close' });
      if (closed.ok && idle.length < MAX_IDLE) {
        this.worker.unref();
        idle.push(this.worker);
        return;
      }
    }
    this.broken = true;
    await this.worker.terminate();
  }
}

/** Stops idle workers (tests and the CLI call this when done; idle workers are unref'd anyway). */
export async function stopPdfWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}
