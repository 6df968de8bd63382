import type { CalendarSettings, DeadlineResult } from '../../../shared/deadlines.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { WorkingCalendar } from './calendar.ts';
import { countLimb } from './count.ts';
import { formatDay, isIsoDay, isoOf, parts } from './dates.ts';
import { DEFAULT_TERMS } from './defaultTerms.ts';
import { findRule, RULES } from './rules.ts';
import type { DeadlineRule } from './ruleTypes.ts';

export interface DeadlineRequest {
  rule: string;
  /** Event dates keyed by the rule's flags, e.g. { decision: '2026-07-10', certificate: '2026-08-24' }. */
  dates: Record<string, string | undefined>;
  /** A user-set length, keyed by the rule's parameter flag (e.g. { days: 10 }). */
  params?: Record<string, number | undefined>;
}

/** A calendar from the user's settings; school days fall back to the documented default terms. */
export function calendarFor(settings?: Partial<CalendarSettings>): WorkingCalendar {
  const terms = settings?.terms;
  return new WorkingCalendar(settings?.extraHolidays ?? [], terms ?? DEFAULT_TERMS, terms === undefined);
}

/** Computes one deadline: the count, then the rule's end-day treatment, with its reasoning. */
export function computeDeadline(
  req: DeadlineRequest,
  calendar: WorkingCalendar = calendarFor(),
): Result<DeadlineResult> {
  const rule = findRule(req.rule);
  if (!rule) {
    return fail(
      'unknown-rule',
      `There is no deadline rule called "${req.rule}". Rules: ${RULES.map((r) => r.id).join(', ')}.`,
    );
  }
  for (const [flag, value] of Object.entries(req.dates)) {
    if (value !== undefined && !isIsoDay(value)) {
      return fail('bad-date', `--${flag} must be a real date written YYYY-MM-DD, like 2026-07-10 (got "${value}").`);
    }
    if (value !== undefined && !rule.limbs.some((l) => l.flag === flag)) {
      return fail(
        'unknown-event',
        `The ${rule.id} rule does not use --${flag}. It needs: ${rule.limbs.map((l) => `--${l.flag}`).join(', ')}.`,
      );
    }
  }
  let n: number | undefined;
  if (rule.parameter) {
    n = req.params?.[rule.parameter.flag] ?? rule.parameter.default;
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 3660) {
      return fail(
        'missing-length',
        `The ${rule.id} rule needs --${rule.parameter.flag} <number>: ${rule.parameter.label}.`,
      );
    }
  }
  const warnings: string[] = [];
  const phrases: string[] = [];
  let raw: string | undefined;
  for (const limb of rule.limbs) {
    const start = req.dates[limb.flag];
    if (start === undefined) {
      if (limb.required)
        return fail('missing-date', `The ${rule.id} rule needs --${limb.flag} YYYY-MM-DD: the date ${limb.label}.`);
      continue;
    }
    const counted = countLimb(limb, start, n ?? limb.n, calendar, {
      skipR12Days: rule.endDay === 'hesc-r12-3b',
      ...(rule.limbs.filter((l) => req.dates[l.flag] !== undefined).length > 1 ? { name: limb.flag } : {}),
    });
    if (!counted.ok) return counted;
    if (raw === undefined) {
      phrases.push(counted.value.phrase);
      raw = counted.value.date;
    } else if (counted.value.date > raw) {
      phrases.push(`${counted.value.phrase}, which is later, so it counts`);
      raw = counted.value.date;
    } else {
      phrases.push(`${counted.value.phrase}, which is not later`);
    }
  }
  if (raw === undefined) return fail('missing-date', `The ${rule.id} rule needs a start date.`);
  crossChecks(rule, req, warnings);
  const end = treatEndDay(rule, raw, calendar, warnings);
  phrases.push(...end.phrases);
  if (calendar.termsAreDefault && rule.limbs.some((l) => l.unit === 'school-days')) {
    warnings.push("Counted with Casebook's default term dates: enter the school's own term dates for an exact date.");
  }
  return ok({
    rule: rule.id,
    title: rule.title,
    date: end.date,
    rawDate: raw,
    basis: capitalise(phrases.join('; ')),
    source: rule.source,
    ruleText: rule.ruleText,
    who: rule.who,
    warnings,
    notes: rule.notes ?? [],
  });
}

function crossChecks(rule: DeadlineRule, req: DeadlineRequest, warnings: string[]): void {
  const [first, ...rest] = rule.limbs;
  const firstDate = first ? req.dates[first.flag] : undefined;
  for (const limb of rest) {
    const d = req.dates[limb.flag];
    if (firstDate && d && d < firstDate) {
      warnings.push(
        `The ${limb.flag} date (${formatDay(d)}) is before the ${first?.flag} date (${formatDay(firstDate)}): please check both.`,
      );
    }
  }
}

/** DOMAIN.md §5 "How to count": what happens when the last day is not a working day. */
function treatEndDay(
  rule: DeadlineRule,
  raw: string,
  cal: WorkingCalendar,
  warnings: string[],
): { date: string; phrases: string[] } {
  const why = cal.whyNotWorking(raw);
  switch (rule.endDay) {
    case 'raw': {
      if (why) {
        const phrase = `that is ${why}, but this deadline does not move`;
        warnings.push(
          rule.who === 'family'
            ? `${formatDay(raw)} is ${why}: the date does not move, so send yours before then.`
            : `${formatDay(raw)} is ${why}: the deadline does not move for it.`,
        );
        return { date: raw, phrases: [phrase] };
      }
      return { date: raw, phrases: [] };
    }
    case 'appeal-r12-3a': {
      const { year, month, dayOfMonth } = parts(raw);
      if (month === 8) {
        const date = cal.nextWorkingDayAfter(isoOf(year, 8, 31));
        return {
          date,
          phrases: [
            `appeals ending in August are in time on the first working day after 31 August: ${formatDay(date)}`,
          ],
        };
      }
      if ((month === 12 && dayOfMonth >= 25) || (month === 1 && dayOfMonth === 1)) {
        const date = cal.nextWorkingDayAfter(isoOf(month === 12 ? year + 1 : year, 1, 1));
        return {
          date,
          phrases: [
            `appeals ending between 25 December and 1 January are in time on the first working day after 1 January: ${formatDay(date)}`,
          ],
        };
      }
      return rollToWorkingDay(raw, why, cal, 'HESC r12(2)');
    }
    case 'hesc-r12-2':
    case 'hesc-r12-3b':
      return rollToWorkingDay(raw, why, cal, 'HESC r12(2)');
    case 'ico':
      return rollToWorkingDay(raw, why, cal, 'ICO guidance');
  }
}

function rollToWorkingDay(
  raw: string,
  why: string | undefined,
  cal: WorkingCalendar,
  authority: string,
): { date: string; phrases: string[] } {
  if (!why) return { date: raw, phrases: [] };
  const date = cal.nextWorkingDayAfter(raw);
  return { date, phrases: [`that is ${why}, so the next working day (${authority}): ${formatDay(date)}`] };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
