import type { Command } from 'commander';
import { PARTY_LABELS, type DeadlineResult, type RuleSummary } from '../../../shared/deadlines.ts';
import { formatDayWithWeekday } from '../../../shared/deadlineWords.ts';
import { call, usageError } from '../api.ts';
import { collect, day, printJson, readTerms } from '../io.ts';

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export async function registerDeadline(program: Command, asked: boolean): Promise<void> {
  const cmd = program
    .command('deadline')
    .description(
      'Work out a statutory deadline, with its rule, source and reasoning (casebook deadline --list shows every rule)',
    )
    .argument('[rule]', 'the rule, e.g. appeal, draft-response, assessment-decision')
    .option('--list', 'list every rule and the dates it needs')
    .option('--json', 'print JSON')
    .option('--holiday <date>', 'a proclaimed one-off bank holiday to add (repeatable)', collect, [] as string[])
    .option('--terms <file>', 'JSON file of school term dates: [{ "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" }, …]')
    .option('--case <caseDir>', "use the case's proclaimed holidays and term dates");
  if (!asked) return;
  // Every event and length flag any rule uses, so `deadline <rule> --<event> D` parses for all.
  const rules = await call('listDeadlineRules', {});
  const eventFlags = [...new Set(rules.flatMap((r) => r.events.map((e) => e.flag)))];
  const paramFlags = [...new Set(rules.flatMap((r) => r.parameters.map((p) => p.flag)))];
  for (const flag of eventFlags) cmd.option(`--${flag} <date>`, `event date (YYYY-MM-DD) for rules that use --${flag}`);
  for (const flag of paramFlags) cmd.option(`--${flag} <number>`, 'length for rules whose length you set');
  cmd.action(async (ruleId: string | undefined, opts: Record<string, unknown>) => {
    if (opts.list) return printList(rules, Boolean(opts.json));
    if (!ruleId)
      throw usageError(
        'Name a rule, e.g. "casebook deadline appeal --decision 2026-07-10", or see them all with --list.',
      );
    const dates: Record<string, string> = {};
    for (const flag of eventFlags) {
      const v = opts[camel(flag)];
      if (typeof v === 'string') dates[flag] = day(v, flag);
    }
    const params: Record<string, number> = {};
    for (const flag of paramFlags) {
      const v = opts[camel(flag)];
      if (typeof v !== 'string') continue;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw usageError(`--${flag} must be a whole number (got "${v}").`);
      params[flag] = n;
    }
    const rule = rules.find((r) => r.rule === ruleId);
    const stray = Object.keys(params).find((f) => rule && !rule.parameters.some((p) => p.flag === f));
    if (stray) throw usageError(`The ${ruleId} rule does not use --${stray}.`);
    const result = await call('computeDeadline', {
      rule: ruleId,
      dates,
      params,
      extraHolidays: (opts.holiday as string[]).map((h) => day(h, 'holiday')),
      ...(typeof opts.terms === 'string' ? { terms: readTerms(opts.terms) } : {}),
      ...(typeof opts.case === 'string' ? { caseDir: opts.case } : {}),
    });
    if (opts.json) printJson(result);
    else printResult(result);
  });
}

function printList(list: RuleSummary[], json: boolean): void {
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
