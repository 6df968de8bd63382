import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { EVENT_KIND_LABELS, EventKind, ORDER_KIND_LABELS, OrderKind, PARTY_LABELS, TermRange } from '../../../shared/deadlines.ts';
import { caseTimeline } from '../../core/deadlines/caseTimeline.ts';
import { formatDay, isIsoDay } from '../../core/deadlines/dates.ts';
import { findRule } from '../../core/deadlines/rules.ts';
import { describeStatus } from '../../core/deadlines/timeline.ts';
import {
  addTimelineEvent,
  addTribunalOrder,
  deleteTimelineEvent,
  getCalendarSettings,
  listTribunalOrders,
  setCalendarSettings,
  setOrderCompliance,
} from '../../core/store/deadlines.ts';
import { getDocument } from '../../core/store/documents.ts';
import { parsePositiveInt, printJson, UsageError, withCase } from '../io.ts';

export function day(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`Please give --${flag} YYYY-MM-DD.`);
  if (!isIsoDay(value)) throw new UsageError(`--${flag} must be a real date written YYYY-MM-DD, like 2026-07-10 (got "${value}").`);
  return value;
}

function oneOf<T extends string>(schema: z.ZodEnum<Record<T, T>>, value: string | undefined, flag: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${flag} must be one of: ${schema.options.join(', ')}.`);
  return parsed.data;
}

export function registerTimeline(program: Command): void {
  const timeline = program.command('timeline').description("The case's key events and every deadline they start, with status");

  timeline
    .command('show', { isDefault: true })
    .description('Show events, deadlines (met, due, missed) and suggested events')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .option('--today <date>', 'count days left from this date instead of today')
    .action((caseDir: string, opts: { json?: boolean; today?: string }) => {
      const today = opts.today === undefined ? undefined : day(opts.today, 'today');
      const t = withCase(caseDir, (store) => caseTimeline(store, today));
      if (opts.json) return printJson(t);
      const out: string[] = [];
      out.push(`Events (${t.events.length}):`);
      for (const e of t.events) out.push(`  #${e.eventId}  ${formatDay(e.date)}  ${EVENT_KIND_LABELS[e.kind]} (${e.kind})${e.note ? ` — ${e.note}` : ''}`);
      for (const o of t.orders) out.push(`  order #${o.orderId}  ${formatDay(o.date)}  ${ORDER_KIND_LABELS[o.kind]}: ${o.text}`);
      out.push('', `Deadlines (today is ${formatDay(t.today)}):`);
      for (const d of t.deadlines) {
        out.push(`  [${d.status.toUpperCase()}] ${formatDay(d.date)}  ${d.title} — ${describeStatus(d)}; ${PARTY_LABELS[d.who]}`);
        if (d.provisional) {
          const confirm = (d.provisionalFrom ?? []).map((id) => `casebook timeline add ${caseDir} --document ${id}`).join(', then ');
          out.push(`      ${d.headline}. To confirm: ${confirm}`);
        }
        out.push(`      ${d.basis}. ${d.source}${d.chaser ? `  Letter to send: ${d.chaser}` : ''}`);
        for (const step of d.ifMissed ?? []) out.push(`      - ${step}`);
      }
      if (t.suggestions.length) out.push('', 'Suggested from your documents (confirm with "casebook timeline add … --document ID"):');
      for (const s of t.suggestions) out.push(`  document ${s.documentId}: ${EVENT_KIND_LABELS[s.kind]} (${s.kind}) on ${formatDay(s.date)}. ${s.reason}`);
      for (const p of t.problems) out.push(`  Problem: ${p}`);
      process.stdout.write(`${out.join('\n')}\n`);
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
    .action((caseDir: string, opts: { event?: string; date?: string; note?: string; document?: string; json?: boolean }) => {
      const documentId = opts.document === undefined ? undefined : parsePositiveInt(opts.document, '--document');
      const e = withCase(caseDir, (store) => {
        if (documentId !== undefined && !getDocument(store, documentId)) throw new UsageError(`There is no document ${documentId} in this case.`);
        // Confirming a suggestion: --document alone takes the suggested event and date.
        const suggested = documentId === undefined ? undefined : caseTimeline(store).suggestions.find((s) => s.documentId === documentId);
        const kind = oneOf(EventKind, opts.event ?? suggested?.kind, 'event');
        const date = day(opts.date ?? suggested?.date, 'date');
        return addTimelineEvent(store, { kind, date, ...(opts.note ? { note: opts.note } : {}), ...(documentId ? { documentId } : {}) });
      });
      if (opts.json) printJson(e);
      else process.stdout.write(`Recorded event #${e.eventId}: ${e.kind} on ${formatDay(e.date)}.\n`);
    });

  timeline
    .command('remove')
    .description('Remove an event entered by mistake')
    .argument('<caseDir>', 'the case folder')
    .argument('<eventId>', 'the event number')
    .action((caseDir: string, id: string) => {
      const eventId = parsePositiveInt(id, 'The event number');
      const removed = withCase(caseDir, (store) => deleteTimelineEvent(store, eventId));
      if (!removed) throw new UsageError(`There is no event #${eventId}.`);
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
    .action((caseDir: string, opts: { type?: string; date?: string; text: string; json?: boolean }) => {
      const kind = oneOf(OrderKind, opts.type, 'type');
      const date = day(opts.date, 'date');
      const o = withCase(caseDir, (store) => addTribunalOrder(store, { kind, date, text: opts.text }));
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
    .action((caseDir: string, id: string, ruleId: string, opts: { date?: string; undo?: boolean }) => {
      const orderId = parsePositiveInt(id, 'The order number');
      const metOn = opts.undo ? null : day(opts.date, 'date');
      const rule = findRule(ruleId);
      withCase(caseDir, (store) => {
        const order = listTribunalOrders(store).find((o) => o.orderId === orderId);
        if (!order) throw new UsageError(`There is no order #${orderId}.`);
        if (!rule?.orderKinds?.includes(order.kind)) throw new UsageError(`${ruleId} is not one of the deadlines of a "${order.kind}" order.`);
        setOrderCompliance(store, orderId, ruleId, metOn);
      });
      process.stdout.write(metOn ? `Recorded: ${ruleId} met on ${formatDay(metOn)}.\n` : `Cleared ${ruleId}.\n`);
    });

  timeline
    .command('calendar')
    .description("Add proclaimed bank holidays or the school's term dates (for school-day deadlines)")
    .argument('<caseDir>', 'the case folder')
    .option('--holiday <date>', 'a one-off bank holiday (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--terms <file>', 'JSON list of { "start", "end" } term ranges')
    .option('--json', 'print JSON')
    .action((caseDir: string, opts: { holiday: string[]; terms?: string; json?: boolean }) => {
      const added = opts.holiday.map((h) => day(h, 'holiday'));
      let terms: TermRange[] | undefined;
      if (opts.terms) {
        const parsed = z.array(TermRange).safeParse(JSON.parse(readFileSync(opts.terms, 'utf8')));
        if (!parsed.success) throw new UsageError(`${opts.terms} must be a JSON list of { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" }.`);
        terms = parsed.data;
      }
      const settings = withCase(caseDir, (store) => {
        const now = getCalendarSettings(store);
        setCalendarSettings(store, { extraHolidays: [...now.extraHolidays, ...added], ...(terms ? { terms } : {}) });
        return getCalendarSettings(store);
      });
      if (opts.json) return printJson(settings);
      process.stdout.write(
        `Extra bank holidays: ${settings.extraHolidays.join(', ') || 'none'}. Term dates: ${settings.terms ? `${settings.terms.length} ranges` : "Casebook's default"}.\n`,
      );
    });
}
