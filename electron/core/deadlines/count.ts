import { fail, ok, type Result } from '../../../shared/result.ts';
import type { WorkingCalendar } from './calendar.ts';
import { addDays, addMonths, formatDay, monthName, parts } from './dates.ts';
import { describeLength } from './rules.ts';
import type { Limb } from './ruleTypes.ts';

export interface Counted {
  date: string;
  /** "6 weeks after 2 November 2026 is 14 December 2026" */
  phrase: string;
}

/**
 * HESC r12(3)(b): in a SEN case, days from 25 December to 1 January and every day in August are
 * not counted at all for acts counted in days.
 */
export function isR12ExcludedDay(day: string): boolean {
  const { month, dayOfMonth } = parts(day);
  return month === 8 || (month === 12 && dayOfMonth >= 25) || (month === 1 && dayOfMonth === 1);
}

/** Counts one limb from its start date, without any end-day treatment. */
export function countLimb(
  limb: Limb,
  start: string,
  n: number,
  calendar: WorkingCalendar,
  opts: { skipR12Days?: boolean; name?: string } = {},
): Result<Counted> {
  // With two limbs (the appeal) each phrase names its event: "the certificate on 30 October 2026".
  const from = opts.name ? `the ${opts.name} on ${formatDay(start)}` : formatDay(start);
  const rel = n < 0 ? 'before' : 'after';
  switch (limb.unit) {
    case 'weeks': {
      const date = addDays(start, 7 * n);
      return ok({
        date,
        phrase: `${describeLength(limb, n).replace(/ before$/, '')} ${rel} ${from} is ${formatDay(date)}`,
      });
    }
    case 'days': {
      if (opts.skipR12Days) {
        let d = start;
        for (let left = n; left > 0;) {
          d = addDays(d, 1);
          if (!isR12ExcludedDay(d)) left--;
        }
        return ok({
          date: d,
          phrase: `${n} days after ${from}, not counting 25 December–1 January or any day in August, is ${formatDay(d)}`,
        });
      }
      const date = addDays(start, n);
      if (n === 0) return ok({ date, phrase: `the date set is ${formatDay(date)}` });
      return ok({ date, phrase: `${Math.abs(n)} days ${rel} ${from} is ${formatDay(date)}` });
    }
    case 'days-inclusive': {
      // "At least N days beginning with the day served": the serving day is day 1.
      const date = addDays(start, n - 1);
      return ok({ date, phrase: `${n} days beginning with ${from} (day 1) end on ${formatDay(date)}` });
    }
    case 'months': {
      const { date, clipped } = addMonths(start, n);
      const abs = Math.abs(n);
      const words = `${abs} month${abs === 1 ? '' : 's'} ${rel} ${from}`;
      const p = parts(date);
      const why = clipped ? ` (${monthName(p.month)} has no ${ordinal(parts(start).dayOfMonth)}, so its last day)` : '';
      return ok({ date, phrase: `${words} is ${formatDay(date)}${why}` });
    }
    case 'working-days': {
      const date = calendar.addWorkingDays(start, n);
      const abs = Math.abs(n);
      return ok({
        date,
        phrase: `${abs} working day${abs === 1 ? '' : 's'} ${rel} ${from} (not counting weekends or bank holidays) is ${formatDay(date)}`,
      });
    }
    case 'school-days': {
      if (!calendar.terms)
        return fail('no-term-dates', 'School days need the school’s term dates. Add them to the case first.');
      const date = calendar.addSchoolDays(start, n);
      if (!date) {
        return fail(
          'term-dates-short',
          `The term dates do not reach ${n} school days after ${from}. Add the school's term dates for that period.`,
        );
      }
      const whose = calendar.termsAreDefault ? 'Casebook’s default term dates' : 'the term dates you entered';
      return ok({
        date,
        phrase: `${n} school days after ${from} (using ${whose}; holidays and half-terms not counted) is ${formatDay(date)}`,
      });
    }
    case 'fixed': {
      if (!limb.fixed) return fail('bad-rule', 'This rule has no fixed date.');
      const { year } = parts(start);
      const named = `${limb.fixed.day} ${monthName(limb.fixed.month)} ${year}`;
      const on = `${year}-${String(limb.fixed.month).padStart(2, '0')}-${String(limb.fixed.day).padStart(2, '0')}`;
      const date = limb.fixed.before ? addDays(on, -1) : on;
      return ok({
        date,
        phrase: `a move on ${from} is in ${year}; ${limb.fixed.before ? `before ${named} means by ${formatDay(date)}` : `the date is ${named}`}`,
      });
    }
  }
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
