import type { MenuItemConstructorOptions } from 'electron';
import type { RecentCase } from '../../shared/contract/app.ts';
import type { MenuCommand } from '../../shared/contract/menu.ts';

export interface MenuActions {
  /** Send a command to the renderer. */
  send(command: MenuCommand): void;
  /** File › Open case…: the folder dialog, then `send({ command: 'open-case', … })`. */
  chooseCase(): void;
}

export interface MenuOptions {
  recent: RecentCase[];
  isMac: boolean;
  /** Development builds get the DevTools item; installed copies do not. */
  isDev: boolean;
  appName: string;
}

const MAX_RECENT_IN_MENU = 8;

/** A recent case's label: the child's name, with the council to tell two children apart. */
export const recentLabel = (r: RecentCase): string =>
  r.localAuthority ? `${r.childName} (${r.localAuthority})` : r.childName;

/**
 * The native menu bar, built from data so it can be checked without Electron. Roles give each
 * platform its own wording and shortcuts for Edit, View and Window.
 */
export function buildMenuTemplate(opts: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const recent = opts.recent.slice(0, MAX_RECENT_IN_MENU);
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent cases', enabled: false }]
      : recent.map((r) => ({
          label: recentLabel(r),
          sublabel: r.available ? r.caseDir : 'Folder not found',
          enabled: r.available,
          click: () => actions.send({ command: 'open-case', caseDir: r.caseDir }),
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New case…', accelerator: 'CmdOrCtrl+N', click: () => actions.send({ command: 'new-case' }) },
      { label: 'Open case…', accelerator: 'CmdOrCtrl+O', click: () => actions.chooseCase() },
      { label: 'Recent cases', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Import documents…',
        accelerator: 'CmdOrCtrl+I',
        click: () => actions.send({ command: 'import-documents' }),
      },
      { type: 'separator' },
      opts.isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(opts.isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Using Casebook', accelerator: 'F1', click: () => actions.send({ command: 'show-help' }) },
      ...(opts.isMac ? [] : ([{ type: 'separator' }, { role: 'about', label: `About ${opts.appName}` }] as const)),
    ],
  };
  return [
    ...(opts.isMac ? [{ label: opts.appName, role: 'appMenu' } as const] : []),
    file,
    { label: '&Edit', role: 'editMenu' },
    view,
    ...(opts.isMac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}
