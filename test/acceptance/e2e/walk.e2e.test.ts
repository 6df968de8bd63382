import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindCasebook } from '../../e2e/bridge.ts';
import { openPage, ROOT, seriousA11yProblems, SHOTS } from '../../e2e/browser.ts';
import { startApp, type AppSession } from '../../e2e/harness.ts';
import { dropFiles, expectNoHorizontalScroll, menuCommand } from '../../e2e/pageActions.ts';
import { SAMPLES } from '../shared.ts';

/**
 * A parent's walk through case-a in the real app (the built renderer in Chromium, bound to the
 * real core): create the case, drop the paperwork in, then every screen at 1280×800 and 900×700,
 * light and dark, checking what issue 16 asks to see and running axe on each. The 1280×800 light
 * screenshots (and one dark) are the README's, in docs/screenshots/.
 */
/** Every paper in case-a, as a parent would drop the folder's documents in (the answer keys stay out). */
const FILES = readdirSync(SAMPLES).filter((f) => /\.(pdf|docx)$/.test(f));
const DOCS_SHOTS = join(ROOT, 'docs/screenshots');
const WALK_SHOTS = join(SHOTS, 'walk');
/** The appeal date case-a implies: one month after the certificate (24 August 2026), later than two after the decision. */
const APPEAL = /Appeal by 24 September 2026 \(provisional: confirm the date/;

let app: AppSession;
let page: Page;
let caseDir = '';

/** Screenshot (full page) under the walk's folder, and for the README when `readme` names it; then axe. */
async function look(p: Page, name: string, readme?: string): Promise<void> {
  mkdirSync(WALK_SHOTS, { recursive: true });
  const path = join(WALK_SHOTS, `${name}.png`);
  await p.screenshot({ path, fullPage: true });
  // The README's pictures are refreshed only when asked (CASEBOOK_README_SHOTS=1): a test run
  // never changes files the repository tracks.
  if (readme && process.env.CASEBOOK_README_SHOTS === '1') {
    mkdirSync(DOCS_SHOTS, { recursive: true });
    copyFileSync(path, join(DOCS_SHOTS, `${readme}.png`));
  }
  expect(await seriousA11yProblems(p), `axe on ${name}`).toEqual([]);
}

async function open(p: Page, label: string, heading = label): Promise<void> {
  await p.locator('nav.side-nav').getByRole('button', { name: label, exact: true }).click();
  await p.getByRole('heading', { level: 1, name: heading }).waitFor();
  await p.waitForLoadState('networkidle');
}

beforeAll(async () => {
  app = await startApp('casebook-walk-');
  page = app.page;
}, 180_000);

afterAll(() => app?.close());

describe('a parent’s walk through case-a, 1280×800, light', () => {
  it('creates the case and drops the paperwork in', async () => {
    await page.goto(app.server.url);
    await page.getByLabel('Child’s name').fill('Sam Taylor');
    await page.getByLabel('Local authority').fill('Westshire County Council');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    caseDir = (await page.locator('.facts dd.path').textContent()) ?? '';
    await look(page, 'light-1280-overview-empty');
    await page.getByRole('button', { name: 'Add documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await dropFiles(
      page,
      FILES.map((f) => join(SAMPLES, f)),
    );
    await page.locator('.import-summary').waitFor({ timeout: 300_000 });
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBeGreaterThanOrEqual(8);
    await look(page, 'light-1280-documents', 'documents');
  }, 360_000);

  it('shows the appeal deadline as provisional on the overview, what can still be done, and the next steps', async () => {
    await open(page, 'Overview');
    const deadlines = page.getByRole('region', { name: 'Deadlines' });
    await expect.poll(() => deadlines.textContent()).toMatch(APPEAL);
    expect(await deadlines.textContent()).not.toMatch(/Nothing due/);
    expect(await deadlines.getByRole('button', { name: /^Confirm the date for: Appeal/ }).isVisible()).toBe(true);
    expect(await deadlines.getByRole('button', { name: /^Change date for: Appeal/ }).isVisible()).toBe(true);
    // On the machine's clock the date may have passed: then it says what can still be done.
    const appealText = (await deadlines.locator('li', { hasText: APPEAL }).textContent()) ?? '';
    if (/Missed by/.test(appealText)) expect(appealText).toMatch(/What you can still do.*late.*SENDIASS/s);
    const steps = page.getByRole('region', { name: 'Next steps' });
    await expect
      .poll(() => steps.textContent(), { timeout: 60_000 })
      .toMatch(/Check the evidence map: \d+ recommendations? missing from the plan/);
    const order = await steps.locator('li strong').allTextContents();
    const at = (re: RegExp) => order.findIndex((t) => re.test(t));
    expect(at(/evidence map/)).toBeGreaterThanOrEqual(0);
    expect(at(/evidence pack/)).toBeGreaterThan(at(/evidence map/));
    expect(order.some((t) => /24 September 2026/.test(t))).toBe(true);
    expect((await page.locator('.key-dates').textContent()) ?? '').toMatch(
      /10 July 2026\s*Date of the decision letter/,
    );
    await look(page, 'light-1280-overview', 'case-overview');
  }, 90_000);

  it('shows the same provisional deadline on the timeline, with Confirm and Change date', async () => {
    await open(page, 'Timeline and deadlines');
    const toConfirm = page.getByRole('region', { name: 'Deadlines to confirm' });
    await expect.poll(() => toConfirm.textContent()).toMatch(APPEAL);
    expect(await toConfirm.getByRole('button', { name: /^Change date for: Appeal/ }).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /Appeal to the SEND Tribunal/ }).textContent()).toMatch(
      /24 September 2026.*Provisional/,
    );
    await look(page, 'light-1280-timeline', 'timeline');
  });

  it('shows the evidence map in plain words: most serious first, reports by author, sentences, Copy', async () => {
    await open(page, 'Evidence map');
    const list = page.getByRole('region', { name: 'Recommendations, most serious first' });
    await list.waitFor({ timeout: 60_000 });
    const headings = (await list.locator('.ev-group-h').allTextContents()).map((h) => h.replace(/\s*\(\d+\)$/, ''));
    const serious = headings.filter((h) => h !== 'Please check');
    expect(serious.slice(0, 2)).toEqual(['Missing from the plan', 'In the wrong section']);
    if (headings.includes('Please check')) expect(headings[0]).toBe('Please check');
    expect(await list.locator('.ev-group:not([data-group="check"]) .ev-group-meaning').first().textContent()).toMatch(
      /^The plan does not include/,
    );
    const rowNames = await list.locator('.ev-row .sub').allTextContents();
    expect(rowNames.join('\n')).not.toMatch(/\.pdf|\.docx/);
    expect(rowNames.join('\n')).toMatch(/Dr Ruth Okafor, educational psychologist/);
    await look(page, 'light-1280-evidence-map', 'evidence-map');

    // A watered-down finding: what was lost in sentences, and the wording to ask for with Copy.
    await list.locator('[data-group="weakened"] .ev-row').first().click();
    const detail = page.locator('.ev-layout > section.card');
    await expect
      .poll(() => detail.locator('.ev-meaning').textContent())
      .toMatch(/^The plan includes it, but with less/);
    const lost = await detail.locator('.ev-lost li').allTextContents();
    expect(lost.length).toBeGreaterThan(0);
    for (const l of lost) {
      expect(l).toMatch(/^[A-Z“].*[.?!]$/);
      expect(l).not.toMatch(/→|not in the plan:/);
    }
    await app.opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await detail.getByRole('button', { name: 'Copy: the wording to ask for' }).click();
    await expect.poll(() => detail.locator('.copy-button [role="status"]').textContent()).toMatch(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await detail.locator('.ev-wording').textContent(),
    );
    // The report pane: bordered and tall enough to read a page of the report.
    const pane = detail.locator('[aria-label^="Report page: "]');
    const { border, height } = await pane.evaluate((e) => ({
      border: parseFloat(getComputedStyle(e).borderTopWidth),
      height: e.getBoundingClientRect().height,
    }));
    expect(border).toBeGreaterThanOrEqual(1);
    expect(height).toBeGreaterThanOrEqual(280);
    expect(await detail.locator('.ev-wording').textContent()).not.toMatch(/\.pdf|\.docx/);
    await look(page, 'light-1280-evidence-weakened');

    await page.getByRole('tab', { name: 'Red pen on the plan' }).click();
    await page.getByRole('heading', { name: 'Section F' }).waitFor();
    const pen = (await page.locator('main').textContent()) ?? '';
    expect(pen).not.toMatch(/basis:/i);
    expect(pen).not.toMatch(/Parental advice[^.]*\.?\s*Section K lists this advice but it is not in the case/);
    await look(page, 'light-1280-evidence-red-pen', 'evidence-red-pen');
    await page.getByRole('tab', { name: 'Recommendations' }).click();
  }, 120_000);

  it('builds the bundle with the result beside Build, and asks before building it again unchanged', async () => {
    await open(page, 'Bundle');
    const build = page.getByRole('button', { name: 'Build the bundle' });
    await build.waitFor();
    expect(await build.getAttribute('class')).toContain('primary');
    await build.click();
    await page.getByRole('heading', { name: 'Version 1 is ready' }).waitFor({ timeout: 240_000 });
    const result = page.locator('.bn-result');
    expect(await result.textContent()).toMatch(/bundle-v1\.pdf.*\d+ pages/);
    const b = (await build.boundingBox())!;
    expect((await result.boundingBox())!.y - (b.y + b.height)).toBeLessThan(40);
    expect(await result.getByRole('button', { name: 'Show in folder' }).isVisible()).toBe(true);
    await look(page, 'light-1280-bundle', 'bundle');
    // Nothing changed: Build asks first, and keeping the version builds nothing.
    const ask = page.getByRole('alertdialog');
    await expect.poll(async () => (await build.click(), await ask.count()), { timeout: 20_000 }).toBe(1);
    expect(await ask.textContent()).toMatch(/Nothing has changed since version 1/);
    await look(page, 'light-1280-bundle-ask');
    await ask.getByRole('button', { name: 'Keep version 1' }).click();
    expect(await page.getByRole('heading', { name: 'Version 2 is ready' }).count()).toBe(0);
  }, 300_000);

  it('offers the imported letters for the correspondence log', async () => {
    await open(page, 'Correspondence');
    const offers = page.getByRole('region', { name: 'Letters you imported' });
    await expect.poll(() => offers.textContent()).toMatch(/Add to the log/);
    await look(page, 'light-1280-correspondence', 'correspondence');
  });

  it('searches the case and opens a hit in the viewer', async () => {
    await open(page, 'Search');
    await page.getByLabel('Words to find').fill('speech and language therapy');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect.poll(() => page.locator('.hit-card').count()).toBeGreaterThan(0);
    // The Word and PDF plan are one document: no hit is listed twice.
    const hits = await page.locator('.hit-card').allTextContents();
    expect(new Set(hits).size).toBe(hits.length);
    await look(page, 'light-1280-search');
    await page.locator('.hit-card').first().click();
    await expect.poll(() => page.locator('.textLayer mark.hit').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await look(page, 'light-1280-viewer');
  });

  it('has help on the evidence map, bundles, deadlines and letters', async () => {
    await menuCommand(page, { command: 'show-help' });
    await page.getByRole('heading', { level: 1, name: 'Using Casebook' }).waitFor();
    for (const h of ['The evidence map', 'Bundles', 'Deadlines', 'Letters and correspondence']) {
      expect(await page.getByRole('heading', { level: 2, name: h }).isVisible(), h).toBe(true);
    }
    await look(page, 'light-1280-help');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(app.opened.problems).toEqual([]);
  });
});

describe.each([
  ['dark-1280', { width: 1280, height: 800 }, 'dark'],
  ['light-900', { width: 900, height: 700 }, 'light'],
  ['dark-900', { width: 900, height: 700 }, 'dark'],
] as const)('every screen at %s', (combo, viewport, colorScheme) => {
  it('reads calmly and passes axe on every screen', async () => {
    const other = await openPage(app.browser, { viewport, colorScheme });
    const bound = await bindCasebook(other.page, app.dirs);
    try {
      await other.page.goto(`${app.server.url}#open=${encodeURIComponent(caseDir)}`);
      await other.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await expect.poll(() => other.page.getByRole('region', { name: 'Deadlines' }).textContent()).toMatch(APPEAL);
      await other.page.getByRole('region', { name: 'Next steps' }).locator('li').first().waitFor({ timeout: 60_000 });
      const labels = await other.page.locator('nav.side-nav ul button').allTextContents();
      for (const label of labels) {
        await open(other.page, label);
        const name = label.toLowerCase().replace(/\W+/g, '-');
        await look(
          other.page,
          `${combo}-${name}`,
          combo === 'dark-1280' && name === 'overview' ? 'case-overview-dark' : undefined,
        );
        await expectNoHorizontalScroll(other.page);
      }
      // The screens reached from others: a document in the viewer, and Help.
      await open(other.page, 'Documents');
      await other.page
        .locator('table.documents tbody tr', { hasText: 'Educational Psychology' })
        .locator('th .link-button')
        .click();
      await expect
        .poll(() => other.page.locator('.pdf-page .textLayer span').count(), { timeout: 30_000 })
        .toBeGreaterThan(20);
      await look(other.page, `${combo}-viewer`);
      await expectNoHorizontalScroll(other.page);
      await menuCommand(other.page, { command: 'show-help' });
      await other.page.getByRole('heading', { level: 1, name: 'Using Casebook' }).waitFor();
      await look(other.page, `${combo}-help`);
      await expectNoHorizontalScroll(other.page);
      expect(other.problems).toEqual([]);
    } finally {
      await bound.close();
      await other.context.close();
    }
  }, 240_000);
});
