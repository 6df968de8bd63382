import type { Command } from 'commander';
import { extname } from 'node:path';
import { call, usageError } from '../api.ts';
import { collect, printJson, withProgress } from '../io.ts';

interface Flags {
  out: string;
  amendments?: string;
  from?: string;
  confirmedOnly?: boolean;
  agree?: string[];
  json?: boolean;
}

export function registerWorkdoc(program: Command): void {
  program
    .command('workdoc')
    .description(
      "Write the working document (the plan with the family's amendments in the tribunal's key, each footnoted to its evidence) as Word",
    )
    .argument('<caseDir>', 'the case folder')
    .requiredOption('--out <file.docx>', 'where to write the working document')
    .option('--amendments <file.docx>', 'also write the amendments sought (the table that goes with the SEND35 form)')
    .option(
      '--from <their.docx>',
      "build on their Word version (the LA's, or your earlier one), keeping every mark of theirs",
    )
    .option('--confirmed-only', 'only findings you have confirmed in the evidence map')
    .option(
      '--agree <text>',
      'mark an LA proposal (their italic wording) as agreed: underlined (repeat for each)',
      collect,
      [],
    )
    .option('--json', 'print JSON')
    .action(async (caseDir: string, flags: Flags) => {
      for (const [flag, path] of [
        ['--out', flags.out],
        ['--amendments', flags.amendments],
        ['--from', flags.from],
      ] as const) {
        if (path && extname(path).toLowerCase() !== '.docx')
          throw usageError(`${flag} must be a Word file ending .docx.`);
      }
      const input = {
        caseDir,
        outPath: flags.out,
        ...(flags.amendments ? { amendmentsPath: flags.amendments } : {}),
        ...(flags.from ? { fromPath: flags.from } : {}),
        ...(flags.confirmedOnly ? { confirmedOnly: true } : {}),
        ...(flags.agree?.length ? { agreed: flags.agree } : {}),
      };
      const r = await withProgress(flags.json, 'Opening the documents', (job) =>
        call('writeWorkingDocument', input, job),
      );
      if (flags.json) return printJson(r);
      const w = (s: string) => process.stdout.write(`${s}\n`);
      w(
        `Wrote ${r.out}: working document version ${r.version}, ${r.amendments} amendments, ${r.footnotes} footnotes, ${r.pagesEstimated ? 'about ' : ''}${r.pages} pages.`,
      );
      if (r.amendmentsOut) w(`Wrote ${r.amendmentsOut}: the amendments sought.`);
      for (const warning of r.warnings) w(`  ! ${warning}`);
    });
}
