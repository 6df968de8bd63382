import { writeOutput } from '../../core/store/safeOutput.ts';
import type { Command } from 'commander';
import { Channel, Direction, type LogEntry } from '../../../shared/deadlines.ts';
import { addLogEntry, correspondenceLog, logEntriesFromEmails, logToCsv } from '../../core/deadlines/correspondence.ts';
import { formatDay } from '../../core/deadlines/dates.ts';
import { logToPdf } from '../../core/deadlines/logPdf.ts';
import { getCaseInfo } from '../../core/store/caseStore.ts';
import { deleteLogEntry, setReplied } from '../../core/store/correspondence.ts';
import { addOwnAddresses } from '../../core/store/deadlines.ts';
import { parsePositiveInt, printJson, UsageError, withCase, forTerminal } from '../io.ts';
import { day } from './timeline.ts';

const collect = (v: string, acc: string[]) => [...acc, v];

function printEntries(entries: LogEntry[]): void {
  if (entries.length === 0) {
    process.stdout.write('No correspondence logged yet. Add some with: casebook log add <caseDir> --date … --direction sent|received …\n');
    return;
  }
  for (const e of entries) {
    const reply = e.overdue
      ? `  REPLY OVERDUE by ${e.daysOverdue} day${e.daysOverdue === 1 ? '' : 's'} (due ${formatDay(e.replyDue ?? '')})`
      : e.replyDue
        ? e.repliedOn ? `  replied ${formatDay(e.repliedOn)}` : `  reply due by ${formatDay(e.replyDue)}`
        : '';
    process.stdout.write(
      `#${e.entryId}  ${formatDay(e.date)}  ${e.direction} ${e.channel}  ${forTerminal(e.from)} → ${forTerminal(e.to)}\n      ${forTerminal(e.subject)}${e.summary ? ` — ${forTerminal(e.summary)}` : ''}${reply}\n`,
    );
  }
}

export function registerLog(program: Command): void {
  const log = program.command('log').description('The correspondence log: every letter, email and call, with replies due');

  log
    .command('show', { isDefault: true })
    .description('Show the log (imported emails are added to it first)')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .option('--search <text>', 'only entries whose subject, summary, sender or recipient contain this')
    .option('--overdue', 'only entries whose reply is overdue')
    .option('--me <address>', 'your email address, remembered in the case, so emails you sent are logged as sent (repeatable)', collect, [] as string[])
    .option('--today <date>', 'judge overdue replies against this date instead of today')
    .action((caseDir: string, opts: { json?: boolean; search?: string; overdue?: boolean; me: string[]; today?: string }) => {
      const today = opts.today === undefined ? undefined : day(opts.today, 'today');
      const entries = withCase(caseDir, (store) => {
        if (opts.me.length) addOwnAddresses(store, opts.me);
        logEntriesFromEmails(store);
        return correspondenceLog(store, { ...(today ? { today } : {}), ...(opts.search ? { search: opts.search } : {}) });
      }).filter((e) => !opts.overdue || e.overdue);
      if (opts.json) printJson(entries);
      else printEntries(entries);
    });

  log
    .command('add')
    .description('Log a letter, email, call or meeting')
    .argument('<caseDir>', 'the case folder')
    .option('--date <date>', 'the date (YYYY-MM-DD)')
    .option('--direction <dir>', 'sent or received')
    .option('--channel <type>', `how: ${Channel.options.join(', ')}`, 'letter')
    .option('--from <who>', 'who it was from')
    .option('--to <who>', 'who it was to')
    .option('--subject <text>', 'what it was about')
    .option('--summary <text>', 'what was said or asked')
    .option('--reply-due <date>', 'when a reply is due')
    .option('--document <id>', 'the document in the case (the letter itself)')
    .option('--json', 'print JSON')
    .action((caseDir: string, o: Record<string, string | undefined>) => {
      const date = day(o.date, 'date');
      if (!Direction.safeParse(o.direction).success) throw new UsageError('--direction must be sent or received.');
      if (!Channel.safeParse(o.channel).success) throw new UsageError(`--channel must be one of: ${Channel.options.join(', ')}.`);
      for (const f of ['from', 'to', 'subject'] as const) if (!o[f]?.trim()) throw new UsageError(`Please give --${f}.`);
      const replyDue = o.replyDue === undefined ? undefined : day(o.replyDue, 'reply-due');
      const documentId = o.document === undefined ? undefined : parsePositiveInt(o.document, '--document');
      const result = withCase(caseDir, (store) =>
        addLogEntry(store, {
          date, direction: o.direction, channel: o.channel, from: o.from, to: o.to, subject: o.subject,
          ...(o.summary ? { summary: o.summary } : {}), ...(replyDue ? { replyDue } : {}), ...(documentId ? { documentId } : {}),
        }),
      );
      if (!result.ok) throw new UsageError(result.message);
      if (o.json) printJson(result.value);
      else process.stdout.write(`Logged #${result.value.entryId}: ${result.value.subject}.\n`);
    });

  log
    .command('replied')
    .description('Record that the reply to an entry arrived (or --undo)')
    .argument('<caseDir>', 'the case folder')
    .argument('<entryId>', 'the log entry number')
    .option('--date <date>', 'when the reply arrived')
    .option('--undo', 'clear it')
    .action((caseDir: string, id: string, opts: { date?: string; undo?: boolean }) => {
      const entryId = parsePositiveInt(id, 'The entry number');
      const on = opts.undo ? null : day(opts.date, 'date');
      if (!withCase(caseDir, (store) => setReplied(store, entryId, on))) throw new UsageError(`There is no log entry #${entryId}.`);
      process.stdout.write(on ? `Reply to #${entryId} recorded on ${formatDay(on)}.\n` : `Cleared the reply on #${entryId}.\n`);
    });

  log
    .command('remove')
    .description('Remove a log entry made by mistake')
    .argument('<caseDir>', 'the case folder')
    .argument('<entryId>', 'the log entry number')
    .action((caseDir: string, id: string) => {
      const entryId = parsePositiveInt(id, 'The entry number');
      if (!withCase(caseDir, (store) => deleteLogEntry(store, entryId))) throw new UsageError(`There is no log entry #${entryId}.`);
      process.stdout.write(`Removed #${entryId}.\n`);
    });

  log
    .command('export')
    .description('Export the log as CSV and/or PDF, to hand to a new caseworker')
    .argument('<caseDir>', 'the case folder')
    .option('--csv <file>', 'write a CSV file')
    .option('--pdf <file>', 'write a PDF file')
    .option('--search <text>', 'only matching entries')
    .action(async (caseDir: string, opts: { csv?: string; pdf?: string; search?: string }) => {
      if (!opts.csv && !opts.pdf) throw new UsageError('Give --csv <file> and/or --pdf <file>.');
      await withCase(caseDir, async (store) => {
        logEntriesFromEmails(store);
        const entries = correspondenceLog(store, opts.search ? { search: opts.search } : {});
        const written = [
          ...(opts.csv ? [writeOutput(store.dir, opts.csv, logToCsv(entries))] : []),
          ...(opts.pdf ? [writeOutput(store.dir, opts.pdf, await logToPdf(entries, getCaseInfo(store).childName))] : []),
        ];
        const failed = written.find((w) => !w.ok);
        if (failed && !failed.ok) throw new UsageError(failed.message);
        process.stdout.write(`Exported ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}${opts.csv ? ` to ${opts.csv}` : ''}${opts.pdf ? ` ${opts.csv ? 'and ' : 'to '}${opts.pdf}` : ''}.\n`);
      });
    });
}
