import { Worker } from 'node:worker_threads';
import { BundleOptions, type DocxRenderer } from '../../../shared/bundle.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { fail, type Result } from '../../../shared/result.ts';
import type { FromWorker, ToWorker } from './buildWorkerProtocol.ts';
import type { SavedBundle } from './saveBundle.ts';

const ownExt = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** Extra time past the per-document limit before the watchdog assumes the thread is stuck. */
const GRACE_MS = 5_000;
/** A stuck document costs one restart; a file that hangs every time cannot loop forever. */
const MAX_RESTARTS = 10;

type Attempt = { kind: 'done'; result: Result<SavedBundle> } | { kind: 'hung'; documentId: number };

function attempt(
  caseDir: string,
  options: BundleOptions,
  outPath: string,
  skip: Map<number, string>,
  renderer: DocxRenderer | undefined,
  job: JobOptions,
  limitMs: number,
): Promise<Attempt> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./buildWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL(`./buildWorker${ownExt}`, import.meta.url).href },
    });
    let current: { id: number; since: number } | undefined;
    let finished = false;
    const finish = (a: Attempt) => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      job.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(a);
    };
    // Synchronous parsing of a hostile file cannot be interrupted from inside: end the thread.
    const watchdog = setInterval(() => {
      if (current && Date.now() - current.since > limitMs + GRACE_MS) finish({ kind: 'hung', documentId: current.id });
    }, 500);
    const onAbort = () => worker.postMessage({ type: 'cancel' } satisfies ToWorker);
    job.signal?.addEventListener('abort', onAbort);
    worker.on('message', async (m: FromWorker) => {
      if (m.type === 'progress') job.onProgress?.(m.event);
      else if (m.type === 'document-start') current = { id: m.documentId, since: Date.now() };
      else if (m.type === 'done') finish({ kind: 'done', result: m.result });
      else if (m.type === 'render') {
        try {
          const bytes = await renderer!.render(m.docx, m.fileName);
          worker.postMessage({ type: 'rendered', id: m.id, bytes } satisfies ToWorker);
        } catch (e) {
          worker.postMessage({ type: 'rendered', id: m.id, error: (e as Error).message } satisfies ToWorker);
        }
      }
    });
    worker.on('error', (e) =>
      finish({ kind: 'done', result: fail('bug', `The bundle builder stopped unexpectedly (${e.message}).`) }),
    );
    worker.on('exit', () =>
      finish({ kind: 'done', result: fail('bug', 'The bundle builder stopped before finishing.') }),
    );
    worker.postMessage({
      type: 'build',
      caseDir,
      options,
      outPath,
      skip: [...skip],
      hasRenderer: !!renderer,
      ...(renderer ? { rendererName: renderer.name } : {}),
    } satisfies ToWorker);
  });
}

/**
 * Builds and saves a bundle in a worker thread (the app stays responsive; a document that hangs
 * the PDF parser is left out and the build restarts without it). The renderer stays in this
 * thread: the app's is Electron's printToPDF.
 */
export async function buildInWorker(
  caseDir: string,
  input: BundleOptions,
  outPath: string,
  renderer?: DocxRenderer,
  job: JobOptions = {},
): Promise<Result<SavedBundle>> {
  const options = BundleOptions.parse(input);
  const skip = new Map<number, string>();
  for (let i = 0; i <= MAX_RESTARTS; i++) {
    if (job.signal?.aborted) return fail('cancelled', 'The bundle build was cancelled. Nothing was saved.');
    const a = await attempt(caseDir, options, outPath, skip, renderer, job, options.documentTimeoutSeconds * 1000);
    if (a.kind === 'done') return a.result;
    skip.set(
      a.documentId,
      `Adding this document took longer than ${options.documentTimeoutSeconds} seconds, so it was left out. It may be damaged; try opening it and printing it to a new PDF.`,
    );
  }
  return fail(
    'too-many-stuck',
    'Too many documents could not be added in time; the bundle was not built. Check the files listed as damaged.',
  );
}
