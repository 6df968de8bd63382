import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import { formatDate, plural } from '../../format.ts';

/** Within this many days a due deadline is shown as "soon" (and the case reminds on opening). */
export const SOON_DAYS = 7;

export function statusClass(d: TimelineDeadline): 'met' | 'soon' | 'due' | 'missed' {
  if (d.status === 'due' && d.daysLeft <= SOON_DAYS) return 'soon';
  return d.status;
}

/** The status in words ("Due in 3 days", "Missed by 12 days", "Met on 1 July 2026") with its colour. */
export function DeadlineStatus({ d }: { d: TimelineDeadline }) {
  const cls = statusClass(d);
  let words: string;
  if (d.status === 'met') words = `Met on ${formatDate(d.metOn)}${d.metLate ? ' (late)' : ''}`;
  else if (d.status === 'missed') words = `Missed by ${plural(-d.daysLeft, 'day')}`;
  else if (d.daysLeft === 0) words = 'Due today';
  else words = `Due in ${plural(d.daysLeft, 'day')}`;
  return <span className={`dl-status dl-${cls}`}>{words}</span>;
}
