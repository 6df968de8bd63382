import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { tempDir } from '../helpers/tempCase.ts';

let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;

beforeEach(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: join(tmp.dir, 'Documents') });
  caseDir = join(tmp.dir, 'case');
  expect((await api.call('createCase', { caseDir, childName: 'Sam' })).ok).toBe(true);
});
afterEach(() => {
  api.close();
  tmp.cleanup();
});

describe('deadlines through the app API', () => {
  it('computes a deadline with its reasoning, using the case’s proclaimed holidays', async () => {
    await api.call('setCalendarSettings', { caseDir, extraHolidays: ['2026-09-21'] });
    // 21 Aug + 1 month = Mon 21 Sep 2026, made a holiday → Tue 22 Sep.
    const r = await api.call('computeDeadline', { caseDir, rule: 'sar', dates: { received: '2026-08-21' } });
    expect(r.ok && r.value).toMatchObject({
      date: '2026-09-22',
      basis: expect.stringContaining('a bank holiday you added'),
    });
  });

  it('refuses a deadline with a missing date as a value, not a crash', async () => {
    const r = await api.call('computeDeadline', { rule: 'appeal', dates: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'missing-date' } });
  });

  it('records events and orders and returns the timeline with statuses', async () => {
    await api.call('addTimelineEvent', { caseDir, event: { kind: 'review-meeting', date: '2026-07-16' } });
    const order = await api.call('addTribunalOrder', {
      caseDir,
      kind: 'school',
      date: '2026-07-01',
      text: 'Name Hill School',
    });
    if (!order.ok) throw new Error(order.error.message);
    const t = await api.call('getTimeline', { caseDir, today: '2026-08-14' });
    if (!t.ok) throw new Error(t.error.message);
    // 16 Jul + 28 days = 13 Aug: one day overdue on 14 Aug. Order of 1 Jul + 14 days = 15 Jul.
    expect(t.value.deadlines.find((d) => d.rule === 'annual-review-decision')).toMatchObject({
      date: '2026-08-13',
      status: 'missed',
      daysLeft: -1,
    });
    expect(t.value.deadlines.find((d) => d.rule === 'order-school')).toMatchObject({
      date: '2026-07-15',
      status: 'missed',
    });
    const met = await api.call('setOrderCompliance', {
      caseDir,
      orderId: order.value.orderId,
      rule: 'order-school',
      metOn: '2026-07-14',
    });
    expect(met.ok && met.value.met).toEqual({ 'order-school': '2026-07-14' });
    const wrong = await api.call('setOrderCompliance', {
      caseDir,
      orderId: order.value.orderId,
      rule: 'order-amend',
      metOn: '2026-07-14',
    });
    expect(wrong.ok).toBe(false);
  });

  it('logs correspondence and exports the calendar', async () => {
    const added = await api.call('addLogEntry', {
      caseDir,
      entry: {
        date: '2026-07-01',
        direction: 'sent',
        from: 'Parent',
        to: 'LA',
        subject: 'Subject access request',
        replyDue: '2026-08-01',
      },
    });
    expect(added.ok).toBe(true);
    const log = await api.call('getCorrespondenceLog', { caseDir, today: '2026-08-03' });
    expect(log.ok && log.value.map((e) => [e.subject, e.overdue, e.daysOverdue])).toEqual([
      ['Subject access request', true, 2],
    ]);
    await api.call('addTimelineEvent', { caseDir, event: { kind: 'sar-received', date: '2026-07-02' } });
    const out = join(tmp.dir, 'sam.ics');
    const ics = await api.call('exportCalendar', { caseDir, path: out });
    expect(ics).toMatchObject({ ok: true, value: { deadlines: 1 } });
    const [event] = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    // 2 Jul + 1 month = Sun 2 Aug 2026 → Mon 3 Aug (ICO: next working day).
    expect(event?.startDate.toString()).toBe('2026-08-03');
  });
});
