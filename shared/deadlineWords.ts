import type { TimelineDeadline } from './deadlines.ts';

/**
 * The words Casebook prints for days and deadlines, the same in the CLI, PDFs and calendars.
 * Days are ISO days ("2026-07-10") read in UTC, so no time zone can shift them.
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 1–12 for an English month name in any case ("july", "July"); 0 when it is not one. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}

export function monthName(month1: number): string {
  return MONTH_NAMES[month1 - 1] ?? '';
}

/** en-GB long date, the way a letter writes it: "10 July 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${monthName(m)} ${y}`;
}

/** "Friday 10 July 2026". */
export function formatDayWithWeekday(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDay(day)}`;
}

/** A deadline's state in words: "met on 2026-07-01", "due today", "3 days left", "2 days overdue". */
export function describeStatus(d: TimelineDeadline): string {
  if (d.status === 'met') return `met on ${d.metOn}${d.metLate ? ' (late)' : ''}`;
  if (d.daysLeft === 0) return 'due today';
  if (d.daysLeft > 0) return `${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left`;
  const over = -d.daysLeft;
  return `${over} day${over === 1 ? '' : 's'} overdue`;
}
