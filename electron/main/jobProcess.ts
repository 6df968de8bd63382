/**
 * Entry point of a job process: an Electron utilityProcess in the app (a worker thread in the
 * tests). Runs one long call of the core API (import with OCR, bundle build) away from the main
 * process, reports progress, stops between steps when cancelled, then reports the result.
 * It never imports 'electron'; it is the plain-Node core, like the CLI.
 */
import type { DocxRenderer } from '../../shared/bundle.ts';
import { createCoreApi } from '../core/api/index.ts';
import { htmlDocxRenderer } from '../core/documents/renderDocxHtml.ts';
import type { FromJob, JobStart, PrintedReply, ToJob } from './jobHost.ts';
import { parentChannel } from './processPort.ts';

const channel = parentChannel<ToJob, FromJob>();
const controller = new AbortController();
let started = false;

/** Print requests waiting for main's answer, by id. */
const printing = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();
let nextPrint = 1;

/**
 * Word files rendered by the app's own Chromium: this process has no windows, so it sends the
 * HTML to main, which prints it with Electron's printToPDF (electron/main/printToPdf.ts).
 */
function printingRenderer(): DocxRenderer {
  return htmlDocxRenderer(
    'Casebook (Electron)',
    (html) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = nextPrint++;
        printing.set(id, { resolve, reject });
        channel.post({ type: 'print', id, html });
      }),
  );
}

function onPrinted(m: PrintedReply): void {
  const waiting = printing.get(m.id);
  if (!waiting) return;
  printing.delete(m.id);
  if (m.pdf) waiting.resolve(new Uint8Array(m.pdf));
  else waiting.reject(new Error(m.error ?? 'the page could not be printed'));
}

async function run(start: JobStart): Promise<void> {
  const { canPrint, ...dirs } = start.options;
  const api = createCoreApi({ ...dirs, ...(canPrint ? { docxRenderer: printingRenderer() } : {}) });
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
  else if (m.type === 'printed') onPrinted(m);
  else if (m.type === 'start' && !started) {
    started = true;
    run(m).catch((e: unknown) => {
      // createCoreApi turns handler errors into values; reaching here is a bug in this file.
      console.error('casebook job process failed', e);
      channel.post({
        type: 'done',
        result: {
          ok: false,
          error: {
            code: 'internal',
            message: 'Something went wrong inside Casebook. Your case files have not been changed by this error.',
          },
        },
      });
    });
  }
});

// Listening now: main may send the job.
channel.post({ type: 'ready' });
