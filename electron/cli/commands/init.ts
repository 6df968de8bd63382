import type { Command } from 'commander';
import { resolve } from 'node:path';
import { call } from '../api.ts';
import { printJson } from '../io.ts';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Create a new case in an empty folder')
    .argument('<caseDir>', 'folder for the case (created if missing)')
    .requiredOption('--child <name>', "the child's name")
    .option('--la <council>', 'the local authority')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { child: string; la?: string; json?: boolean }) => {
      await call('createCase', { caseDir, childName: opts.child, ...(opts.la ? { localAuthority: opts.la } : {}) });
      const dir = resolve(caseDir);
      if (opts.json) printJson({ caseDir: dir, childName: opts.child, localAuthority: opts.la ?? null });
      else process.stdout.write(`Created a case for ${opts.child} in ${dir}\n`);
    });
}
