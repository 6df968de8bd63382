import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../../shared/result.ts';
import type { ConvertedDocx } from './docxConvert.ts';
import { DAMAGED_INSIDE } from './docxConvert.ts';
import { TOO_LARGE } from './docxPackage.ts';

/** mammoth's heap is capped like pdf.js's, so one Word file cannot take the machine's memory. */
const WORKER_HEAP_MB = 384;
/** No real Word file takes this long to read; a hostile one is stopped. */
const TIME_LIMIT_MS = 120_000;

const ownExt = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * Reads a Word file in its own worker thread with a capped heap and a time limit: running out of
 * memory or time ends that thread, and the file is refused with a reason while the import goes on.
 */
export function convertDocxInWorker(bytes: Uint8Array, signal?: AbortSignal): Promise<Result<ConvertedDocx>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./docxWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL(`./docxWorker${ownExt}`, import.meta.url).href },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let done = false;
    const finish = (r: Result<ConvertedDocx>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(r);
    };
    const onAbort = () =>
      finish(fail('cancelled', 'Import was cancelled before this file was read. Nothing from it was stored.'));
    const timer = setTimeout(
      () =>
        finish(
          fail(
            'docx-timeout',
            'Reading this Word file took too long, so it was stopped. Open it in Word and save it as PDF, then import that.',
          ),
        ),
      TIME_LIMIT_MS,
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (r: Result<ConvertedDocx>) => finish(r));
    worker.on('error', (e) => {
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(oom ? fail('docx-too-large', TOO_LARGE) : fail('docx-damaged', DAMAGED_INSIDE));
    });
    worker.on('exit', () => finish(fail('docx-damaged', DAMAGED_INSIDE)));
    worker.postMessage(bytes);
  });
}
