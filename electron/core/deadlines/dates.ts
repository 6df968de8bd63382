/**
 * Calendar arithmetic on ISO days ("2026-07-10"), in UTC so no time zone or clock change can
 * shift a deadline by a day.
 */

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (rejects 2027-02-30 and 2026-7-1). */
export function isIsoDay(value: string): boolean {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toMs(day: string): number {
  const m = ISO_RE.exec(day);
  if (!m) throw new Error(`not an ISO day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromMs(toMs(day) + n * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/**
 * Calendar months (Dodds v Walker [1981] HL): the period ends on the corresponding date of the
 * later month; where that month has no such date (31 January + 1 month) it ends on its last day.
 * Negative n counts back the same way.
 */
export function addMonths(day: string, n: number): { date: string; clipped: boolean } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const last = daysInMonth(year, month0);
  const clipped = d > last;
  return { date: fromMs(Date.UTC(year, month0, clipped ? last : d)), clipped };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(toMs(day)).getUTCDay();
}

// The words for days live in shared/ (the CLI and the app print them too); the deadline modules
// import them from here with the arithmetic.
export { formatDay, formatDayWithWeekday, monthName } from '../../../shared/deadlineWords.ts';

export function parts(day: string): { year: number; month: number; dayOfMonth: number } {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return { year, month, dayOfMonth };
}

export function isoOf(year: number, month: number, dayOfMonth: number): string {
  return fromMs(Date.UTC(year, month - 1, dayOfMonth));
}

/** Today in the user's local calendar (not UTC: just after midnight in June is already "today"). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
