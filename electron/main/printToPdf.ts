import { BrowserWindow, session, type Session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlToPdf } from '../../shared/bundle.ts';
import { tempFolderPrefix } from '../core/documents/tempFolders.ts';

/** An in-memory session (no "persist:" prefix): nothing a printed page does is kept on disk. */
const PARTITION = 'casebook-print';
/** A page that has not printed in this time is given up on; the bundle leaves that document out with a reason. */
const PRINT_TIMEOUT_MS = 60_000;

let printSession: Session | undefined;
/** Files the print window may load: only the one page being printed at the moment. */
const allowedFiles = new Set<string>();

/**
 * The print session lets nothing in or out: no network, no permissions, no downloads. Only the
 * HTML file being printed and the data: images mammoth embeds in it may load.
 */
function hardenedPrintSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || allowedFiles.has(details.url)) });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.on('will-download', (event) => event.preventDefault());
  printSession = ses;
  return ses;
}

/**
 * HTML → PDF with Electron's own Chromium (webContents.printToPDF), for Word files in the bundle
 * (core: htmlDocxRenderer). Each page gets a fresh hidden, offscreen, sandboxed window with
 * JavaScript off, loading the HTML from a private temporary file (a data: URL would hit
 * Chromium's 2 MB URL limit on documents with pictures). The window is destroyed afterwards.
 */
export const electronHtmlToPdf: HtmlToPdf = async (html) => {
  const dir = mkdtempSync(join(tmpdir(), tempFolderPrefix('print')));
  const file = join(dir, 'document.html');
  writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
  const url = pathToFileURL(file).href;
  allowedFiles.add(url);
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      webgl: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      session: hardenedPrintSession(),
    },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const printed = (async () => {
      await win.loadFile(file);
      return win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the page did not print within ${PRINT_TIMEOUT_MS / 1000} seconds`)),
        PRINT_TIMEOUT_MS,
      );
    });
    return new Uint8Array(await Promise.race([printed, timeout]));
  } finally {
    clearTimeout(timer);
    allowedFiles.delete(url);
    if (!win.isDestroyed()) win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
};
