import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseTimeline } from '../../electron/core/deadlines/caseTimeline.ts';
import { upcoming } from '../../electron/core/deadlines/timeline.ts';
import { addTimelineEvent, addTribunalOrder, setOrderCompliance } from '../../electron/core/store/deadlines.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';
import type { CaseStore } from '../../electron/core/store/caseStore.ts';
import { tempCase } from '../helpers/tempCase.ts';

const TODAY = '2026-08-01';
let store: CaseStore;
let close: () => void;

beforeEach(() => {
  ({ store, close } = tempCase());
});
afterEach(() => close());

function letter(title: string, kind: 'decision-letter' | 'plan', date: string): number {
  return insertDocument(store, {
    fileName: `${title}.pdf`,
    sourceType: 'pdf',
    kind,
    title,
    date,
    original: new TextEncoder().encode(`${title} ${date}`),
    pages: [{ text: title, ocr: false }],
  });
}

const find = (rule: string) => {
  const d = caseTimeline(store, TODAY).deadlines.filter((x) => x.rule === rule);
  expect(d).toHaveLength(1);
  return d[0]!;
};

describe('case timeline', () => {
  it('marks an LA deadline met (late) when the completing event is recorded', () => {
    addTimelineEvent(store, { kind: 'assessment-request', date: '2026-05-01' });
    addTimelineEvent(store, { kind: 'assessment-decision', date: '2026-06-20' });
    // 1 May + 42 days = 12 June; the decision came on 20 June.
    expect(find('assessment-decision')).toMatchObject({
      date: '2026-06-12',
      status: 'met',
      metOn: '2026-06-20',
      metLate: true,
    });
    // 1 May + 140 days = 18 September: 48 days after 1 August.
    expect(find('final-plan')).toMatchObject({ date: '2026-09-18', status: 'due', daysLeft: 48, who: 'la' });
  });

  it('counts days left on the appeal and names the family as the party to act', () => {
    addTimelineEvent(store, { kind: 'decision-sent', date: '2026-07-10' });
    // 10 July + 2 months = Thu 10 September 2026: 30 + 10 days after 1 August.
    expect(find('appeal')).toMatchObject({ date: '2026-09-10', status: 'due', daysLeft: 40, who: 'family' });
  });

  it('uses a certificate recorded after the decision for the appeal limb', () => {
    addTimelineEvent(store, { kind: 'decision-sent', date: '2026-07-10' });
    addTimelineEvent(store, { kind: 'certificate', date: '2026-08-24' });
    // 24 Aug + 1 month = Thu 24 Sep 2026, later than 10 Sep.
    expect(find('appeal').date).toBe('2026-09-24');
  });

  it('tracks a tribunal order: missed with the non-compliance letter, then met', () => {
    const order = addTribunalOrder(store, { kind: 'amend', date: '2026-06-01', text: 'Amend sections B and F' });
    // 1 June + 35 days = 6 July 2026: 26 days before 1 August.
    expect(find('order-amend')).toMatchObject({
      date: '2026-07-06',
      status: 'missed',
      daysLeft: -26,
      chaser: 'tribunal-order-non-compliance',
    });
    setOrderCompliance(store, order.orderId, 'order-amend', '2026-07-03');
    expect(find('order-amend')).toMatchObject({ status: 'met', metOn: '2026-07-03', metLate: false });
  });

  it('offers no chaser for a deadline the family missed', () => {
    addTimelineEvent(store, { kind: 'draft-served', date: '2026-07-10' });
    // 10 July is day 1: the last day is 24 July.
    const d = find('draft-response');
    expect(d).toMatchObject({ date: '2026-07-24', status: 'missed' });
    expect(d.chaser).toBeUndefined();
  });

  it('suggests the decision event from a dated decision letter until it is confirmed', () => {
    const id = letter('Decision not to amend', 'decision-letter', '2026-07-10');
    const s = caseTimeline(store, TODAY).suggestions;
    expect(s).toEqual([expect.objectContaining({ documentId: id, kind: 'decision-sent', date: '2026-07-10' })]);
    addTimelineEvent(store, { kind: 'decision-sent', date: '2026-07-13', documentId: id, note: 'sent 13 July' });
    expect(caseTimeline(store, TODAY).suggestions).toEqual([]);
  });

  it('lists deadlines within 7 days as upcoming', () => {
    addTimelineEvent(store, { kind: 'mediation-declined', date: '2026-07-30' });
    // Thu 30 July + 3 working days: 31 Jul, 3 Aug, 4 Aug.
    expect(upcoming(caseTimeline(store, TODAY)).map((d) => [d.rule, d.date])).toEqual([
      ['mediation-certificate', '2026-08-04'],
    ]);
  });
});

describe('case timeline: clocks that stop applying', () => {
  it('drops the plan clocks once the LA refuses to assess, and counts the refusal as its decision', () => {
    addTimelineEvent(store, { kind: 'assessment-request', date: '2026-05-01' });
    addTimelineEvent(store, { kind: 'assessment-refused', date: '2026-06-10' });
    const rules = caseTimeline(store, TODAY).deadlines.map((d) => [d.rule, d.status]);
    // Decision due 12 June; the refusal on 10 June met it. No 16- or 20-week clocks remain.
    expect(rules).toEqual([['assessment-decision', 'met']]);
  });
});
