import type { Command } from 'commander';
import { initCase } from '../../core/store/caseStore.ts';
import { printJson, UsageError } from '../io.ts';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Create a new case in an empty folder')
    .argument('<caseDir>', 'folder for the case (created if missing)')
    .requiredOption('--child <name>', "the child's name")
    .option('--la <council>', 'the local authority')
    .option('--json', 'print JSON')
    .action((caseDir: string, opts: { child: string; la?: string; json?: boolean }) => {
      const made = initCase(caseDir, { childName: opts.child, ...(opts.la ? { localAuthority: opts.la } : {}) });
      if (!made.ok) throw new UsageError(made.message);
      made.value.close();
      if (opts.json) printJson({ caseDir: made.value.dir, childName: opts.child, localAuthority: opts.la ?? null });
      else process.stdout.write(`Created a case for ${opts.child} in ${made.value.dir}\n`);
    });
}
