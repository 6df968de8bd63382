import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '../..');
/**
 * Each test process builds into its own folder: suites run in parallel, and a build empties its
 * output folder, which would pull files from under another suite's server (or the app's build).
 */
export const DIST = join(tmpdir(), `casebook-renderer-${process.pid}`);
export const SHOTS = join(import.meta.dirname, 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the renderer exactly as it ships (the E2E suite never runs against the dev server). */
let built: Promise<void> | undefined;
export function buildRenderer(): Promise<void> {
  built ??= build({
    configFile: join(ROOT, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: DIST, emptyOutDir: true },
  }).then(() => {
    process.once('exit', () => rmSync(DIST, { recursive: true, force: true }));
  });
  return built;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in CI containers: Chromium's sandbox needs user namespaces that are not there.
    args: ['--lang=en-GB', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none'],
  });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations seen so far; the suite expects none. */
  problems: string[];
}

export async function openPage(
  browser: Browser,
  opts: {
    colorScheme?: 'light' | 'dark';
    deviceScaleFactor?: number;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  // Cumulative layout shift not caused by the user: content jumping as data arrives.
  await page.addInitScript({
    content: `window.__layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });`,
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://127.0.0.1') && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`request left the machine: ${url}`);
  });
  return { context, page, problems };
}

/** axe-core on the current screen: returns the serious and critical violations, described. */
export async function seriousA11yProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Layout shift since the page loaded that the user did not cause (0 is perfect; 0.1 is "good"). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
