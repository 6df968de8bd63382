import type { Command } from 'commander';
import { extname } from 'node:path';
import { call, EXIT_FAILED, usageError } from '../api.ts';
import { printJson, withProgress } from '../io.ts';

export function registerAppealPack(program: Command): void {
  program
    .command('appeal-pack')
    .description('Put what the SEND35 appeal form needs attached into one PDF, in order, and say what is missing')
    .argument('<caseDir>', 'the case folder')
    .requiredOption('--out <file.pdf>', 'where to write the pack')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, flags: { out: string; json?: boolean }) => {
      if (extname(flags.out).toLowerCase() !== '.pdf') throw usageError('--out must be a PDF file ending .pdf.');
      const r = await withProgress(flags.json, 'Opening the documents', (job) =>
        call('writeAppealPack', { caseDir, outPath: flags.out }, job),
      );
      if (r.enclosures.some((e) => e.status === 'missing')) process.exitCode = EXIT_FAILED;
      if (flags.json) return printJson(r);
      const w = (s: string) => process.stdout.write(`${s}\n`);
      w(`Wrote ${r.out}`);
      for (const e of r.enclosures)
        w(`  ${e.status === 'found' ? 'found  ' : 'MISSING'}  ${e.name}${e.note ? `\n           ${e.note}` : ''}`);
      for (const warning of r.warnings) w(`  ! ${warning}`);
    });
}
