import ical, { ICalAlarmType } from 'ical-generator';
import { PARTY_LABELS, type CaseTimeline } from '../../../shared/deadlines.ts';
import { describeStatus } from './timeline.ts';

/**
 * The case's deadlines as an iCalendar file. All-day events: a deadline is a day, not a moment,
 * and ical-generator without a VTIMEZONE would write floating times in the machine's zone
 * (STACK.md). Each event carries the rule, its source and the reasoning; UIDs are stable so a
 * re-import updates rather than duplicates.
 */
export function timelineToIcs(timeline: CaseTimeline, childName: string): string {
  const cal = ical({
    name: `Casebook deadlines — ${childName}`,
    prodId: { company: 'Casebook', product: 'casebook', language: 'EN' },
  });
  for (const d of timeline.deadlines) {
    const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
    const start =
      d.startedBy.orderId !== undefined
        ? `order${d.startedBy.orderId}`
        : d.provisional
          ? `document${d.startedBy.documentId ?? 0}`
          : `event${d.startedBy.eventId ?? 0}`;
    const event = cal.createEvent({
      id: `${d.rule}-${start}@casebook.local`,
      start: new Date(Date.UTC(y, m - 1, day)),
      allDay: true,
      summary: `${d.title} (${PARTY_LABELS[d.who]})${d.provisional ? ' (provisional)' : ''}`,
      description: [
        `Status: ${d.status} — ${describeStatus(d)}`,
        ...(d.provisional ? [d.headline] : []),
        `Why this date: ${d.basis}.`,
        `The rule: ${d.ruleText}`,
        `Source: ${d.source}`,
        ...d.warnings.map((w) => `Warning: ${w}`),
        'Casebook works these dates out from the rules; it is not legal advice.',
      ].join('\n'),
    });
    if (d.status === 'due')
      event.createAlarm({ type: ICalAlarmType.display, trigger: 7 * 86_400, description: `7 days to go: ${d.title}` });
  }
  return cal.toString();
}
