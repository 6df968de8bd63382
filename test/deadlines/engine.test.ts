import { describe, expect, it } from 'vitest';
import { calendarFor, computeDeadline } from '../../electron/core/deadlines/engine.ts';
import { RULES } from '../../electron/core/deadlines/rules.ts';
import { WORKED_CASES } from './engine.cases.ts';

describe('deadline engine: worked cases (expected dates worked out by hand)', () => {
  it('covers every rule and has at least 40 cases', () => {
    expect(WORKED_CASES.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(WORKED_CASES.map((c) => c.rule));
    const untested = RULES.map((r) => r.id).filter(
      (id) => !covered.has(id) && !id.startsWith('order-') && !id.startsWith('conceded-'),
    );
    expect(untested).toEqual([]);
  });

  it.each(WORKED_CASES)('$rule $dates → $expect ($why)', (c) => {
    const calendar = calendarFor({ extraHolidays: c.holidays ?? [], ...(c.terms ? { terms: c.terms } : {}) });
    const r = computeDeadline({ rule: c.rule, dates: c.dates, ...(c.params ? { params: c.params } : {}) }, calendar);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.date).toBe(c.expect);
    expect(r.value.source).not.toBe('');
    expect(r.value.basis).toContain(String(Number(c.expect.slice(8, 10))));
    const rawWarning = r.value.warnings.some((w) => /does not move/.test(w));
    expect(rawWarning).toBe(Boolean(c.warns));
  });
});

describe('deadline engine: reasoning a parent can follow', () => {
  it('explains the August rule for an appeal', () => {
    const r = computeDeadline({ rule: 'appeal', dates: { decision: '2026-06-30' } });
    expect(r.ok && r.value.basis).toBe(
      '2 months after 30 June 2026 is 30 August 2026; appeals ending in August are in time on the first working day after 31 August: 1 September 2026',
    );
  });

  it('says a draft-plan reply due on a bank holiday does not move, and warns to send earlier', () => {
    const r = computeDeadline({ rule: 'draft-response', dates: { served: '2026-12-18' } });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.basis).toContain('15 days beginning with 18 December 2026 (day 1) end on 1 January 2027');
    expect(r.value.warnings.join(' ')).toMatch(/New Year's Day.*send yours before then/);
  });

  it('names the month-end rule when the month is short', () => {
    const r = computeDeadline({ rule: 'appeal', dates: { decision: '2026-12-31' } });
    expect(r.ok && r.value.basis).toContain('February has no 31st');
  });

  it('says which appeal limb won', () => {
    const r = computeDeadline({ rule: 'appeal', dates: { decision: '2026-09-15', certificate: '2026-10-30' } });
    expect(r.ok && r.value.basis).toMatch(/certificate on 30 October 2026 is 30 November 2026, which is later/);
  });

  it('warns when the default term dates were used for school days', () => {
    const r = computeDeadline({ rule: 'educational-record', dates: { received: '2026-10-14' } });
    expect(r.ok && r.value.warnings.join(' ')).toMatch(/default term dates/);
  });
});

describe('deadline engine: bad input is refused with a message', () => {
  it.each([
    [{ rule: 'appeal', dates: {} }, 'missing-date', /--decision/],
    [{ rule: 'appeal', dates: { decision: '2027-02-29' } }, 'bad-date', /real date/],
    [{ rule: 'appeal', dates: { decision: '10/07/2026' } }, 'bad-date', /YYYY-MM-DD/],
    [
      { rule: 'appeal', dates: { decision: '2026-07-10', served: '2026-07-01' } },
      'unknown-event',
      /does not use --served/,
    ],
    [{ rule: 'nonsense', dates: {} }, 'unknown-rule', /no deadline rule/],
    [{ rule: 'tribunal-direction', dates: { from: '2026-07-10' } }, 'missing-length', /--days/],
  ])('%j → %s', (req, code, message) => {
    const r = computeDeadline(req);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  });

  it('refuses school days beyond the term dates it knows', () => {
    const r = computeDeadline(
      { rule: 'educational-record', dates: { received: '2027-02-10' } },
      calendarFor({ terms: [{ start: '2027-01-05', end: '2027-02-12' }] }),
    );
    expect(r.ok).toBe(false);
  });
});
