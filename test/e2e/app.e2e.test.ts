import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { bindCasebook } from './bridge.ts';
import { startApp, type AppSession } from './harness.ts';
import { layoutShift, openPage, screenshot, seriousA11yProblems } from './browser.ts';
import { dropFiles, expectNoHorizontalScroll, menuCommand } from './pageActions.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

/** The documents a family would drop first: every report, the plan (PDF and Word), the letters. */
const SAMPLE_FILES = [
  '01-ep-report.pdf',
  '02-salt-report.pdf',
  '03-ot-report.pdf',
  '04-social-care-assessment.pdf',
  '05-final-ehcp.docx',
  '05-final-ehcp.pdf',
  '06-decision-letter.pdf',
  '07-mediation-certificate.pdf',
  '08-email-request-ot.pdf',
];
const BAD_FILE = 'scanned-letter-copy.pdf';

let app: AppSession;
let browser: Browser;
let server: AppSession['server'];
let tmp: AppSession['tmp'];
let opened: AppSession['opened'];
let page: Page;

async function checkScreen(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yProblems(page), `axe on ${name}`).toEqual([]);
}

beforeAll(async () => {
  app = await startApp();
  ({ browser, server, tmp, opened, page } = app);
}, 180_000);

afterAll(() => app?.close());

describe('Casebook in Chromium, bound to the real core', () => {
  it('teaches a new user on the start screen and creates a case', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Casebook' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('You have no cases on this computer yet').isVisible()).toBe(true);
    await page.getByLabel('Child’s name').fill('Sam Taylor');
    await page.getByLabel('Local authority').fill('Westshire Council');
    await expect.poll(() => page.getByLabel('Folder for the case').inputValue()).toContain('Sam Taylor');
    await checkScreen('01-start');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Start by adding your documents' }).isVisible())
      .toBe(true);
    await checkScreen('02-overview-empty');
  });

  it('imports the samples by dropping them, and says why a bad file was refused', async () => {
    await page.getByRole('button', { name: 'Add documents' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Documents' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nothing here yet').isVisible()).toBe(true);
    await checkScreen('03-documents-empty');

    const bad = join(tmp.dir, BAD_FILE);
    writeFileSync(bad, 'Dear parent, this is a plain text note saved with a .pdf name.\n');
    await dropFiles(page, [...SAMPLE_FILES.map((f) => join(FIXTURES, f)), bad]);
    const summary = page.locator('.import-summary');
    await expect.poll(() => summary.isVisible(), { timeout: 240_000, interval: 500 }).toBe(true);
    expect(await summary.textContent()).toMatch(/9 files added.*1 file could not be added/);
    const badRow = page.locator('.import-row', { hasText: BAD_FILE });
    expect(await badRow.locator('.import-state').textContent()).toContain('Not added');
    expect((await badRow.locator('.import-detail').textContent())?.length ?? 0).toBeGreaterThan(20);
    // Nine files, eight documents: the Word and PDF plan are one document with two renditions.
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBe(8);
    await checkScreen('04-documents-imported');
  }, 300_000);

  it('edits a document’s details and undoes a removal', async () => {
    const row = page.locator('table.documents tbody tr', { hasText: '07-mediation-certificate.pdf' });
    await row.getByRole('button', { name: /^Edit details/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Author', { exact: true }).fill('Westshire Mediation Service');
    await dialog.getByLabel('Day').fill('1');
    await dialog.getByLabel('Month').fill('9');
    await dialog.getByLabel('Year').fill('2026');
    await checkScreen('05-edit-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent()).toContain('Westshire Mediation Service');
    expect(await row.textContent()).toContain('1 September 2026');

    await row.getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBe(7);
    await expect.poll(() => page.getByText('was removed from the case').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBe(8);

    await page.locator('table.documents thead').getByRole('button', { name: 'Date' }).click();
    expect(await page.locator('table.documents thead th[aria-sort="ascending"]').textContent()).toContain('Date');
    expect(await page.locator('table.documents tbody tr').first().textContent()).toContain('9 March 2026');
  });

  it('opens the educational psychology report in the viewer', async () => {
    const row = page.locator('table.documents tbody tr', { hasText: '01-ep-report.pdf' });
    await row.locator('th .link-button').click();
    await expect.poll(() => page.locator('.pdf-page .textLayer span').count(), { timeout: 30_000 }).toBeGreaterThan(20);
    expect(await page.locator('.page-of').textContent()).toMatch(/^of \d+$/);
    await page.getByRole('button', { name: 'Next page' }).click();
    expect(await page.getByLabel('Page', { exact: true }).inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await page.locator('.zoom-value').textContent()).toBe('150%');
    await checkScreen('06-viewer');
  });

  it('searches the case and jumps to a highlighted hit', async () => {
    await page.getByRole('button', { name: 'Search', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Search' }).isVisible()).toBe(true);
    await page.getByLabel('Words to find').fill('reduced timetable');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect.poll(() => page.locator('.hit-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit-card mark').count()).toBeGreaterThan(0);
    await checkScreen('07-search');
    const first = page.locator('.hit-card').first();
    const pageNo = (await first.locator('.hit-page').textContent())?.replace(/\D/g, '');
    await first.click();
    await expect.poll(() => page.locator('.textLayer mark.hit').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByLabel('Page', { exact: true }).inputValue()).toBe(pageNo);
    await checkScreen('08-viewer-hit');
    await page.getByRole('button', { name: 'Back to search results' }).click();
    await expect.poll(() => page.locator('.hit-card').count()).toBeGreaterThan(0);
  });

  it('shows the filled overview, and the case in the recent list', async () => {
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Key dates' }).isVisible()).toBe(true);
    await checkScreen('09-overview');
    await page.getByRole('button', { name: 'Switch case' }).click();
    await expect.poll(() => page.locator('.recent-case').first().textContent()).toContain('Sam Taylor');
    await checkScreen('10-start-recent');
  });

  it('works in dark mode and at 200% zoom without sideways scrolling', async () => {
    for (const [name, opts] of [
      ['11-dark', { colorScheme: 'dark' as const }],
      ['12-zoom-200', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
    ] as const) {
      const other = await openPage(browser, opts);
      const bound = await bindCasebook(other.page, app.dirs);
      await other.page.goto(server.url);
      await other.page.locator('.recent-case').first().click();
      await expect.poll(() => other.page.getByRole('heading', { name: 'Key dates' }).isVisible()).toBe(true);
      await screenshot(other.page, `${name}-overview`);
      expect(await layoutShift(other.page), 'layout shift while the overview loads').toBeLessThan(0.05);
      expect(await seriousA11yProblems(other.page), name).toEqual([]);
      await expectNoHorizontalScroll(other.page);
      await other.page.getByRole('button', { name: 'Documents', exact: true }).click();
      await expect.poll(() => other.page.locator('table.documents tbody tr').count()).toBe(8);
      await screenshot(other.page, `${name}-documents`);
      expect(await seriousA11yProblems(other.page), name).toEqual([]);
      await other.page
        .locator('table.documents tbody tr', { hasText: '01-ep-report.pdf' })
        .locator('th .link-button')
        .click();
      await expect
        .poll(() => other.page.locator('.pdf-page .textLayer span').count(), { timeout: 30_000 })
        .toBeGreaterThan(20);
      await screenshot(other.page, `${name}-viewer`);
      expect(await seriousA11yProblems(other.page), name).toEqual([]);
      await expectNoHorizontalScroll(other.page);
      expect(other.problems).toEqual([]);
      await bound.close();
      await other.context.close();
    }
  }, 120_000);

  it('can be used from the keyboard alone: search, open a hit, close the edit dialog with Escape', async () => {
    // On the start screen since the last test: reopen the case from the recent list.
    await page.locator('.recent-case').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Search', exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Search' }).isVisible()).toBe(true);
    // The new screen's heading has focus; the next Tab reaches the search box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('speech and language');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.hit-card').count()).toBeGreaterThan(0);
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('hit-card'))) && tabs++ < 10)
      await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.textLayer mark.hit').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    const edit = page.getByRole('button', { name: /^Edit details/ }).first();
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('passes axe on every screen in the case navigation, including screens other areas add', async () => {
    const labels = await page.locator('nav.side-nav ul button').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const label of labels) {
      await page.locator('nav.side-nav ul button', { hasText: label }).click();
      await expect.poll(() => page.locator('main h1').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      await checkScreen(`nav-${label.toLowerCase().replace(/\W+/g, '-')}`);
    }
  }, 120_000);

  it('follows the desktop menu: help, open a case, import documents', async () => {
    await menuCommand(page, { command: 'show-help' });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Using Casebook' }).isVisible()).toBe(true);
    await checkScreen('13-help');
    await page.getByRole('button', { name: 'Back' }).click();
    await menuCommand(page, { command: 'new-case' });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Casebook' }).isVisible()).toBe(true);
    const caseDir = await page.locator('.recent-path').first().textContent();
    await menuCommand(page, { command: 'open-case', caseDir: caseDir ?? '' });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Overview' }).isVisible()).toBe(true);
    await menuCommand(page, { command: 'import-documents' });
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Documents' }).isVisible()).toBe(true);
  });

  it('asks for the password of a locked PDF next to the file, and imports it with it', async () => {
    const locked = join(tmp.dir, 'ot-report-locked.pdf');
    // qpdf as a referee tool: an AES-256 user password, as councils' secure email sends them.
    execFileSync('qpdf', [
      '--encrypt',
      'Westshire1',
      'owner-secret',
      '256',
      '--',
      join(FIXTURES, '03-ot-report.pdf'),
      locked,
    ]);
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    await dropFiles(page, [locked]);
    const row = page.locator('.import-row', { hasText: 'ot-report-locked.pdf' });
    const box = row.getByLabel('Password for ot-report-locked.pdf');
    await expect.poll(() => box.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await row.locator('.import-detail').textContent()).toMatch(/password/i);
    await checkScreen('14-password');
    await box.fill('Westshire1');
    await row.getByRole('button', { name: 'Open with this password' }).click();
    await expect
      .poll(
        () => page.locator('.import-row', { hasText: 'ot-report-locked.pdf' }).locator('.import-state').textContent(),
        { timeout: 60_000 },
      )
      .toContain('Added');
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBe(9);
  }, 120_000);

  it('clears out a removed document for good only after a confirmation naming it', async () => {
    const row = page.locator('table.documents tbody tr', { hasText: 'ot-report-locked.pdf' });
    await row.getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBe(8);
    await page.getByRole('button', { name: 'Clear out removed documents…' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.textContent()).toContain('ot-report-locked.pdf');
    expect(await confirm.textContent()).toMatch(/for good/);
    await checkScreen('15-purge-confirm');
    await confirm.getByRole('button', { name: 'Remove these for good' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Cleared out 1 document' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear out removed documents…' }).click();
    await expect.poll(() => page.getByText('There is nothing to clear out').isVisible()).toBe(true);
  });

  it('kept to the strict CSP with no console errors and no network requests', () => {
    expect(opened.problems).toEqual([]);
  });
});
