import { existsSync } from 'node:fs';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import { htmlDocxRenderer } from './renderDocxHtml.ts';

/** Where a system Chromium or Chrome usually is, per platform. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CASEBOOK_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Renders Word files with a system Chromium through playwright-core (the CLI and tests; the app
 * uses Electron's own printToPDF the same way). One browser serves every document; close() ends it.
 */
export function chromiumDocxRenderer(executablePath = findChromium()): DocxRenderer | undefined {
  if (!executablePath) return undefined;
  let browser: Promise<import('playwright-core').Browser> | undefined;
  const open = () =>
    (browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath,
        // Root in containers cannot use the sandbox; the page only ever holds the user's own file.
        args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
      }),
    ));
  return htmlDocxRenderer(
    'Chromium',
    async (html) => {
      const b = await open();
      const page = await b.newPage({ javaScriptEnabled: false });
      // The page holds only the file's own text and data: pictures; anything else it asks for
      // (a web address, a file on this computer) is refused before it leaves the browser.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
      );
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        await page.close();
      }
    },
    async () => {
      if (!browser) return;
      const b = await browser;
      browser = undefined;
      await b.close();
    },
  );
}
