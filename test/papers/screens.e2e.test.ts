import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/deadlines/dates.ts';
import { screenshot, seriousA11yProblems } from '../e2e/browser.ts';
import { startApp, type AppSession } from '../e2e/harness.ts';

let app: AppSession;
let page: Page;
let caseDir: string;

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

/** A small final plan as Word: section headings in bold, Section F numbered as plans print it. */
async function planDocx(path: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: [
          para('Education, Health and Care Plan', true),
          para('Section A: The views, interests and aspirations of the child', true),
          para('Ali likes trains.'),
          para('Section B: The child’s special educational needs', true),
          para('Ali has difficulty understanding spoken language in class.'),
          para('Section E: The outcomes sought for the child', true),
          para('1. Ali will make progress with his language.'),
          para('Section F: The special educational provision required by the child', true),
          para('1. Ali will have access to speech and language therapy advice as required.'),
          para('2. A visual timetable will be used.'),
          para('Section G: Health provision', true),
          para('None.'),
          para('Section I: The name and type of the school', true),
          para('Oak Primary School (mainstream).'),
          para('Section K: Advice and information', true),
          para('1. Speech and Language Therapy Report, Priya Shah, 20 May 2026'),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

async function reportDocx(path: string): Promise<void> {
  const doc = new Document({
    sections: [
      {
        children: [
          para('Speech and Language Therapy Report', true),
          para('Priya Shah, Speech and Language Therapist'),
          para('20 May 2026'),
          para('Recommendations', true),
          para(
            '1. Ali requires direct speech and language therapy from a qualified Speech and Language Therapist, 45 minutes per week, 1:1.',
          ),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

beforeAll(async () => {
  app = await startApp('casebook-papers-e2e-');
  page = app.page;
  caseDir = join(app.tmp.dir, 'case');
  const api = app.binding.api;
  expect(
    (await api.call('createCase', { caseDir, childName: 'Ali Example', localAuthority: 'Anyshire Council' })).ok,
  ).toBe(true);
  await planDocx(join(app.tmp.dir, 'plan.docx'));
  await reportDocx(join(app.tmp.dir, 'salt.docx'));
  await api.call('importFiles', { caseDir, paths: [join(app.tmp.dir, 'plan.docx')], kind: 'plan' });
  await api.call('importFiles', { caseDir, paths: [join(app.tmp.dir, 'salt.docx')], kind: 'report' });
  // A review meeting 30 days ago: the LA's 4-week decision was due 2 days ago, so a chaser is offered.
  await api.call('addTimelineEvent', { caseDir, event: { kind: 'review-meeting', date: addDays(localToday(), -30) } });
  await page.goto(`${app.server.url}#open=${encodeURIComponent(caseDir)}`);
}, 240_000);
afterAll(() => app?.close());

describe('letters screen', () => {
  it('drafts the chaser for a missed deadline in one click from the timeline', async () => {
    await page.getByRole('button', { name: 'Timeline and deadlines', exact: true }).click();
    await page.getByRole('button', { name: /Draft a chaser letter: LA decision after the review/ }).click();
    await page.getByRole('heading', { name: 'Letters', level: 1 }).waitFor();
    expect(await page.getByLabel('Letter', { exact: true }).inputValue()).toBe('chaser-missed-deadline');
    const preview = page.getByRole('article', { name: 'Letter preview' });
    await expect.poll(() => preview.textContent()).toMatch(/LA decision after the review.*is overdue/);
    expect(await preview.textContent()).toMatch(/It is now 2 days overdue/);
    expect(await page.getByRole('note').textContent()).toMatch(/not legal advice/);
  });

  it('marks what the case does not know, and fills it in as the user types', async () => {
    const preview = page.getByRole('article', { name: 'Letter preview' });
    expect(await preview.locator('mark').allTextContents()).toContain('[missing: address]');
    expect(await page.getByRole('status').filter({ hasText: 'Check before sending' }).textContent()).toMatch(
      /No value for "address"/,
    );
    await page.getByLabel('address', { exact: true }).fill('1 High Street, Anytown');
    await expect.poll(() => preview.textContent()).toContain('1 High Street, Anytown');
    expect(await seriousA11yProblems(page)).toEqual([]);
    // Kept for every letter: saved in the case details, and no longer warned about.
    await page.getByRole('button', { name: 'Keep this address for every letter' }).click();
    await expect
      .poll(async () => {
        const d = await app.binding.api.call('getCaseDetails', { caseDir });
        return d.ok && d.value.details.address;
      })
      .toBe('1 High Street, Anytown');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Check before sending' }).textContent())
      .not.toMatch(/"address"/);
    await screenshot(page, 'letters');
  });

  it('saves the letter as Word and keeps it in the case as correspondence', async () => {
    const out = join(app.tmp.dir, 'chaser.docx');
    await page.getByRole('button', { name: 'Save as Word' }).click();
    await page.getByLabel('Save to').first().fill(out);
    await page.getByRole('button', { name: 'Save as Word' }).click();
    await expect.poll(() => existsSync(out)).toBe(true);
    const log = await app.binding.api.call('getCorrespondenceLog', { caseDir });
    expect(log.ok && log.value.map((e) => e.subject)).toContain('Chaser for a missed statutory deadline');
  });
});

describe('working document screen', () => {
  it("shows the plan paragraph by paragraph with the therapist's wording pre-filled, its evidence one click away", async () => {
    await page.getByRole('button', { name: 'Working document', exact: true }).click();
    await page.getByRole('heading', { name: 'Working document', level: 1 }).waitFor();
    const f = page.getByRole('region', { name: /Section F/ });
    await expect
      .poll(() => f.locator('textarea').first().inputValue(), { timeout: 20_000 })
      .toMatch(/45 minutes per week/);
    expect(await f.getByRole('button', { name: /^Evidence: Shah, SLT/ }).count()).toBeGreaterThan(0);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await screenshot(page, 'working-document');
  });

  it('keeps the user’s own wording and saves the working document as Word', async () => {
    const f = page.getByRole('region', { name: /Section F/ });
    const box = f.locator('textarea').first();
    await box.fill(
      'Ali will receive direct speech and language therapy from a qualified therapist, 45 minutes each week, 1:1, in term time.',
    );
    await box.blur();
    await expect
      .poll(async () => {
        const d = await app.binding.api.call('getWorkingDocument', { caseDir });
        return d.ok && d.value.amendments.some((a) => a.edited && /in term time/.test(a.sought));
      })
      .toBe(true);
    const out = join(app.tmp.dir, 'wd.docx');
    await page.getByRole('button', { name: 'Save as Word' }).click();
    await page.getByLabel('Save to').first().fill(out);
    await page.getByRole('button', { name: 'Save as Word' }).click();
    await expect.poll(() => existsSync(out), { timeout: 30_000 }).toBe(true);
    expect(existsSync(join(app.tmp.dir, 'wd - amendments sought.docx'))).toBe(true);
  });
});
