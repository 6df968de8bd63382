import type { Command } from 'commander';
import { extname } from 'node:path';
import { call, usageError } from '../api.ts';
import { printJson, withProgress } from '../io.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'Write the evidence-map gap report (what each report recommends, what the plan says, what to ask for) as Word or PDF',
    )
    .argument('<caseDir>', 'the case folder')
    .requiredOption('--out <file>', 'where to write it: a name ending .docx or .pdf')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { out: string; json?: boolean }) => {
      const ext = extname(opts.out).toLowerCase();
      if (ext !== '.docx' && ext !== '.pdf') throw usageError('--out must end in .docx (Word) or .pdf.');
      const format = ext === '.docx' ? 'docx' : 'pdf';
      const written = await withProgress(opts.json, 'Opening the documents', (job) =>
        call('gapReport', { caseDir, format, outPath: opts.out }, job),
      );
      if (opts.json)
        printJson({
          out: written.path,
          format,
          recommendations: written.recommendations,
          flags: written.flags,
          bytes: written.bytes,
        });
      else
        process.stdout.write(
          `Wrote ${written.path} (${written.recommendations} recommendations, ${written.flags} red-pen flags).\n`,
        );
    });
}
