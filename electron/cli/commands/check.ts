import type { Command } from 'commander';
import { checkCaseDir } from '../../core/store/check.ts';
import { EXIT_FAILED, forTerminal, printJson, UsageError } from '../io.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check the case database and stored files (read-only: nothing is changed)')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .action((caseDir: string, opts: { json?: boolean }) => {
      const checked = checkCaseDir(caseDir);
      if (!checked.ok) {
        if (checked.code === 'not-a-case') throw new UsageError(checked.message);
        // A damaged or newer database: one line a person can act on, never a stack trace.
        if (opts.json) printJson({ ok: false, code: checked.code, message: checked.message });
        else process.stderr.write(`casebook: ${checked.message}\n`);
        process.exitCode = EXIT_FAILED;
        return;
      }
      const report = checked.value;
      if (opts.json) printJson(report);
      else {
        process.stdout.write(`${report.documents} documents, ${report.files} stored files.\n`);
        for (const p of report.problems) process.stdout.write(`${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${forTerminal(p.message)}\n`);
        process.stdout.write(report.ok ? 'The case is intact.\n' : 'The case has problems (see above).\n');
      }
      if (!report.ok) process.exitCode = EXIT_FAILED;
    });
}
