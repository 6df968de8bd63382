import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/contract/menu.ts';
import { expect } from 'vitest';

/**
 * Drops files on the drop zone as a user's drag would: a real `drop` event carrying File objects.
 * The page learns each file's path through window.casebook.pathForFile, as in Electron.
 */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), path: p }));
  await page.evaluate((list) => {
    const w = window as unknown as { __e2eFilePaths: Record<string, string> };
    const dt = new DataTransfer();
    for (const f of list) {
      w.__e2eFilePaths[f.name] = f.path;
      dt.items.add(new File([], f.name));
    }
    const zone = document.querySelector('[data-testid="drop-zone"]');
    if (!zone) throw new Error('no drop zone on this screen');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

/** At 200% zoom (or a narrow window) nothing may need sideways scrolling to read. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scroll, client, wide } = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The outermost elements that stick out, to name in the failure.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > client + 1 &&
          !(e.parentElement && e.parentElement.getBoundingClientRect().right > client + 1),
      )
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)}px)`,
      );
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
  expect(scroll, `wider than the window: ${wide.join(', ')}`).toBeLessThanOrEqual(client);
}

/** What the desktop menu would send (File › Open case, Help › Using Casebook…), on main's menu channel. */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(
    ([channel, c]) =>
      (window as unknown as { __casebookDeliver(channel: unknown, c: unknown): void }).__casebookDeliver(channel, c),
    [MENU_CHANNEL, command] as const,
  );
}

/** Types an ISO date into the app's day / month / year boxes under `legend`, as a user would. */
export async function fillDate(scope: Page | Locator, legend: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map((n) => String(Number(n)));
  const group = scope.getByRole('group', { name: legend, exact: typeof legend === 'string' });
  await group.getByLabel('Day').fill(day!);
  await group.getByLabel('Month').fill(month!);
  await group.getByLabel('Year').fill(year!);
}
