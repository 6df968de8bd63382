/**
 * The Electron main process: one hardened window, native menus, and the bridge to the core.
 * Thin on purpose: everything Casebook does lives in electron/core (plain Node, shared with the
 * CLI); this file wires it to the desktop. Built by scripts/build-electron.mjs to dist-electron/.
 */
import { app, BrowserWindow, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { BRIDGE_CHANNELS, type JobEvent } from '../shared/contract/bridge.ts';
import { MENU_CHANNEL, type MenuCommand } from '../shared/contract/menu.ts';
import { createJobRunner } from './core/api/jobs.ts';
import { listRecent } from './core/api/recentCases.ts';
import { createAppRequestHandler } from './main/appProtocol.ts';
import { chooseFiles, chooseFolder, chooseSaveFile } from './main/dialogs.ts';
import { hardenSession, hardenWebContents, openLinkOutside } from './main/hardening.ts';
import { createFileTokens } from './main/fileTokens.ts';
import { registerIpc } from './main/ipc.ts';
import { createIpcHandlers } from './main/ipcHandlers.ts';
import { createCoreHost } from './main/coreHost.ts';
import type { ToCore } from './main/coreProtocol.ts';
import { createOffThreadJobRunner, type ToJob } from './main/jobHost.ts';
import { routeJobs } from './main/jobRoutes.ts';
import { buildMenuTemplate } from './main/menuTemplate.ts';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './main/networkPolicy.ts';
import { electronHtmlToPdf } from './main/printToPdf.ts';
import { loadSettings, saveSettings } from './main/settings.ts';
import { spawnUtility } from './main/utilityJob.ts';
import { createMainWindow } from './main/window.ts';

const here = import.meta.dirname;

// casebook://app is a standard, secure origin: 'self' in the CSP, fetch() for pdf.js, no file://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

// One Casebook at a time: two copies writing the same case would fight over its database.
if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(start);

function start(): void {
  const userData = app.getPath('userData');
  hardenSession(session.defaultSession);
  session.defaultSession.protocol.handle(APP_SCHEME, createAppRequestHandler(join(app.getAppPath(), 'dist-renderer')));

  // The window gets tokens for the files the user picks, never paths it could make up.
  const tokens = createFileTokens();
  const caseDirs = () => listRecent(userData).map((r) => r.caseDir);
  const notOurs = 'Casebook only opens files it made in a case folder, or saved where you chose.';
  // The whole core runs in its own process (main only routes): a slow analysis, report or search
  // never freezes the window. What only the desktop can do, main does when the core asks.
  const api = createCoreHost({
    spawn: () => spawnUtility<ToCore>(join(here, 'main', 'coreProcessBoot.cjs'), 'Casebook core'),
    appDataDir: userData,
    documentsDir: app.getPath('documents'),
    host: {
      chooseFolder,
      chooseFiles: async () => (await chooseFiles()).map((path) => tokens.issue(path, 'read')),
      // The core checks paths (a file Casebook makes, which exists) before any of these runs.
      shell: {
        chooseSaveFile: async (name, title) => {
          const path = await chooseSaveFile(name, title);
          return path ? tokens.issue(path, 'write') : null;
        },
        openPath: (path) => (tokens.mayOpen(path, caseDirs()) ? shell.openPath(path) : Promise.resolve(notOurs)),
        showItemInFolder: (path) => {
          if (tokens.mayOpen(path, caseDirs()) || caseDirs().includes(path)) shell.showItemInFolder(path);
        },
        openExternal: openLinkOutside,
      },
      // Word files in the bundle are printed by Electron's own Chromium: nothing else to install.
      htmlToPdf: electronHtmlToPdf,
    },
  });
  const broadcast = (channel: string, payload: JobEvent | MenuCommand) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(channel, payload);
  };
  const emitJobEvent = (event: JobEvent) => broadcast(BRIDGE_CHANNELS.jobEvent, tokens.restoreEvent(event));
  // Import and the bundle get a process per job; the analysis and its papers run in the core process.
  const jobs = routeJobs(
    createOffThreadJobRunner({
      spawn: () => spawnUtility<ToJob>(join(here, 'main', 'jobProcessBoot.cjs'), 'Casebook job'),
      emit: emitJobEvent,
      appDataDir: userData,
      documentsDir: app.getPath('documents'),
      // Bundle builds run in the job process, which has no windows: it asks main to print.
      htmlToPdf: electronHtmlToPdf,
    }),
    createJobRunner(api, emitJobEvent),
  );

  const refreshMenu = () => {
    const template = buildMenuTemplate(
      {
        recent: listRecent(userData),
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        appName: 'Casebook',
      },
      {
        send: (command) => broadcast(MENU_CHANNEL, command),
        chooseCase: () => {
          void chooseFolder('open-case').then(
            (caseDir) => caseDir && broadcast(MENU_CHANNEL, { command: 'open-case', caseDir }),
          );
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  registerIpc(
    createIpcHandlers({
      api,
      jobs,
      isAllowedSender: (url) => typeof url === 'string' && isAppUrl(url),
      onRecentCasesChanged: refreshMenu,
      tokens,
    }),
  );
  refreshMenu();

  const openWindow = () => {
    const settings = loadSettings(userData);
    const win = createMainWindow({
      settings,
      preload: join(here, 'preload.cjs'),
      url: `${APP_ORIGIN}/index.html`,
      onClose: (window) => saveSettings(userData, { ...loadSettings(userData), window }),
    });
    // Reopen the last case the user had open (the preload holds the command until React listens).
    win.webContents.once('did-finish-load', () => {
      const last = listRecent(userData).find((r) => r.available);
      if (settings.reopenLastCase && last)
        win.webContents.send(MENU_CHANNEL, { command: 'open-case', caseDir: last.caseDir } satisfies MenuCommand);
    });
    return win;
  };
  openWindow();

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  // macOS keeps the app running with no window; clicking the Dock icon opens it again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Let running imports stop cleanly (what is finished is kept) and close the databases.
    event.preventDefault();
    quitting = true;
    void jobs.cancelAll().finally(() => {
      api.close();
      app.quit();
    });
  });
}
