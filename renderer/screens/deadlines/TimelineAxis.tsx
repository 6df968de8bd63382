import { EVENT_KIND_LABELS, ORDER_KIND_LABELS, PARTY_LABELS, type CaseTimeline } from '../../../shared/deadlines.ts';
import { call } from '../../api.ts';
import { formatDate } from '../../format.ts';
import { DeadlineStatus, statusClass } from './DeadlineStatus.tsx';
import { isProvisional } from './provisional.ts';

type Item =
  | { type: 'event'; date: string; key: string; title: string; note?: string; eventId: number }
  | { type: 'order'; date: string; key: string; title: string; note?: string }
  | { type: 'deadline'; date: string; key: string; index: number };

/**
 * What happened and what is due, on one axis in date order, with today marked: a parent sees at a
 * glance what is behind them and what is coming.
 */
export function TimelineAxis({
  caseDir,
  timeline,
  onChanged,
}: {
  caseDir: string;
  timeline: CaseTimeline;
  onChanged: () => void;
}) {
  const items: Item[] = [
    ...timeline.events.map((e) => ({
      type: 'event' as const,
      date: e.date,
      key: `e${e.eventId}`,
      eventId: e.eventId,
      title: EVENT_KIND_LABELS[e.kind],
      ...(e.note ? { note: e.note } : {}),
    })),
    ...timeline.orders.map((o) => ({
      type: 'order' as const,
      date: o.date,
      key: `o${o.orderId}`,
      title: ORDER_KIND_LABELS[o.kind],
      note: o.text,
    })),
    ...timeline.deadlines.map((d, index) => ({ type: 'deadline' as const, date: d.date, key: `d${index}`, index })),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.type === 'deadline' ? 1 : 0) - (b.type === 'deadline' ? 1 : 0));
  const todayAt = items.findIndex((i) => i.date > timeline.today);
  const withToday: (Item | 'today')[] =
    todayAt < 0 ? [...items, 'today'] : [...items.slice(0, todayAt), 'today', ...items.slice(todayAt)];

  if (items.length === 0) {
    return (
      <p className="empty">
        Nothing on the timeline yet. Add the first event below, or confirm one suggested from your documents.
      </p>
    );
  }
  return (
    <ol className="tl" aria-label="Timeline of events and deadlines">
      {withToday.map((item) => {
        if (item === 'today') {
          return (
            <li key="today" className="tl-today">
              Today, {formatDate(timeline.today)}
            </li>
          );
        }
        if (item.type !== 'deadline') {
          return (
            <li key={item.key} className={`tl-item tl-${item.type}`}>
              <span className="tl-date">{formatDate(item.date)}</span>
              <span className="tl-what">
                <span className="tl-kind">{item.type === 'order' ? 'Tribunal order' : 'Event'}</span>
                <span>{item.title}</span>
                {item.note ? <span className="muted">{item.note}</span> : null}
                {item.type === 'event' ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove event: ${item.title}, ${formatDate(item.date)}`}
                    onClick={() => void call('removeTimelineEvent', { caseDir, eventId: item.eventId }).then(onChanged)}
                  >
                    Remove
                  </button>
                ) : null}
              </span>
            </li>
          );
        }
        const d = timeline.deadlines[item.index]!;
        return (
          <li key={item.key} className={`tl-item tl-deadline is-${statusClass(d)}`}>
            <span className="tl-date">{formatDate(d.date)}</span>
            <span className="tl-what">
              <span className="tl-kind">
                Deadline · {PARTY_LABELS[d.who]}
                {isProvisional(d) ? ' · provisional' : ''}
              </span>
              <span>{d.title}</span>
              <DeadlineStatus d={d} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
