import Holidays from 'date-holidays';
import type { TermRange } from '../../../shared/deadlines.ts';
import { addDays, formatDay, parts, weekday } from './dates.ts';

/**
 * Working days (SEND Regs reg 2; HESC Rules r1): not a Saturday or Sunday, Christmas Day, Good
 * Friday or an England and Wales bank holiday. Bank holidays come from date-holidays (maintained,
 * offline, includes substitute days such as 28 December 2026); one-off proclaimed days (like
 * 19 September 2022) are added by the user.
 */
const ADDED = 'a bank holiday you added';

export class WorkingCalendar {
  private readonly holidays = new Map<string, string>();
  private readonly years = new Set<number>();
  private readonly lib = new Holidays('GB', 'ENG');

  constructor(
    extraHolidays: readonly string[] = [],
    readonly terms?: readonly TermRange[],
    readonly termsAreDefault = false,
  ) {
    for (const d of extraHolidays) this.holidays.set(d, ADDED);
  }

  private loadYear(year: number): void {
    if (this.years.has(year)) return;
    this.years.add(year);
    // Only type 'public': the library also lists observances (Mother's Day) and, for a holiday
    // that falls at a weekend, the weekend day itself alongside its substitute.
    for (const h of this.lib.getHolidays(year)) {
      if (h.type !== 'public') continue;
      const day = h.date.slice(0, 10);
      if (!this.holidays.has(day)) this.holidays.set(day, h.name);
    }
  }

  /** The bank holiday's name, or undefined. */
  holidayName(day: string): string | undefined {
    this.loadYear(parts(day).year);
    return this.holidays.get(day);
  }

  isWorkingDay(day: string): boolean {
    const wd = weekday(day);
    if (wd === 0 || wd === 6) return false;
    return this.holidayName(day) === undefined;
  }

  /** Why a day is not a working day, in words ("a Sunday", "Easter Monday"), or undefined. */
  whyNotWorking(day: string): string | undefined {
    const name = this.holidayName(day);
    if (name) return name === ADDED ? name : `${name} (a bank holiday)`;
    const wd = weekday(day);
    if (wd === 0) return 'a Sunday';
    if (wd === 6) return 'a Saturday';
    return undefined;
  }

  /** The first working day strictly after `day`. */
  nextWorkingDayAfter(day: string): string {
    let d = addDays(day, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** `day` itself if it is a working day, else the next one. */
  onOrNextWorkingDay(day: string): string {
    return this.isWorkingDay(day) ? day : this.nextWorkingDayAfter(day);
  }

  /** n working days after `day` (the day itself not counted); negative n counts back. */
  addWorkingDays(day: string, n: number): string {
    const step = n < 0 ? -1 : 1;
    let d = day;
    for (let left = Math.abs(n); left > 0;) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** A school day: a working day inside one of the term ranges (half-terms are the gaps). */
  isSchoolDay(day: string): boolean {
    if (!this.terms) return false;
    return this.isWorkingDay(day) && this.terms.some((t) => t.start <= day && day <= t.end);
  }

  /** n school days after `day`, or undefined when the term dates do not reach that far. */
  addSchoolDays(day: string, n: number): string | undefined {
    const lastTermDay = this.terms?.reduce((max, t) => (t.end > max ? t.end : max), '');
    if (!lastTermDay) return undefined;
    let d = day;
    for (let left = n; left > 0;) {
      d = addDays(d, 1);
      if (d > lastTermDay) return undefined;
      if (this.isSchoolDay(d)) left--;
    }
    return d;
  }

  describeDay(day: string): string {
    const why = this.whyNotWorking(day);
    return why ? `${formatDay(day)}, ${why}` : formatDay(day);
  }
}
