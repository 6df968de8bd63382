import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tempDir } from '../helpers/tempCase.ts';
import { bindCasebook } from './bridge.ts';
import { buildRenderer, DIST, launch, openPage, type Opened } from './browser.ts';
import { serveStatic } from './staticServer.ts';

/** The built renderer served locally, one Chromium page, and window.casebook bound to the real core. */
export interface AppSession {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveStatic>>;
  tmp: ReturnType<typeof tempDir>;
  opened: Opened;
  page: Page;
  binding: Awaited<ReturnType<typeof bindCasebook>>;
  /** Where the core keeps its recent-cases list and suggests new case folders. */
  dirs: { appDataDir: string; documentsDir: string };
  close(): Promise<void>;
}

/** Every E2E suite starts the same way; `close` undoes it all, in reverse. */
export async function startApp(prefix = 'casebook-e2e-'): Promise<AppSession> {
  await buildRenderer();
  const server = await serveStatic(DIST);
  const browser = await launch();
  const tmp = tempDir(prefix);
  const opened = await openPage(browser);
  const dirs = { appDataDir: join(tmp.dir, 'app-data'), documentsDir: join(tmp.dir, 'Documents') };
  const binding = await bindCasebook(opened.page, dirs);
  return {
    browser,
    server,
    tmp,
    opened,
    page: opened.page,
    binding,
    dirs,
    async close() {
      await binding.close();
      await browser.close();
      await server.close();
      tmp.cleanup();
    },
  };
}
