import type { Page } from 'playwright-core';
import { createCoreApi, createJobRunner, type CoreApi, type CoreApiOptions } from '../../electron/core/api/index.ts';
import type { JobEvent } from '../../shared/contract/bridge.ts';

/** Bytes cannot cross a Playwright binding as they are; they travel as base64 and are rebuilt in the page. */
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/**
 * Runs in the page before the app: window.casebook with exactly the CasebookBridge shape, each
 * method forwarded to a binding served by the real core API. Only pathForFile is test-specific:
 * Electron asks webUtils for a dropped file's path; here the test says where each file is.
 */
function installBridge() {
  const w = window as unknown as Record<string, unknown> & {
    __casebookCall(name: string, input: unknown): Promise<unknown>;
    __casebookStartJob(name: string, input: unknown): Promise<unknown>;
    __casebookCancelJob(id: string): Promise<void>;
    __e2eFilePaths: Record<string, string>;
  };
  const decode = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(decode);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.__bytes === 'string') return Uint8Array.from(atob(o.__bytes), (c) => c.charCodeAt(0));
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
    }
    return v;
  };
  const listeners = new Set<(e: unknown) => void>();
  w.__casebookEmit = (e: unknown) => listeners.forEach((l) => l(decode(e)));
  // The native menu, played by the test (see menuCommand in pageActions.ts).
  const menuListeners = new Set<(c: unknown) => void>();
  w.__casebookMenu = (c: unknown) => menuListeners.forEach((l) => l(c));
  w.__e2eFilePaths = {};
  w.casebook = {
    call: async (name: string, input: unknown) => decode(await w.__casebookCall(name, input)),
    startJob: (name: string, input: unknown) => w.__casebookStartJob(name, input),
    cancelJob: (id: string) => w.__casebookCancelJob(id),
    onJobEvent: (l: (e: unknown) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    pathForFile: (f: File) => w.__e2eFilePaths[f.name] ?? '',
    onMenuCommand: (l: (c: unknown) => void) => {
      menuListeners.add(l);
      return () => menuListeners.delete(l);
    },
  };
}

/** Binds window.casebook in `page` to a real core API over the given folders. */
export async function bindCasebook(page: Page, options: CoreApiOptions): Promise<{ api: CoreApi; close: () => Promise<void> }> {
  const api = createCoreApi(options);
  const emit = (event: JobEvent) => {
    page.evaluate((e) => (window as unknown as { __casebookEmit(e: unknown): void }).__casebookEmit(e), encode(event)).catch(() => {
      // The page may have closed mid-job (end of test); nothing is listening any more.
    });
  };
  const jobs = createJobRunner(api, emit);
  await page.exposeBinding('__casebookCall', async (_src, name: string, input: unknown) => encode(await api.call(name, input)));
  await page.exposeBinding('__casebookStartJob', async (_src, name: string, input: unknown) => jobs.start(name, input));
  await page.exposeBinding('__casebookCancelJob', async (_src, id: string) => jobs.cancel(id));
  // tsx (the bench) compiles with esbuild's keepNames, which wraps inner functions in __name();
  // the page has no such helper, so give it a harmless one before the bridge runs.
  await page.addInitScript({ content: `globalThis.__name = (f) => f;\n(${installBridge.toString()})();` });
  return {
    api,
    close: async () => {
      await jobs.cancelAll();
      api.close();
    },
  };
}
