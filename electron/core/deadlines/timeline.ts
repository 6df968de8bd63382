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
import { daysBetween, formatDay } from './dates.ts';
import { ifMissed } from './ifMissed.ts';
import { calendarFor, computeDeadline } from './engine.ts';
import { RULES } from './rules.ts';
import type { DeadlineRule } from './ruleTypes.ts';
import { CONFIRM_WHAT, suggestEvents } from './suggest.ts';

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

/** An event the clocks count from: recorded, or (negative id) implied by a document's date. */
type ClockEvent = TimelineEvent & { provisional?: boolean };

const byDate = <E extends TimelineEvent>(list: E[]): E[] =>
  [...list].sort((a, b) => a.date.localeCompare(b.date) || a.eventId - b.eventId);

/**
 * The events the documents imply, until the user confirms them: a suggestion counts unless the
 * user has recorded an event of the same kind on or after its date (then theirs wins).
 */
function provisionalEvents(suggestions: EventSuggestion[], events: TimelineEvent[]): ClockEvent[] {
  const seen = new Set<string>();
  return (
    suggestions
      .filter((s) => !events.some((e) => e.kind === s.kind && e.date >= s.date))
      // Two copies of one letter imply one event, not two clocks.
      .filter((s) => !seen.has(`${s.kind} ${s.date}`) && seen.add(`${s.kind} ${s.date}`))
      .map((s, i) => ({ eventId: -(i + 1), kind: s.kind, date: s.date, documentId: s.documentId, provisional: true }))
  );
}

/**
 * Every deadline that the recorded events and orders start, with its status against `today`:
 * met (a completing event is recorded), due (days left) or missed (days overdue). Documents whose
 * dates imply a clock (a decision letter, a certificate, a plan) start provisional deadlines until
 * the user confirms the real date. Pure: the caller reads the store and passes "today", so tests
 * can fix the date.
 */
export function buildTimeline(input: TimelineInput): CaseTimeline {
  const calendar = calendarFor(input.settings);
  const deadlines: TimelineDeadline[] = [];
  const problems: string[] = [];
  const events = byDate(input.events);
  const suggestions: EventSuggestion[] = suggestEvents(input.documents, events);
  const clock: ClockEvent[] = byDate([...events, ...provisionalEvents(suggestions, events)]);

  for (const rule of RULES) {
    const kinds = startKinds(rule);
    if (kinds.length === 0) continue;
    const anchors = clock.filter((e) => kinds.includes(e.kind));
    for (const [i, anchor] of anchors.entries()) {
      const next = anchors[i + 1];
      const within = (e: ClockEvent) => e.date >= anchor.date && (!next || e.date < next.date);
      const dates: Record<string, string> = {};
      const used: ClockEvent[] = [anchor];
      for (const [j, limb] of rule.limbs.entries()) {
        if (j === 0) {
          dates[limb.flag] = anchor.date;
          continue;
        }
        // A later limb (the mediation certificate) belongs to this anchor if it falls before the next one.
        const latest = clock.filter((e) => e.kind === limb.kind && within(e)).at(-1);
        if (latest) {
          dates[limb.flag] = latest.date;
          used.push(latest);
        }
      }
      const result = computeDeadline({ rule: rule.id, dates }, calendar);
      if (!result.ok) {
        problems.push(`${rule.title} (from ${anchor.date}): ${result.message}`);
        continue;
      }
      if (clock.some((e) => rule.cancelledBy?.includes(e.kind) && within(e))) continue;
      const done = clock.find(
        (e) => e.eventId !== anchor.eventId && rule.completedBy?.includes(e.kind) && e.date >= anchor.date,
      );
      if (done) used.push(done);
      const startedBy = anchor.provisional
        ? { documentId: anchor.documentId, date: anchor.date }
        : { eventId: anchor.eventId, date: anchor.date };
      deadlines.push(withStatus(result.value, rule, input.today, done?.date, startedBy, used));
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
      deadlines.push(
        withStatus(
          result.value,
          rule,
          input.today,
          order.met[rule.id],
          { orderId: order.orderId, date: order.date },
          [],
        ),
      );
    }
  }

  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.rule.localeCompare(b.rule));
  return { today: input.today, events, orders: input.orders, deadlines, suggestions, problems };
}

/** "Appeal by 24 September 2026 (provisional: confirm the date the letter was sent)". */
function headline(rule: DeadlineRule, date: string, unconfirmed: ClockEvent | undefined): string {
  const what = `${rule.action ?? rule.title} by ${formatDay(date)}`;
  if (!unconfirmed) return what;
  return `${what} (provisional: confirm ${CONFIRM_WHAT[unconfirmed.kind] ?? 'the date on the document'})`;
}

function withStatus(
  d: DeadlineResult,
  rule: DeadlineRule,
  today: string,
  metOn: string | undefined,
  startedBy: TimelineDeadline['startedBy'],
  used: ClockEvent[],
): TimelineDeadline {
  const daysLeft = daysBetween(today, d.date);
  const unconfirmed = used.filter((e) => e.provisional);
  const provisional = unconfirmed.length
    ? {
        provisional: true,
        provisionalFrom: [...new Set(unconfirmed.map((e) => e.documentId).filter((id) => id !== undefined))],
      }
    : {};
  const base = { ...d, daysLeft, startedBy, ...provisional, headline: headline(rule, d.date, unconfirmed[0]) };
  if (metOn) return { ...base, status: 'met', metOn, metLate: metOn > d.date };
  if (daysLeft >= 0) return { ...base, status: 'due' };
  const chaser = rule.who !== 'family' && rule.chaser ? { chaser: rule.chaser } : {};
  return { ...base, status: 'missed', ...chaser, ifMissed: ifMissed(rule) };
}

/** "3 days left", "due today", "12 days overdue", "met on 2026-07-01". */
export { describeStatus } from '../../../shared/deadlineWords.ts';

/** Deadlines still open and within `days` of today: the reminder shown when a case is opened. */
export function upcoming(timeline: CaseTimeline, days = 7): TimelineDeadline[] {
  return timeline.deadlines.filter((d) => d.status === 'due' && d.daysLeft <= days);
}
