import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createCoreApi, createJobRunner, type CoreApi, type CoreApiOptions } from '../../electron/core/api/index.ts';
import { createIpcHandlers } from '../../electron/main/ipcHandlers.ts';
import { BRIDGE_CHANNELS } from '../../shared/contract/bridge.ts';
import { callNames, contract } from '../../shared/contract/index.ts';

/** Bytes cannot cross a Playwright binding as they are; they travel as base64 and are rebuilt in the page. */
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

let preloadScript: string | undefined;
/**
 * The shipped preload's createBridge (electron/preload/createBridge.ts), bundled for the page as
 * the app's build bundles it, exposed as `__casebookPreload.createBridge`.
 */
function bundledCreateBridge(): string {
  preloadScript ??= buildSync({
    entryPoints: [join(import.meta.dirname, '../../electron/preload/createBridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__casebookPreload',
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  return preloadScript;
}

/**
 * Runs in the page before the app: window.casebook made by the real createBridge over an IPC
 * stand-in. `invoke` goes to a Playwright binding that calls main's own handlers; main → page
 * messages (job events, menu commands) arrive through `__casebookDeliver`. Only pathForFile is
 * the test's: Electron asks webUtils for a dropped file's path; here the test says where it is.
 */
function installBridge(names: { callNames: string[]; jobNames: string[] }) {
  const w = window as unknown as Record<string, unknown> & {
    __casebookInvoke(channel: string, ...args: unknown[]): Promise<unknown>;
    __casebookPreload: { createBridge(transport: unknown, names: unknown): unknown };
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
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  w.__casebookDeliver = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l(decode(payload)));
  w.__e2eFilePaths = {};
  w.casebook = w.__casebookPreload.createBridge(
    {
      invoke: async (channel: string, ...args: unknown[]) => decode(await w.__casebookInvoke(channel, ...args)),
      on: (channel: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      },
      pathForFile: (f: File) => w.__e2eFilePaths[f.name] ?? '',
    },
    names,
  );
}

/**
 * The harness has no native pickers: the test gives real paths (pathForFile), so main's file
 * tokens (fileTokens.ts, tested on their own in test/harden) pass paths through unchanged here.
 */
const pathsAsGiven = {
  resolveInput: (_name: string, input: unknown) => ({ ok: true as const, input, restore: (v: unknown) => v }),
  watchJob: () => undefined,
  issue: (path: string) => path,
};

/** Main's sender check, for pages the test serves from this machine instead of casebook://app. */
const isTestPage = (url: string | undefined): boolean =>
  url !== undefined && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);

/**
 * Binds window.casebook in `page` to a real core API over the given folders, through the same
 * IPC handlers (electron/main/ipcHandlers.ts) and preload bridge as the desktop app.
 */
export async function bindCasebook(
  page: Page,
  options: CoreApiOptions,
): Promise<{ api: CoreApi; close: () => Promise<void> }> {
  const api = createCoreApi(options);
  const deliver = (channel: string, payload: unknown) => {
    page
      .evaluate(
        ([c, p]) => (window as unknown as { __casebookDeliver(c: unknown, p: unknown): void }).__casebookDeliver(c, p),
        [channel, encode(payload)],
      )
      .catch(() => {
        // The page may have closed mid-job (end of test); nothing is listening any more.
      });
  };
  const jobs = createJobRunner(api, (event) => deliver(BRIDGE_CHANNELS.jobEvent, event));
  const handlers = createIpcHandlers({
    api,
    jobs,
    isAllowedSender: isTestPage,
    onRecentCasesChanged: () => undefined,
    tokens: pathsAsGiven,
  });
  const byChannel: Record<string, (sender: string | undefined, ...args: unknown[]) => unknown> = {
    [BRIDGE_CHANNELS.call]: (sender, name, input) => handlers.call(sender, name, input),
    [BRIDGE_CHANNELS.startJob]: (sender, name, input) => handlers.startJob(sender, name, input),
    [BRIDGE_CHANNELS.cancelJob]: (sender, jobId) => handlers.cancelJob(sender, jobId),
  };
  await page.exposeBinding('__casebookInvoke', async (source, channel: string, ...args: unknown[]) =>
    encode(await byChannel[channel]?.(source.frame.url(), ...args)),
  );
  const names = { callNames, jobNames: callNames.filter((n) => (contract[n] as { job?: boolean }).job === true) };
  // tsx (the bench) compiles with esbuild's keepNames, which wraps inner functions in __name();
  // the page has no such helper, so give it a harmless one before the bridge runs.
  await page.addInitScript({
    content: `globalThis.__name = (f) => f;\n${bundledCreateBridge()}\nglobalThis.__casebookPreload = __casebookPreload;\n(${installBridge.toString()})(${JSON.stringify(names)});`,
  });
  return {
    api,
    close: async () => {
      await jobs.cancelAll();
      api.close();
    },
  };
}
