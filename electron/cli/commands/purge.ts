import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { call, EXIT_FAILED } from '../api.ts';
import { forTerminal, printJson } from '../io.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function confirmed(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description('Remove deleted documents for good, and stored files nothing uses. Lists what goes and asks first.')
    .argument('<caseDir>', 'the case folder')
    .option('--yes', 'do not ask: remove what is listed')
    .option('--json', 'print JSON (needs --yes to remove anything)')
    .action(async (caseDir: string, opts: { yes?: boolean; json?: boolean }) => {
      const plan = await call('previewPurge', { caseDir });
      const { documents, files, bytes } = plan;
      if (!opts.json) {
        if (documents.length === 0 && files === 0) {
          process.stdout.write('Nothing to purge: no deleted documents, and every stored file is in use.\n');
          return;
        }
        process.stdout.write('These will be removed for good:\n');
        for (const d of documents)
          process.stdout.write(
            `  ${String(d.documentId).padStart(4)}  ${forTerminal(d.title)} (${forTerminal(d.fileName)})\n`,
          );
        if (files)
          process.stdout.write(`  ${files} stored file${files === 1 ? '' : 's'} nothing uses (${mb(bytes)})\n`);
      }
      let go = opts.yes === true;
      if (!go && !opts.json && process.stdin.isTTY) go = await confirmed('Remove them? This cannot be undone. [y/N] ');
      if (!go) {
        if (opts.json) printJson({ purged: false, ...plan });
        else
          process.stdout.write(
            process.stdin.isTTY
              ? 'Nothing was removed.\n'
              : 'Nothing was removed. Run again with --yes to remove them.\n',
          );
        if (!process.stdin.isTTY && !opts.json) process.exitCode = EXIT_FAILED;
        return;
      }
      const done = await call('purgeDeleted', { caseDir, documentIds: documents.map((d) => d.documentId) });
      if (opts.json) printJson({ purged: true, ...done });
      else
        process.stdout.write(
          `Removed ${done.documentsRemoved} document${done.documentsRemoved === 1 ? '' : 's'} and ${done.filesRemoved} file${done.filesRemoved === 1 ? '' : 's'} (${mb(done.bytesFreed)} freed).\n`,
        );
    });
}
