import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { analyseCase } from '../../core/evidence/analyseCase.ts';
import { buildGapReport, gapReportDocx, gapReportPdf } from '../../core/evidence/report/index.ts';
import { getCaseInfo } from '../../core/store/caseStore.ts';
import { printJson, UsageError, withCase } from '../io.ts';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write the evidence-map gap report (what each report recommends, what the plan says, what to ask for) as Word or PDF')
    .argument('<caseDir>', 'the case folder')
    .requiredOption('--out <file>', 'where to write it: a name ending .docx or .pdf')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { out: string; json?: boolean }) => {
      const ext = extname(opts.out).toLowerCase();
      if (ext !== '.docx' && ext !== '.pdf') throw new UsageError('--out must end in .docx (Word) or .pdf.');
      const out = resolve(opts.out);
      const report = await withCase(caseDir, async (store) => buildGapReport(await analyseCase(store), getCaseInfo(store).childName));
      const bytes = ext === '.docx' ? await gapReportDocx(report) : await gapReportPdf(report);
      writeFileSync(out, bytes);
      if (opts.json) printJson({ out, format: ext.slice(1), recommendations: report.rows.length, flags: report.flags.length, bytes: bytes.length });
      else process.stdout.write(`Wrote ${out} (${report.rows.length} recommendations, ${report.flags.length} red-pen flags).\n`);
    });
}
