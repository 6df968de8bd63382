import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../electron/core/deadlines/dates.ts';
import { screenshot, seriousA11yProblems } from '../e2e/browser.ts';
import { startApp, type AppSession } from '../e2e/harness.ts';
import { fillDate } from '../e2e/pageActions.ts';
import { writeLetterPdf } from '../helpers/letterPdf.ts';

let app: AppSession;
let server: AppSession['server'];
let tmp: AppSession['tmp'];
let opened: AppSession['opened'];
let page: Page;
let caseDir: string;

beforeAll(async () => {
  app = await startApp('casebook-deadlines-e2e-');
  ({ server, tmp, opened, page } = app);
  caseDir = join(tmp.dir, 'case');
  const made = await app.binding.api.call('createCase', { caseDir, childName: 'Sam Example' });
  expect(made.ok).toBe(true);
  // A review meeting 30 days ago: the LA's 4-week decision (meeting + 28) was due 2 days ago.
  await app.binding.api.call('addTimelineEvent', {
    caseDir,
    event: { kind: 'review-meeting', date: addDays(localToday(), -30) },
  });
  await page.goto(`${server.url}#open=${encodeURIComponent(caseDir)}`);
}, 240_000);

afterAll(() => app?.close());

describe('deadlines on the case overview', () => {
  it('shows the missed deadline on the overview the case opens to, with no reminder when nothing is within 7 days', async () => {
    const card = page.getByRole('region', { name: 'Deadlines' });
    await expect.poll(() => card.textContent()).toMatch(/LA decision after the review.*Missed by 2 days/);
    expect(await card.locator('.dl-reminder').count()).toBe(0);
  });
});

describe('timeline and deadlines screen', () => {
  it('shows a missed LA deadline in words, with the chaser letter, on the timeline and in the list', async () => {
    await page.getByRole('button', { name: 'Timeline and deadlines', exact: true }).click();
    await page.getByRole('heading', { name: 'Timeline and deadlines' }).waitFor();
    const row = page.getByRole('row', { name: /LA decision after the review/ });
    await expect.poll(() => row.textContent()).toMatch(/Missed by 2 days/);
    expect(await row.textContent()).toMatch(/What you can still do.*chaser letter/);
    expect(await row.getByRole('button', { name: /Draft a chaser letter/ }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Timeline of events and deadlines' }).textContent()).toMatch(/Today/);
  });

  it('adds an event from the form and shows the deadline it starts', async () => {
    await page.getByLabel('What happened').selectOption('mediation-declined');
    await fillDate(page, 'When', localToday());
    await page.getByRole('button', { name: 'Add event' }).click();
    const row = page.getByRole('row', { name: /Mediation certificate after you decline/ });
    await row.waitFor();
    // 3 working days ahead: always within the 7-day reminder window.
    expect(await page.getByRole('status').filter({ hasText: 'Coming up' }).textContent()).toMatch(
      /Mediation certificate/,
    );
    await screenshot(page, 'deadlines-timeline');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });

  it('removes an event entered by mistake, and its deadline with it', async () => {
    await page.getByRole('button', { name: /^Remove event: We told the adviser we do not want mediation/ }).click();
    await expect.poll(() => page.getByRole('row', { name: /Mediation certificate after you decline/ }).count()).toBe(0);
    await page.getByLabel('What happened').selectOption('mediation-declined');
    await fillDate(page, 'When', localToday());
    await page.getByRole('button', { name: 'Add event' }).click();
    await page.getByRole('row', { name: /Mediation certificate after you decline/ }).waitFor();
  });

  it('saves the calendar file to a typed path when there is no save dialog', async () => {
    await page.getByRole('button', { name: /calendar file/ }).click();
    // No save dialog here: the path field takes the button's place, with its own button to save.
    await page.getByLabel('Save to').waitFor();
    await page.getByRole('button', { name: /calendar file/ }).click();
    const file = join(caseDir, 'deadlines.ics');
    await expect.poll(() => existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/BEGIN:VCALENDAR/);
  });

  it('reminds on opening the case when a deadline is within 7 days', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.url}#open=${encodeURIComponent(caseDir)}`);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    const reminder = page.getByRole('status').filter({ hasText: /less than 7 days away/ });
    await expect.poll(() => reminder.textContent()).toMatch(/^One deadline is less than 7 days away/);
    expect(await page.getByRole('region', { name: 'Deadlines' }).textContent()).toMatch(
      /Mediation certificate after you decline.*Due in \d days?/,
    );
    await screenshot(page, 'deadlines-overview');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});

describe('correspondence screen', () => {
  it('adds a call with a reply due, flags it overdue and records the reply', async () => {
    await page.getByRole('button', { name: 'Correspondence', exact: true }).click();
    await page.getByRole('heading', { name: 'Correspondence', level: 1 }).waitFor();
    await fillDate(page, 'Date', addDays(localToday(), -10));
    await page.getByLabel('From', { exact: true }).fill('SEN caseworker');
    await page.getByLabel('To', { exact: true }).fill('Parent');
    await page.getByLabel('Subject', { exact: true }).fill('Promised to send the EP report');
    await fillDate(page, /Reply due by/, addDays(localToday(), -3));
    await page.getByRole('button', { name: 'Add to the log' }).click();
    const row = page.getByRole('row', { name: /Promised to send the EP report/ });
    await expect.poll(() => row.textContent()).toMatch(/Overdue by 3 days/);
    await screenshot(page, 'deadlines-correspondence');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await row.getByRole('button', { name: 'Reply arrived today' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Replied/);
  });

  it('offers an imported letter for the log, filled in for the user to check', async () => {
    const letter = await writeLetterPdf(join(tmp.dir, 'letter-from-council.pdf'), [
      'Northshire County Council, SEND Team',
      '3 March 2026',
      'Dear Ms Example,',
      'Re: Your request for a copy of the educational psychology report',
      'We will send the report to you within 15 school days.',
    ]);
    const imported = await app.binding.api.call('importFiles', { caseDir, paths: [letter] });
    expect(imported.ok).toBe(true);
    const documentId = imported.ok ? imported.value[0]!.documentId! : 0;
    // The kind is set as the user would on the Documents screen, so the test does not hang on the guesser.
    await app.binding.api.call('updateDocument', {
      caseDir,
      documentId,
      patch: { kind: 'correspondence', title: 'Letter about the EP report', date: '2026-03-03' },
    });
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: 'Correspondence', exact: true }).click();
    const offers = page.getByRole('region', { name: 'Letters you imported' });
    await offers.getByRole('button', { name: 'Add to the log: Letter about the EP report' }).click();
    await expect
      .poll(() => page.getByLabel('Subject', { exact: true }).inputValue())
      .toBe('Letter about the EP report');
    expect(await page.getByRole('group', { name: 'Date', exact: true }).getByLabel('Day').inputValue()).toBe('3');
    await page.getByLabel('From', { exact: true }).fill('SEND Team');
    await page.getByLabel('To', { exact: true }).fill('Parent');
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Letter about the EP report/ }).count()).toBe(1);
    expect(await offers.count()).toBe(0);
    await screenshot(page, 'deadlines-correspondence-offer');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});

describe('provisional deadlines from an imported decision letter', () => {
  const headline = async () => {
    const t = await app.binding.api.call('getTimeline', { caseDir });
    return t.ok ? t.value.deadlines.find((d) => d.rule === 'appeal') : undefined;
  };

  it('shows the appeal date as provisional on the overview, with Confirm and Change date, and changes it', async () => {
    const letter = await writeLetterPdf(join(tmp.dir, 'decision.pdf'), [
      'Northshire County Council',
      'Dear Ms Example,',
      'Re: Final EHC plan',
      'You may appeal to the tribunal.',
    ]);
    const imported = await app.binding.api.call('importFiles', { caseDir, paths: [letter] });
    const documentId = imported.ok ? imported.value[0]!.documentId! : 0;
    const printed = addDays(localToday(), -10);
    await app.binding.api.call('updateDocument', {
      caseDir,
      documentId,
      patch: { kind: 'decision-letter', title: 'Decision letter: final plan', date: printed },
    });
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    const card = page.getByRole('region', { name: 'Deadlines' });
    const appeal = (await headline())!;
    expect(appeal.provisional).toBe(true);
    await expect.poll(() => card.textContent()).toContain(appeal.headline);
    expect(appeal.headline).toMatch(/^Appeal by .+ \(provisional: confirm the date the letter was sent\)$/);
    expect(await card.textContent()).not.toMatch(/Nothing due/);
    const steps = page.getByRole('region', { name: 'Next steps' });
    await expect.poll(() => steps.textContent()).toMatch(/Confirm the date the decision letter was sent/);
    await screenshot(page, 'deadlines-overview-provisional');
    expect(await seriousA11yProblems(page)).toEqual([]);

    await card.getByRole('button', { name: 'Change date for: Appeal to the SEND Tribunal' }).click();
    const sent = addDays(localToday(), -8);
    await fillDate(card, /was sent$/, sent);
    await card.getByRole('button', { name: 'Save the date' }).click();
    await expect.poll(async () => (await headline())?.provisional ?? false).toBe(false);
    const firm = (await headline())!;
    expect(firm.startedBy.date).toBe(sent);
    await expect.poll(() => card.textContent()).toContain(firm.headline);
    expect(firm.headline).not.toMatch(/provisional/);
  });

  it('lists it under "Deadlines to confirm" on the timeline until it is confirmed', async () => {
    await page.getByRole('button', { name: 'Timeline and deadlines', exact: true }).click();
    await page.getByRole('heading', { name: 'Timeline and deadlines', level: 1 }).waitFor();
    // Taking the confirmed date back out makes the clock provisional again.
    await page.getByRole('button', { name: /^Remove event: LA sent a decision we can appeal/ }).click();
    const toConfirm = page.getByRole('region', { name: 'Deadlines to confirm' });
    await expect.poll(() => toConfirm.textContent()).toMatch(/Appeal by .+\(provisional/);
    expect(await page.getByRole('row', { name: /Appeal to the SEND Tribunal/ }).textContent()).toMatch(/Provisional/);
    await screenshot(page, 'deadlines-timeline-provisional');
    expect(await seriousA11yProblems(page)).toEqual([]);
    await toConfirm.getByRole('button', { name: 'Confirm the date for: Appeal to the SEND Tribunal' }).click();
    await expect.poll(() => toConfirm.count()).toBe(0);
    expect((await headline())?.provisional).toBeFalsy();
    expect(opened.problems).toEqual([]);
  });
});
