import { BrowserWindow, nativeTheme, screen } from 'electron';
import { fitBounds, type Settings } from './settings.ts';

export interface WindowOptions {
  settings: Settings;
  preload: string;
  url: string;
  /** Called with the window's size when it closes, to be remembered for next time. */
  onClose(window: Settings['window']): void;
}

/**
 * The one Casebook window. The hardening flags are written out literally (not spread from a
 * variable) so that reviewers and @doyensec/electronegativity can see every one of them.
 */
export function createMainWindow({ settings, preload, url, onClose }: WindowOptions): BrowserWindow {
  const bounds = fitBounds(
    settings.window,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'Casebook',
    show: false,
    // The page's own background, so there is no white flash before the first paint in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1d1f' : '#f8f7f4',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (settings.window.maximized) win.maximize();
  // A crashed page (pdf.js out of memory on a hostile file) should not leave a blank window:
  // reload it, but only once a minute, so a page that crashes at start does not loop.
  let lastCrash = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const now = Date.now();
    if (now - lastCrash > 60_000) win.reload();
    lastCrash = now;
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    onClose({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(url);
  return win;
}
