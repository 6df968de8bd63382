import type { Command } from 'commander';
import { Channel, Direction, type LogEntry } from '../../../shared/deadlines.ts';
import { formatDay } from '../../../shared/deadlineWords.ts';
import { call, usageError } from '../api.ts';
import { collect, day, forTerminal, parsePositiveInt, printJson } from '../io.ts';

function printEntries(entries: LogEntry[]): void {
  if (entries.length === 0) {
    process.stdout.write(
      'No correspondence logged yet. Add some with: casebook log add <caseDir> --date … --direction sent|received …\n',
    );
    return;
  }
  for (const e of entries) {
    const reply = e.overdue
      ? `  REPLY OVERDUE by ${e.daysOverdue} day${e.daysOverdue === 1 ? '' : 's'} (due ${formatDay(e.replyDue ?? '')})`
      : e.replyDue
        ? e.repliedOn
          ? `  replied ${formatDay(e.repliedOn)}`
          : `  reply due by ${formatDay(e.replyDue)}`
        : '';
    process.stdout.write(
      `#${e.entryId}  ${formatDay(e.date)}  ${e.direction} ${e.channel}  ${forTerminal(e.from)} → ${forTerminal(e.to)}\n      ${forTerminal(e.subject)}${e.summary ? ` — ${forTerminal(e.summary)}` : ''}${reply}\n`,
    );
  }
}

export function registerLog(program: Command): void {
  const log = program
    .command('log')
    .description('The correspondence log: every letter, email and call, with replies due');

  log
    .command('show', { isDefault: true })
    .description('Show the log (imported emails are in it)')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .option('--search <text>', 'only entries whose subject, summary, sender or recipient contain this')
    .option('--overdue', 'only entries whose reply is overdue')
    .option(
      '--me <address>',
      'your email address, remembered in the case, so emails you sent are logged as sent (repeatable)',
      collect,
      [] as string[],
    )
    .option('--today <date>', 'judge overdue replies against this date instead of today')
    .action(
      async (
        caseDir: string,
        opts: { json?: boolean; search?: string; overdue?: boolean; me: string[]; today?: string },
      ) => {
        const today = opts.today === undefined ? undefined : day(opts.today, 'today');
        if (opts.me.length) await call('addOwnAddresses', { caseDir, addresses: opts.me });
        const all = await call('getCorrespondenceLog', {
          caseDir,
          ...(today ? { today } : {}),
          ...(opts.search ? { search: opts.search } : {}),
        });
        const entries = all.filter((e) => !opts.overdue || e.overdue);
        if (opts.json) printJson(entries);
        else printEntries(entries);
      },
    );

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
    .action(async (caseDir: string, o: Record<string, string | undefined>) => {
      const date = day(o.date, 'date');
      const direction = Direction.safeParse(o.direction);
      if (!direction.success) throw usageError('--direction must be sent or received.');
      const channel = Channel.safeParse(o.channel);
      if (!channel.success) throw usageError(`--channel must be one of: ${Channel.options.join(', ')}.`);
      for (const f of ['from', 'to', 'subject'] as const) if (!o[f]?.trim()) throw usageError(`Please give --${f}.`);
      const replyDue = o.replyDue === undefined ? undefined : day(o.replyDue, 'reply-due');
      const documentId = o.document === undefined ? undefined : parsePositiveInt(o.document, '--document');
      const entry = await call('addLogEntry', {
        caseDir,
        entry: {
          date,
          direction: direction.data,
          channel: channel.data,
          from: o.from!,
          to: o.to!,
          subject: o.subject!,
          ...(o.summary ? { summary: o.summary } : {}),
          ...(replyDue ? { replyDue } : {}),
          ...(documentId ? { documentId } : {}),
        },
      });
      if (o.json) printJson(entry);
      else process.stdout.write(`Logged #${entry.entryId}: ${entry.subject}.\n`);
    });

  log
    .command('replied')
    .description('Record that the reply to an entry arrived (or --undo)')
    .argument('<caseDir>', 'the case folder')
    .argument('<entryId>', 'the log entry number')
    .option('--date <date>', 'when the reply arrived')
    .option('--undo', 'clear it')
    .action(async (caseDir: string, id: string, opts: { date?: string; undo?: boolean }) => {
      const entryId = parsePositiveInt(id, 'The entry number');
      const repliedOn = opts.undo ? null : day(opts.date, 'date');
      if (!(await call('setLogReplied', { caseDir, entryId, repliedOn })).updated)
        throw usageError(`There is no log entry #${entryId}.`);
      process.stdout.write(
        repliedOn
          ? `Reply to #${entryId} recorded on ${formatDay(repliedOn)}.\n`
          : `Cleared the reply on #${entryId}.\n`,
      );
    });

  log
    .command('remove')
    .description('Remove a log entry made by mistake')
    .argument('<caseDir>', 'the case folder')
    .argument('<entryId>', 'the log entry number')
    .action(async (caseDir: string, id: string) => {
      const entryId = parsePositiveInt(id, 'The entry number');
      if (!(await call('removeLogEntry', { caseDir, entryId })).removed)
        throw usageError(`There is no log entry #${entryId}.`);
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
      if (!opts.csv && !opts.pdf) throw usageError('Give --csv <file> and/or --pdf <file>.');
      const search = opts.search ? { search: opts.search } : {};
      const written: { path: string; entries: number }[] = [];
      if (opts.csv)
        written.push(await call('exportCorrespondence', { caseDir, format: 'csv', path: opts.csv, ...search }));
      if (opts.pdf)
        written.push(await call('exportCorrespondence', { caseDir, format: 'pdf', path: opts.pdf, ...search }));
      const n = written[0]!.entries;
      process.stdout.write(
        `Exported ${n} entr${n === 1 ? 'y' : 'ies'} to ${written.map((w) => w.path).join(' and ')}.\n`,
      );
    });
}
