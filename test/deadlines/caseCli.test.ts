import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { casebook as run } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

const casebook = (...args: string[]) => run(args);
const json = <T>(r: { code: number | null; stdout: string; stderr: string }): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

let dir: string;
let cleanup: () => void;
let caseDir: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  caseDir = join(dir, 'case');
  expect(casebook('init', caseDir, '--child', 'Sam Example').code).toBe(0);
  // The fixture decision letter and mediation certificate are dated 10 July and 24 August 2026.
  expect(
    casebook('add', caseDir, join(FIXTURES, '06-decision-letter.pdf'), join(FIXTURES, '07-mediation-certificate.pdf'))
      .code,
  ).toBe(0);
});
afterAll(() => cleanup());

describe('casebook timeline, log and ics on a case', () => {
  it('suggests events from the imported letters, and confirming them starts the appeal clock', () => {
    const before = json<{ suggestions: { documentId: number; kind: string }[] }>(
      casebook('timeline', caseDir, '--json'),
    );
    const kinds = before.suggestions.map((s) => s.kind).sort();
    expect(kinds).toEqual(['certificate', 'decision-sent']);
    for (const s of before.suggestions)
      expect(casebook('timeline', 'add', caseDir, '--document', String(s.documentId)).code).toBe(0);
    const t = json<{ deadlines: { rule: string; date: string; status: string; daysLeft: number }[] }>(
      casebook('timeline', caseDir, '--json', '--today', '2026-09-01'),
    );
    // 10 Jul + 2 months = 10 Sep; certificate 24 Aug + 1 month = Thu 24 Sep 2026 (later): 23 days after 1 Sep.
    expect(t.deadlines.find((d) => d.rule === 'appeal')).toMatchObject({
      date: '2026-09-24',
      status: 'due',
      daysLeft: 23,
    });
  });

  it('records a tribunal order and reports the missed compliance deadline with the letter to send', () => {
    expect(
      casebook('timeline', 'order', caseDir, '--type', 'amend', '--date', '2026-12-16', '--text', 'Amend B and F').code,
    ).toBe(0);
    const t = json<{ deadlines: { rule: string; date: string; status: string; chaser?: string }[] }>(
      casebook('timeline', caseDir, '--json', '--today', '2027-01-25'),
    );
    // DOMAIN example: order of 16 December 2026 → 20 January 2027.
    expect(t.deadlines.find((d) => d.rule === 'order-amend')).toMatchObject({
      date: '2027-01-20',
      status: 'missed',
      chaser: 'tribunal-order-non-compliance',
    });
  });

  it('logs a letter with a reply due and flags it overdue', () => {
    const add = casebook(
      'log',
      'add',
      caseDir,
      '--date',
      '2026-07-01',
      '--direction',
      'sent',
      '--from',
      'Parent',
      '--to',
      'SEN team',
      '--subject',
      'Request for assessment',
      '--reply-due',
      '2026-07-15',
      '--json',
    );
    expect(add.code).toBe(0);
    const entries = json<{ subject: string; overdue: boolean; daysOverdue?: number }[]>(
      casebook('log', caseDir, '--json', '--today', '2026-07-20'),
    );
    expect(entries).toEqual([
      expect.objectContaining({ subject: 'Request for assessment', overdue: true, daysOverdue: 5 }),
    ]);
  });

  it('refuses a log entry with a bad date or direction (exit code 2)', () => {
    const bad = casebook(
      'log',
      'add',
      caseDir,
      '--date',
      '2026-02-30',
      '--direction',
      'sent',
      '--from',
      'a',
      '--to',
      'b',
      '--subject',
      's',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/real date/);
    expect(
      casebook(
        'log',
        'add',
        caseDir,
        '--date',
        '2026-02-03',
        '--direction',
        'up',
        '--from',
        'a',
        '--to',
        'b',
        '--subject',
        's',
      ).code,
    ).toBe(2);
  });

  it('writes an .ics file a calendar library reads', () => {
    const out = join(dir, 'case.ics');
    expect(casebook('ics', caseDir, '--out', out).code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    const dates = cal
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.summary.split(' (')[0], e.startDate.toString()]);
    expect(dates).toContainEqual(['Appeal to the SEND Tribunal', '2026-09-24']);
    expect(dates).toContainEqual(['Order to amend the plan: amended plan issued', '2027-01-20']);
  });
});
