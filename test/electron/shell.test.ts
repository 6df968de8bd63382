import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecentCase } from '../../shared/contract/app.ts';
import type { MenuCommand } from '../../shared/contract/menu.ts';
import { buildMenuTemplate } from '../../electron/main/menuTemplate.ts';
import {
  DEFAULT_SETTINGS,
  fitBounds,
  loadSettings,
  saveSettings,
  SETTINGS_FILE,
} from '../../electron/main/settings.ts';
import { tempDir } from '../helpers/tempCase.ts';

/** Electron's menu item type, without importing 'electron' (tests never load it). */
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

describe('the shell settings file', () => {
  it('remembers the window size and position between runs', () => {
    const { dir, cleanup } = tempDir();
    try {
      const s = { ...DEFAULT_SETTINGS, window: { x: 40, y: 30, width: 1280, height: 800, maximized: true } };
      saveSettings(dir, s);
      expect(loadSettings(dir)).toEqual(s);
    } finally {
      cleanup();
    }
  });

  it.each([
    ['not JSON', '{"window": '],
    [
      'a window too small to use',
      JSON.stringify({ window: { width: 10, height: 10, maximized: false }, reopenLastCase: true }),
    ],
    ['an old format', JSON.stringify({ bounds: [0, 0, 800, 600] })],
  ])('starts with the defaults when the file is %s', (_what, text) => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, SETTINGS_FILE), text);
      expect(loadSettings(dir)).toEqual(DEFAULT_SETTINGS);
    } finally {
      cleanup();
    }
  });

  it('starts with the defaults when there is no file yet', () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(loadSettings(dir)).toEqual(DEFAULT_SETTINGS);
      saveSettings(dir, DEFAULT_SETTINGS);
      expect(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8'))).toEqual(DEFAULT_SETTINGS);
    } finally {
      cleanup();
    }
  });

  const laptop = { x: 0, y: 0, width: 1280, height: 760 };
  const secondScreen = { x: 1280, y: 0, width: 1920, height: 1040 };
  it.each([
    [
      'keeps a window that is on screen',
      { x: 100, y: 50, width: 1000, height: 700 },
      [laptop],
      { x: 100, y: 50, width: 1000, height: 700 },
    ],
    [
      'keeps a window on the second monitor',
      { x: 1500, y: 100, width: 1200, height: 800 },
      [laptop, secondScreen],
      { x: 1500, y: 100, width: 1200, height: 800 },
    ],
    [
      'centres a window left on a monitor that was unplugged',
      { x: 1500, y: 100, width: 1200, height: 800 },
      [laptop],
      { width: 1200, height: 760 },
    ],
    ['shrinks a window larger than any screen', { width: 3000, height: 2000 }, [laptop], { width: 1280, height: 760 }],
    [
      'drops a position whose title bar would be above the screen',
      { x: 100, y: -300, width: 800, height: 600 },
      [laptop],
      { width: 800, height: 600 },
    ],
  ])('%s', (_what, saved, areas, expected) => {
    expect(fitBounds(saved, areas)).toEqual(expected);
  });
});

describe('the native menu', () => {
  const recent: RecentCase[] = [
    {
      caseDir: '/cases/Sam',
      childName: 'Sam Example',
      localAuthority: 'Northshire County Council',
      openedAt: '2026-11-20T10:00:00Z',
      available: true,
    },
    { caseDir: '/media/usb/Alex', childName: 'Alex', openedAt: '2026-11-01T10:00:00Z', available: false },
  ];
  const build = (isMac: boolean) => {
    const sent: MenuCommand[] = [];
    let chosen = 0;
    const template = buildMenuTemplate(
      { recent, isMac, isDev: false, appName: 'Casebook' },
      { send: (c) => sent.push(c), chooseCase: () => chosen++ },
    );
    return { template, sent, chosen: () => chosen };
  };
  const submenu = (item: MenuItemConstructorOptions | undefined) =>
    (item?.submenu ?? []) as MenuItemConstructorOptions[];
  const find = (items: MenuItemConstructorOptions[], label: string) =>
    items.find((i) => i.label?.replace('&', '') === label);
  const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

  it.each([false, true])('has File, Edit, View and Help (macOS: %s)', (isMac) => {
    const labels = build(isMac).template.map((m) => m.label?.replace('&', '') ?? m.role);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    if (isMac) expect(labels[0]).toBe('Casebook');
  });

  it('File offers New case, Open case, Import documents and Recent cases, with shortcuts', () => {
    const { template, sent, chosen } = build(false);
    const file = submenu(find(template, 'File'));
    click(find(file, 'New case…'));
    click(find(file, 'Import documents…'));
    click(find(file, 'Open case…'));
    expect(sent).toEqual([{ command: 'new-case' }, { command: 'import-documents' }]);
    expect(chosen()).toBe(1);
    expect(find(file, 'New case…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Open case…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('lists recent cases by child and council, opens one, and greys out a folder that has gone', () => {
    const { template, sent } = build(false);
    const items = submenu(find(submenu(find(template, 'File')), 'Recent cases'));
    expect(items.map((i) => [i.label, i.enabled])).toEqual([
      ['Sam Example (Northshire County Council)', true],
      ['Alex', false],
    ]);
    click(items[0]);
    expect(sent).toEqual([{ command: 'open-case', caseDir: '/cases/Sam' }]);
  });

  it('has no DevTools in an installed copy', () => {
    const roles = JSON.stringify(build(false).template);
    expect(roles).not.toContain('toggleDevTools');
  });
});
