import type { Command } from 'commander';
import { call, EXIT_FAILED } from '../api.ts';
import { forTerminal, printJson } from '../io.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check the case database and stored files (read-only: nothing is changed)')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { json?: boolean }) => {
      const report = await call('checkCase', { caseDir });
      if (opts.json) printJson(report);
      else {
        process.stdout.write(`${report.documents} documents, ${report.files} stored files.\n`);
        for (const p of report.problems)
          process.stdout.write(`${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${forTerminal(p.message)}\n`);
        process.stdout.write(report.ok ? 'The case is intact.\n' : 'The case has problems (see above).\n');
      }
      if (!report.ok) process.exitCode = EXIT_FAILED;
    });
}
