import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { screenshot, seriousA11yProblems } from './browser.ts';
import { startApp, type AppSession } from './harness.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

let app: AppSession;
let page: Page;
let caseDir: string;

// Titles the importer reads from the reports themselves.
const EP = 'Educational Psychology Advice';
const OT = 'Occupational Therapy Report';
const FILES = ['01-ep-report.pdf', '03-ot-report.pdf', '05-final-ehcp.pdf', '06-decision-letter.pdf'];

beforeAll(async () => {
  app = await startApp('casebook-bundle-e2e-');
  page = app.page;
  caseDir = join(app.tmp.dir, 'case');
  expect((await app.binding.api.call('createCase', { caseDir, childName: 'Sam Example' })).ok).toBe(true);
  const imported = await app.binding.api.call('importFiles', { caseDir, paths: FILES.map((f) => join(FIXTURES, f)) });
  expect(imported.ok).toBe(true);
  await page.goto(`${app.server.url}#open=${encodeURIComponent(caseDir)}`);
}, 300_000);

afterAll(() => app?.close());

const section = (letter: string) => page.getByRole('list', { name: `Documents in section ${letter}` });
const sectionText = async (letter: string) =>
  (await section(letter).count()) ? ((await section(letter).textContent()) ?? '') : '';

describe('bundle screen', () => {
  it('shows the sections with their documents, page counts and limits in words', async () => {
    await page.getByRole('button', { name: 'Bundle', exact: true }).click();
    await page.getByRole('heading', { name: 'Bundle', level: 1 }).waitFor();
    await section('B').waitFor();
    expect(await sectionText('B')).toMatch(/\d+ pages?/);
    expect(await page.getByText(/of 150 pages: within the limit/).count()).toBeGreaterThan(0);
  });

  it('moves a document up and to another section by keyboard-operable buttons, keeping focus on it', async () => {
    // The EP advice is listed in the plan's Section K, so it starts in B, after the plan.
    const ep = section('B').locator('[data-document-id]').filter({ hasText: EP });
    await ep.getByRole('button', { name: /^Move up/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section('B').locator('[data-document-id]').first().textContent()).toContain(EP);
    // Focus stays with the document that moved, so a keyboard user can carry on.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-document-id]')?.textContent ?? ''))
      .toContain(EP);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Moved / })
          .textContent(),
      )
      .toMatch(/section B, position 1 of 2/);
    await ep.getByRole('combobox').selectOption('E');
    await ep.getByRole('button', { name: `Move ${EP} to the chosen section` }).click();
    await expect.poll(() => sectionText('E')).toContain(EP);
    expect(await sectionText('B')).not.toContain(EP);
  });

  it('flags a PD 2025 document rule on the document it concerns', async () => {
    const ep = page.locator('[data-document-id]').filter({ hasText: EP });
    expect(await ep.locator('.bn-flag').textContent()).toMatch(/^Check: .*executive summary/);
  });

  it('moves a document by drag and drop', async () => {
    const ep = page.locator('[data-document-id]').filter({ hasText: EP });
    // The HTML5 drag events the browser sends, carrying one DataTransfer from start to drop
    // (Playwright's mouse-driven dragTo does not start a native drag in headless Chromium).
    const dt = await page.evaluateHandle(() => new DataTransfer());
    const target = page.locator('#bn-sec-C');
    await ep.dispatchEvent('dragstart', { dataTransfer: dt });
    await target.dispatchEvent('dragover', { dataTransfer: dt });
    await target.dispatchEvent('drop', { dataTransfer: dt });
    await ep.dispatchEvent('dragend', { dataTransfer: dt });
    await expect.poll(() => sectionText('C')).toContain(EP);
    await screenshot(page, 'bundle-plan');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('leaves a document out and puts it back', async () => {
    const ot = page.locator('.bn-section [data-document-id]').filter({ hasText: OT });
    await ot.getByRole('button', { name: `Leave out: ${OT}` }).click();
    const leftOut = page.getByRole('region', { name: 'Left out of the bundle' });
    await expect.poll(() => leftOut.textContent()).toContain(OT);
    expect(await sectionText('D')).not.toContain(OT);
    // One mark with the bundle check's "Not for the tribunal", said in words where it is listed.
    expect(await leftOut.textContent()).toMatch(/You marked this as not for the tribunal/);
    const marked = await app.binding.api.call('listNotForTribunal', { caseDir });
    expect(marked.ok && marked.value.length).toBe(1);
    // The documents list shows the mark too.
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: OT });
    await expect.poll(() => row.textContent()).toMatch(/Not for the tribunal/);
    await page.getByRole('button', { name: 'Bundle', exact: true }).click();
    await leftOut.getByRole('button', { name: `Put back: ${OT}` }).click();
    await expect.poll(() => sectionText('D')).toContain(OT);
    const cleared = await app.binding.api.call('listNotForTribunal', { caseDir });
    expect(cleared.ok && cleared.value).toEqual([]);
  });

  it('builds with progress, then offers the file, the left-out list and a page preview with its stamp', async () => {
    await page.getByRole('button', { name: 'Build the bundle' }).click();
    // While it runs: a progress bar with what is happening in words, and Cancel.
    await page.getByRole('progressbar', { name: 'Building the bundle' }).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel', exact: true }).isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Version 1 is ready' }).waitFor({ timeout: 180_000 });
    // The result is right under the Build button: file, folder and pages, with Open and Show in folder.
    const result = page.locator('.bn-result');
    expect(await result.textContent()).toMatch(/bundle-v1\.pdf.*bundles.*\d+ pages/);
    const button = await page.getByRole('button', { name: 'Build the bundle' }).boundingBox();
    const box = await result.boundingBox();
    expect(box!.y - (button!.y + button!.height)).toBeLessThan(40);
    expect(await page.getByRole('button', { name: 'Build the bundle' }).getAttribute('class')).toContain('primary');
    expect(await page.locator('.bn-result-details').textContent()).toMatch(
      /Every document went in|Left out while building/,
    );
    await page.getByRole('button', { name: 'Open the bundle' }).click();
    await page.getByText(/only possible in the Casebook desktop app/).waitFor();
    await page.locator('.bn-stage canvas').waitFor();
    await page.getByLabel('Page', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => page.locator('.bn-preview').textContent()).toMatch(/Page 3: .*stamped [A-Z]+\d+/);
    // The stamp is real text on the page: pdf.js's text layer carries it.
    await expect.poll(() => page.locator('.bn-stage .textLayer').textContent()).toMatch(/[A-E]\d+/);
    await screenshot(page, 'bundle-built');
    expect(await seriousA11yProblems(page)).toEqual([]);
  }, 240_000);

  it('rebuilds after a move and says what changed against the previous version', async () => {
    const ep = page.locator('[data-document-id]').filter({ hasText: EP });
    await ep.getByRole('combobox').selectOption('D');
    await ep.getByRole('button', { name: `Move ${EP} to the chosen section` }).click();
    await expect.poll(() => sectionText('D')).toContain(EP);
    await page.getByRole('button', { name: 'Build the bundle' }).click();
    await page.getByRole('heading', { name: 'Version 2 is ready' }).waitFor({ timeout: 180_000 });
    expect(await page.locator('.bn-result-details .bn-changes').textContent()).toMatch(/moved|→| to /i);
    await page.getByRole('button', { name: 'What changed since version 1' }).click();
    await expect.poll(() => page.locator('.bn-versions .bn-changes').count()).toBe(1);
    expect(app.opened.problems).toEqual([]);
  }, 240_000);

  it('fits a 1280×800 window at 200% zoom without sideways scrolling', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.getByRole('heading', { name: 'Bundle', level: 1 }).scrollIntoViewIfNeeded();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'bundle-zoom200');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
