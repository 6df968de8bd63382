/**
 * Entry point of a job process: an Electron utilityProcess in the app (a worker thread in the
 * tests). Runs one long call of the core API (import with OCR, bundle build) away from the main
 * process, reports progress, stops between steps when cancelled, then reports the result.
 * It never imports 'electron'; it is the plain-Node core, like the CLI.
 */
import { parentPort as threadPort } from 'node:worker_threads';
import { createCoreApi } from '../core/api/index.ts';
import type { FromJob, JobStart, ToJob } from './jobHost.ts';

interface Port {
  post(message: FromJob): void;
  onMessage(listener: (message: ToJob) => void): void;
}

/** Electron's utilityProcess port wraps messages in an event; worker_threads hands them over bare. */
function port(): Port {
  const utility = (process as unknown as { parentPort?: { on(e: 'message', l: (ev: { data: ToJob }) => void): void; postMessage(m: unknown): void } }).parentPort;
  if (utility) return { post: (m) => utility.postMessage(m), onMessage: (l) => utility.on('message', (ev) => l(ev.data)) };
  if (threadPort) {
    const p = threadPort;
    return { post: (m) => p.postMessage(m), onMessage: (l) => p.on('message', l) };
  }
  throw new Error('jobProcess must run as a utility process or a worker thread');
}

const channel = port();
const controller = new AbortController();
let started = false;

async function run(start: JobStart): Promise<void> {
  const api = createCoreApi(start.options);
  let result: unknown;
  try {
    result = await api.call(start.name, start.input, {
      signal: controller.signal,
      onProgress: (progress) => channel.post({ type: 'progress', progress }),
    });
  } finally {
    // Closed before saying done: main ends this process as soon as it hears the result.
    api.close();
  }
  channel.post({ type: 'done', result });
}

channel.onMessage((m) => {
  if (m.type === 'cancel') controller.abort();
  else if (m.type === 'start' && !started) {
    started = true;
    run(m).catch((e: unknown) => {
      // createCoreApi turns handler errors into values; reaching here is a bug in this file.
      console.error('casebook job process failed', e);
      channel.post({ type: 'done', result: { ok: false, error: { code: 'internal', message: 'Something went wrong inside Casebook. Your case files have not been changed by this error.' } } });
    });
  }
});

// Listening now: main may send the job.
channel.post({ type: 'ready' });
