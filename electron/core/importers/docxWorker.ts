/**
 * The Word reader's worker thread: mammoth parses XML into objects many times the file's size,
 * so it runs where its heap is capped (docxWorkerClient.ts) and a hostile file costs only this
 * thread.
 */
import { parentPort } from 'node:worker_threads';
import { convertDocx } from './docxConvert.ts';

parentPort!.on('message', (bytes: Uint8Array) => {
  convertDocx(bytes).then(
    (result) => parentPort!.postMessage(result),
    (e: unknown) =>
      parentPort!.postMessage({ ok: false, code: 'docx-damaged', message: (e as Error)?.message ?? String(e) }),
  );
});
