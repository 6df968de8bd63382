import { describe, expect, it } from 'vitest';
import { casebook as run } from '../helpers/cli.ts';

/** Runs the real CLI (node bin/casebook.js), as scripts and users do. */
const casebook = (...args: string[]) => run(args);

describe('casebook deadline', () => {
  it('prints the appeal deadline as JSON with rule, date, basis and source', () => {
    const r = casebook('deadline', 'appeal', '--decision', '2026-07-10', '--certificate', '2026-08-24', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    // 10 Jul + 2 months = 10 Sep; 24 Aug + 1 month = Thu 24 Sep 2026, later and a working day.
    expect(out).toMatchObject({ rule: 'appeal', date: '2026-09-24', source: expect.stringContaining('r20') });
    expect(out.basis).toMatch(/24 September 2026/);
  });

  it.each([
    // 18 Dec + 14 = 1 Jan 2027 (served day is day 1), a bank holiday not moved.
    [['draft-response', '--served', '2026-12-18'], '2027-01-01'],
    // 2 Nov + 42 days = 14 Dec 2026.
    [['assessment-decision', '--request', '2026-11-02'], '2026-12-14'],
    // 2 Nov + 140 days = 22 Mar 2027.
    [['final-plan', '--request', '2026-11-02'], '2027-03-22'],
    // Thu 24 Dec: 25 Dec, weekend, 28 Dec substitute skipped → 29, 30, 31 Dec.
    [['mediation-certificate', '--informed', '2026-12-24'], '2026-12-31'],
    // 16 Jul + 28 = 13 Aug 2026.
    [['annual-review-decision', '--meeting', '2026-07-16'], '2026-08-13'],
    // 28 Feb 2027 is a Sunday → 1 Mar.
    [['sar', '--received', '2027-01-31'], '2027-03-01'],
  ])('%j → %s', (args, date) => {
    const r = casebook('deadline', ...args, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { date: string }).date).toBe(date);
  });

  it('lists every rule with the events it needs', () => {
    const r = casebook('deadline', '--list', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { rule: string; events: { flag: string }[] }[];
    const appeal = list.find((x) => x.rule === 'appeal');
    expect(appeal?.events.map((e) => e.flag)).toEqual(['decision', 'certificate']);
    expect(list.length).toBeGreaterThan(20);
  });

  it.each([
    [['appeal', '--decision', '2026-02-30'], /real date/],
    [['appeal', '--decision', '10/07/2026'], /YYYY-MM-DD/],
    [['appeal'], /--decision/],
    [['draft-response', '--decision', '2026-07-01'], /does not use --decision/],
    [['no-such-rule', '--decision', '2026-07-01'], /no deadline rule/],
  ])('refuses %j with exit code 2 and a clear message', (args, message) => {
    const r = casebook('deadline', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
