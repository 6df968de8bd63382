import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from './shared.ts';
import { seriousA11yProblems } from '../e2e/browser.ts';
import { startApp, type AppSession } from '../e2e/harness.ts';

/* The bundle screen's check of the council's bundle, in real Chromium with the real core. */
let app: AppSession;
let page: Page;
let caseDir: string;

beforeAll(async () => {
  app = await startApp('casebook-bcheck-e2e-');
  page = app.page;
  caseDir = join(app.tmp.dir, 'case');
  expect((await app.binding.api.call('createCase', { caseDir, childName: 'Sam Taylor' })).ok).toBe(true);
  const files = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(SAMPLES, f));
  expect((await app.binding.api.call('importFiles', { caseDir, paths: files })).ok).toBe(true);
  await page.goto(`${app.server.url}#open=${encodeURIComponent(caseDir)}`);
}, 300_000);
afterAll(() => app?.close());

describe("checking the council's bundle from the bundle screen", () => {
  it('tells the family to save the bundle as soon as it arrives', async () => {
    await page.getByRole('button', { name: 'Bundle', exact: true }).click();
    await page.getByRole('heading', { name: 'Check the council’s bundle' }).waitFor();
    expect(await page.getByText(/secure link that stops working/).count()).toBe(1);
  });

  it('checks the bundle with progress and shows what needs attention, with the labels', async () => {
    await page.getByLabel('Or type where the bundle is saved').fill(join(SAMPLES, 'la-bundle', 'la-bundle.pdf'));
    await page.getByRole('button', { name: 'Check this bundle' }).click();
    await page.getByRole('heading', { name: '3 of your 8 documents need attention' }).waitFor({ timeout: 120_000 });
    const table = page.locator('.bc-table').first();
    expect(await table.textContent()).toMatch(/Missing/);
    expect(await table.textContent()).toMatch(/Older or different version/);
    expect(await page.getByText(/range wrong \(listed B4–B8, actually B4–B7\)/).count()).toBe(1);
    expect(await seriousA11yProblems(page)).toEqual([]);
  }, 180_000);

  it('marks a missing document as not for the tribunal', async () => {
    await page
      .getByRole('button', { name: /is not for the tribunal$/ })
      .first()
      .click();
    await page.getByText(/Marked as not for the tribunal/).waitFor();
    const marked = await app.binding.api.call('listNotForTribunal', { caseDir });
    expect(marked.ok && marked.value.length).toBe(1);
  });
});
