import type { Command } from 'commander';
import { call, usageError } from '../api.ts';
import { day } from '../io.ts';

export function registerIcs(program: Command): void {
  program
    .command('ics')
    .description("Export the case's deadlines as a calendar file (.ics) for any calendar app")
    .argument('<caseDir>', 'the case folder')
    .option('--out <file>', 'the .ics file to write')
    .option('--today <date>', 'judge status against this date instead of today')
    .action(async (caseDir: string, opts: { out?: string; today?: string }) => {
      if (!opts.out) throw usageError('Give --out <file.ics>.');
      const today = opts.today === undefined ? {} : { today: day(opts.today, 'today') };
      const { deadlines } = await call('exportCalendar', { caseDir, path: opts.out, ...today });
      process.stdout.write(`Wrote ${deadlines} deadline${deadlines === 1 ? '' : 's'} to ${opts.out}.\n`);
    });
}
