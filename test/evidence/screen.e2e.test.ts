import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousA11yProblems } from '../e2e/browser.ts';
import { startApp, type AppSession } from '../e2e/harness.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { caseFolder, FIXTURE } from '../fixtures/caseFiles/index.ts';
import { seedPdfs } from './pdfText.ts';

let app: AppSession;
let server: AppSession['server'];
let page: Page;
let binding: AppSession['binding'];
let c: ReturnType<typeof tempCase>;

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  await seedPdfs(c.store, await caseFolder(), [
    ['02-salt-report.pdf', 'report'],
    ['03-ot-report.pdf', 'report'],
    ['05-final-ehcp.pdf', 'plan'],
  ] as const);
  app = await startApp('casebook-evidence-e2e-');
  ({ server, page, binding } = app);
}, 240_000);

afterAll(async () => {
  await app?.close();
  c?.close();
});

describe('the evidence map screen in Chromium, bound to the real core', () => {
  it('shows counts, the report and plan side by side, and confirms by keyboard', async () => {
    // The analysis is quick on this small case: what its progress line ever said is noted as it changes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('.progress-line');
        const text = line?.querySelector('span')?.textContent;
        if (text && line?.querySelector('button')?.textContent === 'Cancel' && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server.url}#open=${encodeURIComponent(c.dir)}`);
    await page
      .getByRole('link', { name: 'Evidence map' })
      .or(page.getByRole('button', { name: 'Evidence map' }))
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Evidence map' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: /^Missing: \d+/ }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.ev-pane mark').first().isVisible()).toBe(true);
    // Until the map arrives (on the overview's next steps, then here): its steps in words, with Cancel.
    const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
    expect(seen[0]).toBe('Reading the reports and the plan…');
    expect(
      seen.filter((t) =>
        /^(Opening the documents|Reading the plan|Reading the reports|Matching recommendations)/.test(t),
      ),
    ).not.toEqual([]);
    await screenshot(page, 'evidence-map');
    expect(await seriousA11yProblems(page)).toEqual([]);
    const first = page.locator('.ev-row').first();
    const found = FIXTURE.saltRecommendations + FIXTURE.otRecommendations;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(`1 of ${found} checked`).isVisible()).toBe(true);
    expect(binding.api).toBeDefined();
  });

  it('shows the plan with a red pen', async () => {
    await page.getByRole('tab', { name: 'Red pen on the plan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Section F' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.ev-flag').first().isVisible()).toBe(true);
    await screenshot(page, 'evidence-red-pen');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('adds a recommendation pasted from a report and lists it with the others', async () => {
    await page.getByRole('tab', { name: 'Recommendations' }).click();
    await page
      .getByLabel('The recommendation, as the report words it')
      .fill('Sam should have a wobble cushion for seated work in every lesson.');
    await page.getByLabel('Page', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await expect
      .poll(() =>
        page
          .getByText(`of ${FIXTURE.saltRecommendations + FIXTURE.otRecommendations + 1} checked`, { exact: false })
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText('Sam should have a wobble cushion').first().isVisible()).toBe(true);
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('saves the gap report as a job: the analysis runs again, then the file is written whole', async () => {
    const out = join(c.dir, '..', 'gap report.pdf');
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await page.getByLabel('Save to').first().fill(out);
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await expect.poll(() => page.getByText(`Saved to ${out}`).isVisible()).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});
