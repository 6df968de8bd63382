import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { relative } from 'node:path';
import { DocumentKind, type ImportOutcome } from '../../../shared/documents.ts';
import { defaultDocxRenderer } from '../../core/documents/renderDocxDefault.ts';
import { importPaths } from '../../core/importers/importFiles.ts';
import { EXIT_FAILED, printJson, UsageError, withCase } from '../io.ts';

function describe(o: ImportOutcome): string {
  const name = relative(process.cwd(), o.path) || o.path;
  switch (o.status) {
    case 'imported':
      return `  imported   ${name} (${o.pages} page${o.pages === 1 ? '' : 's'}, document ${o.documentId})`;
    case 'duplicate':
      return `  duplicate  ${name} (already in the case as document ${o.documentId})`;
    case 'rejected':
      return `  rejected   ${name}\n             ${o.reason}`;
  }
}

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('Import files or folders (PDF, Word, photos and scans, emails) into a case')
    .argument('<caseDir>', 'the case folder')
    .argument('<paths...>', 'files or folders to import')
    .option('--kind <kind>', `set the kind of every file (${DocumentKind.options.join(', ')})`)
    .option('--password <password>', 'password to open protected PDFs')
    .option('--json', 'print one JSON array, one object per input')
    .action(async (caseDir: string, paths: string[], opts: { kind?: string; password?: string; json?: boolean }) => {
      const kind = opts.kind === undefined ? undefined : DocumentKind.safeParse(opts.kind);
      if (kind && !kind.success) throw new UsageError(`--kind must be one of: ${DocumentKind.options.join(', ')}.`);
      const outcomes = await withCase(caseDir, async (store) => {
        const bar = !opts.json && process.stderr.isTTY ? new SingleBar({ format: '{bar} {percentage}% | {message}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
        bar?.start(1, 0, { message: '' });
        const renderer = defaultDocxRenderer();
        try {
          return await importPaths(store, paths, {
            ...(kind?.success ? { kind: kind.data } : {}),
            ...(opts.password ? { password: opts.password } : {}),
            ...(renderer ? { docxRenderer: renderer } : {}),
            onProgress: (p) => {
              bar?.setTotal(Math.max(1, p.total));
              bar?.update(p.done, { message: p.message });
            },
          });
        } finally {
          bar?.stop();
          await renderer?.close?.();
        }
      });
      if (opts.json) printJson(outcomes);
      else {
        for (const o of outcomes) process.stdout.write(`${describe(o)}\n`);
        const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
        process.stdout.write(`${count('imported')} imported, ${count('duplicate')} already in the case, ${count('rejected')} not imported.\n`);
      }
      if (outcomes.some((o) => o.status === 'rejected')) process.exitCode = EXIT_FAILED;
    });
}
