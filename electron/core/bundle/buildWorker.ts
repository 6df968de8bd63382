import { parentPort } from 'node:worker_threads';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import { fail } from '../../../shared/result.ts';
import { openCase } from '../store/caseStore.ts';
import type { FromWorker, ToWorker } from './buildWorkerProtocol.ts';
import { buildAndSaveBundle } from './buildBundle.ts';

/**
 * The bundle build off the main thread, so the app stays responsive. Word files are rendered by
 * the parent's renderer (Electron's printToPDF cannot cross into a worker), over messages.
 */
const port = parentPort!;
const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
const controller = new AbortController();
let nextId = 1;

port.on('message', async (m: ToWorker) => {
  if (m.type === 'rendered') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.bytes) p?.resolve(m.bytes);
    else p?.reject(new Error(m.error ?? 'rendering failed'));
    return;
  }
  if (m.type === 'cancel') {
    controller.abort();
    return;
  }
  const renderer: DocxRenderer | undefined = m.hasRenderer
    ? {
        name: m.rendererName ?? 'the Word renderer',
        render: (docx, fileName) =>
          new Promise((resolve, reject) => {
            const id = nextId++;
            pending.set(id, { resolve, reject });
            post({ type: 'render', id, docx, fileName });
          }),
      }
    : undefined;
  const opened = openCase(m.caseDir);
  if (!opened.ok) {
    post({ type: 'done', result: opened });
    return;
  }
  const store = opened.value;
  try {
    const result = await buildAndSaveBundle(
      store,
      m.options,
      m.outPath,
      {
        ...(renderer ? { renderer } : {}),
        skip: new Map(m.skip),
        onDocumentStart: (documentId) => post({ type: 'document-start', documentId }),
      },
      { onProgress: (event) => post({ type: 'progress', event }), signal: controller.signal },
    );
    post({ type: 'done', result });
  } catch (e) {
    const aborted = (e as Error).name === 'AbortError';
    post({
      type: 'done',
      result: aborted
        ? fail('cancelled', 'The bundle build was cancelled. Nothing was saved.')
        : fail('bug', `The bundle could not be built because of an unexpected error (${(e as Error).message}).`),
    });
  } finally {
    store.close();
  }
});
