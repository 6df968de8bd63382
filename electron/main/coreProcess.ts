/**
 * The core process: an Electron utilityProcess (a worker thread in the tests) that runs the whole
 * core API, so analysis, the gap report, search and exports never run on the main process and a
 * slow call never freezes the window. It never imports 'electron': what only the desktop shell
 * can do, it asks main for (coreProtocol.ts).
 */
import type { DocxRenderer } from '../../shared/bundle.ts';
import { createCoreApi, type CoreApiOptions } from '../core/api/index.ts';
import { htmlDocxRenderer } from '../core/documents/renderDocxHtml.ts';
import type { FromCore, HostOp, ToCore } from './coreProtocol.ts';
import { parentChannel } from './processPort.ts';

const channel = parentChannel<ToCore, FromCore>();
const running = new Map<number, AbortController>();
const asking = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextAsk = 1;

/** Asks main to do something only the desktop shell can do, and waits for its answer. */
function ask<T>(op: HostOp, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = nextAsk++;
    asking.set(id, { resolve: resolve as (v: unknown) => void, reject });
    channel.post({ type: 'host', id, op, args });
  });
}

/** CoreApiOptions whose desktop parts (those main offers) are answered by main. */
function options(start: Extract<ToCore, { type: 'start' }>['options']): CoreApiOptions {
  const has = new Set(start.host);
  const docxRenderer: DocxRenderer | undefined = has.has('htmlToPdf')
    ? htmlDocxRenderer('Casebook (Electron)', (html) =>
        ask<Uint8Array>('htmlToPdf', html).then((b) => new Uint8Array(b)),
      )
    : undefined;
  return {
    appDataDir: start.appDataDir,
    documentsDir: start.documentsDir,
    ...(has.has('chooseFolder') ? { chooseFolder: (purpose) => ask<string | null>('chooseFolder', purpose) } : {}),
    ...(has.has('chooseFiles') ? { chooseFiles: () => ask<string[]>('chooseFiles') } : {}),
    ...(docxRenderer ? { docxRenderer } : {}),
    ...(has.has('openPath')
      ? {
          shell: {
            chooseSaveFile: (name, title) => ask<string | null>('chooseSaveFile', name, title),
            openPath: (path) => ask<string>('openPath', path),
            showItemInFolder: (path) => void ask('showItemInFolder', path),
            openExternal: (url) => ask<boolean>('openExternal', url),
          },
        }
      : {}),
  };
}

let api: ReturnType<typeof createCoreApi> | undefined;

channel.onMessage((m) => {
  if (m.type === 'start' && !api) api = createCoreApi(options(m.options));
  else if (m.type === 'cancel') running.get(m.id)?.abort();
  else if (m.type === 'host-reply') {
    const waiting = asking.get(m.id);
    asking.delete(m.id);
    if (m.error !== undefined) waiting?.reject(new Error(m.error));
    else waiting?.resolve(m.value);
  } else if (m.type === 'call' && api) {
    const controller = new AbortController();
    running.set(m.id, controller);
    void api
      .call(m.name, m.input, {
        signal: controller.signal,
        onProgress: (progress) => channel.post({ type: 'progress', id: m.id, progress }),
      })
      .then((result) => channel.post({ type: 'result', id: m.id, result }))
      .finally(() => running.delete(m.id));
  }
});

// Listening now: main may send the start and the calls.
channel.post({ type: 'ready' });
