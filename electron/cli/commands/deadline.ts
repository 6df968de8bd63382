import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { PARTY_LABELS, TermRange, type DeadlineResult } from '../../../shared/deadlines.ts';
import { formatDayWithWeekday, isIsoDay } from '../../core/deadlines/dates.ts';
import { calendarFor, computeDeadline } from '../../core/deadlines/engine.ts';
import { RULES, summariseRule } from '../../core/deadlines/rules.ts';
import { getCalendarSettings } from '../../core/store/deadlines.ts';
import { printJson, UsageError, withCase } from '../io.ts';

/** Every event and length flag any rule uses, so `deadline <rule> --<event> D` parses for all. */
const EVENT_FLAGS = [...new Set(RULES.flatMap((r) => r.limbs.map((l) => l.flag)))];
const PARAM_FLAGS = [...new Set(RULES.flatMap((r) => (r.parameter ? [r.parameter.flag] : [])))];
const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function registerDeadline(program: Command): void {
  const cmd = program
    .command('deadline')
    .description('Work out a statutory deadline, with its rule, source and reasoning (casebook deadline --list shows every rule)')
    .argument('[rule]', 'the rule, e.g. appeal, draft-response, assessment-decision')
    .option('--list', 'list every rule and the dates it needs')
    .option('--json', 'print JSON')
    .option('--holiday <date>', 'a proclaimed one-off bank holiday to add (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--terms <file>', 'JSON file of school term dates: [{ "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" }, …]')
    .option('--case <caseDir>', "use the case's proclaimed holidays and term dates");
  for (const flag of EVENT_FLAGS) cmd.option(`--${flag} <date>`, `event date (YYYY-MM-DD) for rules that use --${flag}`);
  for (const flag of PARAM_FLAGS) cmd.option(`--${flag} <number>`, 'length for rules whose length you set');
  cmd.action((ruleId: string | undefined, opts: Record<string, unknown>) => {
    if (opts.list) return printList(Boolean(opts.json));
    if (!ruleId) throw new UsageError('Name a rule, e.g. "casebook deadline appeal --decision 2026-07-10", or see them all with --list.');
    const saved = typeof opts.case === 'string' ? withCase(opts.case, (store) => getCalendarSettings(store)) : undefined;
    const fromFile = termsFrom(opts.terms as string | undefined);
    const calendar = calendarFor({
      extraHolidays: [...(saved?.extraHolidays ?? []), ...holidays(opts.holiday as string[])],
      ...(fromFile.terms ? fromFile : saved?.terms ? { terms: saved.terms } : {}),
    });
    const dates: Record<string, string> = {};
    for (const flag of EVENT_FLAGS) {
      const v = opts[camel(flag)];
      if (typeof v === 'string') dates[flag] = v;
    }
    const params: Record<string, number> = {};
    for (const flag of PARAM_FLAGS) {
      const v = opts[camel(flag)];
      if (typeof v !== 'string') continue;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${flag} must be a whole number (got "${v}").`);
      params[flag] = n;
    }
    const rule = RULES.find((r) => r.id === ruleId);
    const stray = Object.keys(params).find((f) => rule && rule.parameter?.flag !== f);
    if (stray) throw new UsageError(`The ${ruleId} rule does not use --${stray}.`);
    const result = computeDeadline({ rule: ruleId, dates, params }, calendar);
    if (!result.ok) throw new UsageError(result.message);
    if (opts.json) printJson(result.value);
    else printResult(result.value);
  });
}

function holidays(values: string[]): string[] {
  for (const v of values) if (!isIsoDay(v)) throw new UsageError(`--holiday must be a real date written YYYY-MM-DD (got "${v}").`);
  return values;
}

function termsFrom(file: string | undefined): { terms?: TermRange[] } {
  if (!file) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UsageError(`Could not read term dates from ${file}: it must be a JSON list of { "start", "end" } dates.`);
  }
  const terms = z.array(TermRange).safeParse(parsed);
  if (!terms.success) throw new UsageError(`${file} must be a JSON list of { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } term ranges.`);
  return { terms: terms.data };
}

function printList(json: boolean): void {
  const list = RULES.map(summariseRule);
  if (json) return printJson(list);
  for (const r of list) {
    const flags = [
      ...r.events.map((e) => (e.required ? `--${e.flag} D` : `[--${e.flag} D]`)),
      ...r.parameters.map((p) => `--${p.flag} N`),
    ].join(' ');
    process.stdout.write(`${r.rule} ${flags}\n    ${r.title} — ${r.length}. ${r.source}\n`);
  }
}

function printResult(r: DeadlineResult): void {
  const lines = [
    `${r.title}: ${formatDayWithWeekday(r.date)}`,
    `  Why: ${r.basis}.`,
    `  Who must act: ${PARTY_LABELS[r.who]}`,
    `  The rule: ${r.ruleText}`,
    `  Source: ${r.source}`,
    ...r.warnings.map((w) => `  Warning: ${w}`),
    ...r.notes.map((n) => `  Note: ${n}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
