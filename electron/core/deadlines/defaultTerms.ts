import type { TermRange } from '../../../shared/deadlines.ts';

/**
 * School days need the school's own term dates: every LA (and every academy) sets its own, with
 * its own INSET days. Until the user enters them, Casebook counts with this typical English
 * pattern (six half-terms a year; half-term weeks and holidays are the gaps) and says so in every
 * result that used it. Each range is a half-term, first and last day of teaching inclusive.
 * Source: a typical LA calendar pattern for England; NOT any particular LA's dates.
 */
export const DEFAULT_TERMS: readonly TermRange[] = [
  // 2025/26
  { start: '2025-09-03', end: '2025-10-24' },
  { start: '2025-11-03', end: '2025-12-19' },
  { start: '2026-01-05', end: '2026-02-13' },
  { start: '2026-02-23', end: '2026-03-27' },
  { start: '2026-04-13', end: '2026-05-22' },
  { start: '2026-06-01', end: '2026-07-22' },
  // 2026/27
  { start: '2026-09-02', end: '2026-10-23' },
  { start: '2026-11-02', end: '2026-12-18' },
  { start: '2027-01-05', end: '2027-02-12' },
  { start: '2027-02-22', end: '2027-03-25' },
  { start: '2027-04-12', end: '2027-05-28' },
  { start: '2027-06-07', end: '2027-07-21' },
  // 2027/28
  { start: '2027-09-02', end: '2027-10-22' },
  { start: '2027-11-01', end: '2027-12-17' },
  { start: '2028-01-04', end: '2028-02-11' },
  { start: '2028-02-21', end: '2028-03-31' },
  { start: '2028-04-18', end: '2028-05-26' },
  { start: '2028-06-05', end: '2028-07-21' },
];
