import type {
  CalendarSettings,
  CaseTimeline,
  DeadlineResult,
  EventSuggestion,
  TimelineDeadline,
  TimelineEvent,
  TribunalOrder,
} from '../../../shared/deadlines.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { daysBetween } from './dates.ts';
import { calendarFor, computeDeadline } from './engine.ts';
import { RULES } from './rules.ts';
import type { DeadlineRule } from './ruleTypes.ts';
import { suggestEvents } from './suggest.ts';

export interface TimelineInput {
  today: string;
  events: TimelineEvent[];
  orders: TribunalOrder[];
  documents: DocumentSummary[];
  settings?: Partial<CalendarSettings>;
}

const startKinds = (rule: DeadlineRule) => {
  const first = rule.limbs[0];
  return first?.kind ? [first.kind, ...(first.alsoKinds ?? [])] : [];
};

/**
 * Every deadline that the recorded events and orders start, with its status against `today`:
 * met (a completing event is recorded), due (days left) or missed (days overdue). Pure: the
 * caller reads the store and passes "today", so tests can fix the date.
 */
export function buildTimeline(input: TimelineInput): CaseTimeline {
  const calendar = calendarFor(input.settings);
  const deadlines: TimelineDeadline[] = [];
  const problems: string[] = [];
  const events = [...input.events].sort((a, b) => a.date.localeCompare(b.date) || a.eventId - b.eventId);

  for (const rule of RULES) {
    const kinds = startKinds(rule);
    if (kinds.length === 0) continue;
    const anchors = events.filter((e) => kinds.includes(e.kind));
    for (const [i, anchor] of anchors.entries()) {
      const next = anchors[i + 1];
      const dates: Record<string, string> = {};
      for (const [j, limb] of rule.limbs.entries()) {
        if (j === 0) {
          dates[limb.flag] = anchor.date;
          continue;
        }
        // A later limb (the mediation certificate) belongs to this anchor if it falls before the next one.
        const own = events.filter((e) => e.kind === limb.kind && e.date >= anchor.date && (!next || e.date < next.date));
        const latest = own.at(-1);
        if (latest) dates[limb.flag] = latest.date;
      }
      const result = computeDeadline({ rule: rule.id, dates }, calendar);
      if (!result.ok) {
        problems.push(`${rule.title} (from ${anchor.date}): ${result.message}`);
        continue;
      }
      const cancelled = events.some((e) => rule.cancelledBy?.includes(e.kind) && e.date >= anchor.date && (!next || e.date < next.date));
      if (cancelled) continue;
      const done = events.find((e) => e.eventId !== anchor.eventId && rule.completedBy?.includes(e.kind) && e.date >= anchor.date);
      deadlines.push(withStatus(result.value, rule, input.today, done?.date, { eventId: anchor.eventId, date: anchor.date }));
    }
  }

  for (const order of input.orders) {
    for (const rule of RULES.filter((r) => r.orderKinds?.includes(order.kind))) {
      const flag = rule.limbs[0]?.flag ?? 'order';
      const result = computeDeadline({ rule: rule.id, dates: { [flag]: order.date } }, calendar);
      if (!result.ok) {
        problems.push(`${rule.title}: ${result.message}`);
        continue;
      }
      deadlines.push(withStatus(result.value, rule, input.today, order.met[rule.id], { orderId: order.orderId, date: order.date }));
    }
  }

  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.rule.localeCompare(b.rule));
  const suggestions: EventSuggestion[] = suggestEvents(input.documents, events);
  return { today: input.today, events, orders: input.orders, deadlines, suggestions, problems };
}

function withStatus(
  d: DeadlineResult,
  rule: DeadlineRule,
  today: string,
  metOn: string | undefined,
  startedBy: TimelineDeadline['startedBy'],
): TimelineDeadline {
  const daysLeft = daysBetween(today, d.date);
  if (metOn) return { ...d, status: 'met', daysLeft, metOn, metLate: metOn > d.date, startedBy };
  const missed = daysLeft < 0;
  const chaser = missed && rule.who !== 'family' && rule.chaser ? { chaser: rule.chaser } : {};
  return { ...d, status: missed ? 'missed' : 'due', daysLeft, startedBy, ...chaser };
}

/** "3 days left", "due today", "12 days overdue", "met on 2026-07-01". */
export { describeStatus } from '../../../shared/deadlineWords.ts';

/** Deadlines still open and within `days` of today: the reminder shown when a case is opened. */
export function upcoming(timeline: CaseTimeline, days = 7): TimelineDeadline[] {
  return timeline.deadlines.filter((d) => d.status === 'due' && d.daysLeft <= days);
}
