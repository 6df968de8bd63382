import type { Command } from 'commander';
import type { z } from 'zod';
import {
  EVENT_KIND_LABELS,
  EventKind,
  ORDER_KIND_LABELS,
  OrderKind,
  PARTY_LABELS,
  type CaseTimeline,
} from '../../../shared/deadlines.ts';
import { describeStatus, formatDay } from '../../../shared/deadlineWords.ts';
import { call, usageError } from '../api.ts';
import { collect, day, parsePositiveInt, printJson, readTerms } from '../io.ts';

function oneOf<T extends string>(schema: z.ZodEnum<Record<T, T>>, value: string | undefined, flag: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw usageError(`--${flag} must be one of: ${schema.options.join(', ')}.`);
  return parsed.data;
}

function printTimeline(t: CaseTimeline, caseDir: string): void {
  const out: string[] = [];
  out.push(`Events (${t.events.length}):`);
  for (const e of t.events)
    out.push(
      `  #${e.eventId}  ${formatDay(e.date)}  ${EVENT_KIND_LABELS[e.kind]} (${e.kind})${e.note ? ` — ${e.note}` : ''}`,
    );
  for (const o of t.orders)
    out.push(`  order #${o.orderId}  ${formatDay(o.date)}  ${ORDER_KIND_LABELS[o.kind]}: ${o.text}`);
  out.push('', `Deadlines (today is ${formatDay(t.today)}):`);
  for (const d of t.deadlines) {
    out.push(
      `  [${d.status.toUpperCase()}] ${formatDay(d.date)}  ${d.title} — ${describeStatus(d)}; ${PARTY_LABELS[d.who]}`,
    );
    if (d.provisional) {
      const confirm = (d.provisionalFrom ?? [])
        .map((id) => `casebook timeline add ${caseDir} --document ${id}`)
        .join(', then ');
      out.push(`      ${d.headline}. To confirm: ${confirm}`);
    }
    out.push(`      ${d.basis}. ${d.source}${d.chaser ? `  Letter to send: ${d.chaser}` : ''}`);
    for (const step of d.ifMissed ?? []) out.push(`      - ${step}`);
  }
  if (t.suggestions.length)
    out.push('', 'Suggested from your documents (confirm with "casebook timeline add … --document ID"):');
  for (const s of t.suggestions)
    out.push(
      `  document ${s.documentId}: ${EVENT_KIND_LABELS[s.kind]} (${s.kind}) on ${formatDay(s.date)}. ${s.reason}`,
    );
  for (const p of t.problems) out.push(`  Problem: ${p}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerTimeline(program: Command): void {
  const timeline = program
    .command('timeline')
    .description("The case's key events and every deadline they start, with status");

  timeline
    .command('show', { isDefault: true })
    .description('Show events, deadlines (met, due, missed) and suggested events')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .option('--today <date>', 'count days left from this date instead of today')
    .action(async (caseDir: string, opts: { json?: boolean; today?: string }) => {
      const t = await call('getTimeline', {
        caseDir,
        ...(opts.today === undefined ? {} : { today: day(opts.today, 'today') }),
      });
      if (opts.json) printJson(t);
      else printTimeline(t, caseDir);
    });

  timeline
    .command('add')
    .description('Record an event (e.g. --event decision-sent --date 2026-07-10)')
    .argument('<caseDir>', 'the case folder')
    .option('--event <kind>', `what happened: ${EventKind.options.join(', ')}`)
    .option('--date <date>', 'when (YYYY-MM-DD)')
    .option('--note <text>', 'a note')
    .option('--document <id>', 'the document it comes from (alone: confirms the suggested event)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseDir: string,
        opts: { event?: string; date?: string; note?: string; document?: string; json?: boolean },
      ) => {
        const documentId = opts.document === undefined ? undefined : parsePositiveInt(opts.document, '--document');
        // Confirming a suggestion: --document alone takes the suggested event and date.
        const suggested =
          documentId === undefined
            ? undefined
            : (await call('getTimeline', { caseDir })).suggestions.find((s) => s.documentId === documentId);
        const kind = oneOf(EventKind, opts.event ?? suggested?.kind, 'event');
        const date = day(opts.date ?? suggested?.date, 'date');
        const event = { kind, date, ...(opts.note ? { note: opts.note } : {}), ...(documentId ? { documentId } : {}) };
        const e = await call('addTimelineEvent', { caseDir, event });
        if (opts.json) printJson(e);
        else process.stdout.write(`Recorded event #${e.eventId}: ${e.kind} on ${formatDay(e.date)}.\n`);
      },
    );

  timeline
    .command('remove')
    .description('Remove an event entered by mistake')
    .argument('<caseDir>', 'the case folder')
    .argument('<eventId>', 'the event number')
    .action(async (caseDir: string, id: string) => {
      const eventId = parsePositiveInt(id, 'The event number');
      if (!(await call('removeTimelineEvent', { caseDir, eventId })).removed)
        throw usageError(`There is no event #${eventId}.`);
      process.stdout.write(`Removed event #${eventId}.\n`);
    });

  timeline
    .command('order')
    .description('Record a tribunal order; its Regs 44 compliance deadlines are tracked')
    .argument('<caseDir>', 'the case folder')
    .option('--type <kind>', `the order: ${OrderKind.options.join(', ')}`)
    .option('--date <date>', 'the date of the order')
    .option('--text <text>', 'what was ordered', '')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { type?: string; date?: string; text: string; json?: boolean }) => {
      const kind = oneOf(OrderKind, opts.type, 'type');
      const date = day(opts.date, 'date');
      const o = await call('addTribunalOrder', { caseDir, kind, date, text: opts.text });
      if (opts.json) printJson(o);
      else process.stdout.write(`Recorded order #${o.orderId} (${kind}) of ${formatDay(date)}.\n`);
    });

  timeline
    .command('complied')
    .description("Record that the LA did what an order required (the rule from the order's deadlines)")
    .argument('<caseDir>', 'the case folder')
    .argument('<orderId>', 'the order number')
    .argument('<rule>', 'the compliance rule, e.g. order-amend')
    .option('--date <date>', 'when the LA complied')
    .option('--undo', 'clear it again')
    .action(async (caseDir: string, id: string, rule: string, opts: { date?: string; undo?: boolean }) => {
      const orderId = parsePositiveInt(id, 'The order number');
      const metOn = opts.undo ? null : day(opts.date, 'date');
      await call('setOrderCompliance', { caseDir, orderId, rule, metOn });
      process.stdout.write(metOn ? `Recorded: ${rule} met on ${formatDay(metOn)}.\n` : `Cleared ${rule}.\n`);
    });

  timeline
    .command('calendar')
    .description("Add proclaimed bank holidays or the school's term dates (for school-day deadlines)")
    .argument('<caseDir>', 'the case folder')
    .option('--holiday <date>', 'a one-off bank holiday (repeatable)', collect, [] as string[])
    .option('--terms <file>', 'JSON list of { "start", "end" } term ranges')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { holiday: string[]; terms?: string; json?: boolean }) => {
      const added = opts.holiday.map((h) => day(h, 'holiday'));
      const terms = opts.terms ? readTerms(opts.terms) : undefined;
      const now = await call('getCalendarSettings', { caseDir });
      const settings = await call('setCalendarSettings', {
        caseDir,
        extraHolidays: [...now.extraHolidays, ...added],
        ...(terms ? { terms } : {}),
      });
      if (opts.json) return printJson(settings);
      process.stdout.write(
        `Extra bank holidays: ${settings.extraHolidays.join(', ') || 'none'}. Term dates: ${settings.terms ? `${settings.terms.length} ranges` : "Casebook's default"}.\n`,
      );
    });
}
