import { writeOutput } from '../../core/store/safeOutput.ts';
import type { Command } from 'commander';
import { caseTimeline } from '../../core/deadlines/caseTimeline.ts';
import { timelineToIcs } from '../../core/deadlines/ics.ts';
import { getCaseInfo } from '../../core/store/caseStore.ts';
import { UsageError, withCase } from '../io.ts';
import { day } from './timeline.ts';

export function registerIcs(program: Command): void {
  program
    .command('ics')
    .description("Export the case's deadlines as a calendar file (.ics) for any calendar app")
    .argument('<caseDir>', 'the case folder')
    .option('--out <file>', 'the .ics file to write')
    .option('--today <date>', 'judge status against this date instead of today')
    .action((caseDir: string, opts: { out?: string; today?: string }) => {
      if (!opts.out) throw new UsageError('Give --out <file.ics>.');
      const today = opts.today === undefined ? undefined : day(opts.today, 'today');
      const out = opts.out;
      const count = withCase(caseDir, (store) => {
        const t = caseTimeline(store, today);
        const written = writeOutput(store.dir, out, timelineToIcs(t, getCaseInfo(store).childName));
        if (!written.ok) throw new UsageError(written.message);
        return t.deadlines.length;
      });
      process.stdout.write(`Wrote ${count} deadline${count === 1 ? '' : 's'} to ${opts.out}.\n`);
    });
}
