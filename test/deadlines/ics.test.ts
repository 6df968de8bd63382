import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseTimeline } from '../../electron/core/deadlines/caseTimeline.ts';
import { timelineToIcs } from '../../electron/core/deadlines/ics.ts';
import { addTimelineEvent } from '../../electron/core/store/deadlines.ts';
import { tempCase } from '../helpers/tempCase.ts';

describe('ics export', () => {
  it('writes all-day events that ical.js parses back to the same dates', () => {
    const { store, close } = tempCase('Zoë Łukasz');
    try {
      addTimelineEvent(store, { kind: 'decision-sent', date: '2026-06-30' });
      addTimelineEvent(store, { kind: 'sar-received', date: '2027-01-31' });
      const t = caseTimeline(store, '2026-07-01');
      const text = timelineToIcs(t, 'Zoë Łukasz');
      const cal = new ICAL.Component(ICAL.parse(text));
      expect(cal.getFirstPropertyValue('name') ?? cal.getFirstPropertyValue('x-wr-calname')).toMatch(/Zoë Łukasz/);
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const byTitle = new Map(events.map((e) => [e.summary, e]));
      const appeal = [...byTitle.entries()].find(([s]) => s.startsWith('Appeal to the SEND Tribunal'))?.[1];
      expect(appeal?.startDate.isDate).toBe(true);
      // 30 June + 2 months = 30 August → August rule → 1 September 2026.
      expect(appeal?.startDate.toString()).toBe('2026-09-01');
      expect(appeal?.description).toMatch(/first working day after 31 August/);
      const sar = events.find((e) => e.summary.startsWith('Reply to a subject access request'));
      // 28 Feb 2027 is a Sunday → 1 March.
      expect(sar?.startDate.toString()).toBe('2027-03-01');
      expect(events).toHaveLength(t.deadlines.length);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    } finally {
      close();
    }
  });
});
