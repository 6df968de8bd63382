import type { Command } from 'commander';
import { relative } from 'node:path';
import { DocumentKind, type ImportOutcome } from '../../../shared/documents.ts';
import { call, EXIT_FAILED, usageError } from '../api.ts';
import { forTerminal, printJson, progressBar, promptHidden, readLineFromStdin } from '../io.ts';

function describe(o: ImportOutcome): string {
  const name = forTerminal(relative(process.cwd(), o.path) || o.path);
  switch (o.status) {
    case 'imported':
      return `  imported   ${name} (${o.pages} page${o.pages === 1 ? '' : 's'}, document ${o.documentId})${(o.warnings ?? []).map((w) => `\n             ${forTerminal(w)}`).join('')}`;
    case 'duplicate':
      return `  duplicate  ${name} (already in the case as document ${o.documentId})`;
    case 'rejected':
      return `  rejected   ${name}\n             ${forTerminal(o.reason ?? '')}`;
  }
}

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('Import files or folders (PDF, Word, photos and scans, emails) into a case')
    .argument('<caseDir>', 'the case folder')
    .argument('<paths...>', 'files or folders to import')
    .option('--kind <kind>', `set the kind of every file (${DocumentKind.options.join(', ')})`)
    .option('--ask-password', 'ask for the password of protected PDFs (typed, not shown)')
    .option('--password-stdin', 'read the password of protected PDFs from standard input')
    .option(
      '--password <password>',
      'password to open protected PDFs (visible to other users in ps and kept in shell history: prefer --ask-password)',
    )
    .option('--json', 'print one JSON array, one object per input')
    .action(
      async (
        caseDir: string,
        paths: string[],
        opts: { kind?: string; password?: string; askPassword?: boolean; passwordStdin?: boolean; json?: boolean },
      ) => {
        const kind = opts.kind === undefined ? undefined : DocumentKind.safeParse(opts.kind);
        if (kind && !kind.success) throw usageError(`--kind must be one of: ${DocumentKind.options.join(', ')}.`);
        if ([opts.password !== undefined, opts.askPassword, opts.passwordStdin].filter(Boolean).length > 1) {
          throw usageError('Give the password one way only: --ask-password, --password-stdin or --password.');
        }
        const password = opts.passwordStdin
          ? await readLineFromStdin()
          : opts.askPassword
            ? await promptHidden('Password for protected PDFs: ')
            : opts.password;
        const bar = progressBar(opts.json);
        let outcomes: ImportOutcome[];
        try {
          const input = {
            caseDir,
            paths,
            ...(kind?.success ? { kind: kind.data } : {}),
            ...(password ? { password } : {}),
          };
          // The app's `passwordProblem` hint is for its password box; the CLI prints the reason.
          outcomes = (await call('importFiles', input, { onProgress: bar.onProgress })).map(
            ({ passwordProblem: _hint, ...o }) => o,
          );
        } finally {
          bar.stop();
        }
        if (opts.json) printJson(outcomes);
        else {
          for (const o of outcomes) process.stdout.write(`${describe(o)}\n`);
          const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
          process.stdout.write(
            `${count('imported')} imported, ${count('duplicate')} already in the case, ${count('rejected')} not imported.\n`,
          );
        }
        if (outcomes.some((o) => o.status === 'rejected')) process.exitCode = EXIT_FAILED;
      },
    );
}
