import type { Command } from 'commander';
import type { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import { call, usageError } from '../api.ts';
import { day, forTerminal, printJson, withProgress } from '../io.ts';

interface Flags {
  json?: boolean;
  out?: string;
  password?: string;
  profile?: string;
  appealType?: string;
  hearingDate?: string;
  fullOcr?: boolean;
}

function printSummary(o: BundleCheckOutcome): void {
  const w = process.stdout;
  const r = o.report;
  const name = (id: number) => forTerminal(o.titles[String(id)] ?? `document ${id}`);
  const attention = r.documents.filter((d) => d.status !== 'present');
  w.write(
    `${forTerminal(o.fileName)}: ${r.pages} pages. ${attention.length} of your ${r.documents.length} documents need attention.\n\n`,
  );
  for (const d of r.documents) {
    const where = d.labels ? ` at ${d.labels}` : '';
    const missing = d.pagesMissing?.length ? `; pages ${d.pagesMissing.join(', ')} of the document missing` : '';
    w.write(`  ${d.status.padEnd(13)} ${name(d.documentId)}${where}${missing}${d.note ? ` (${d.note})` : ''}\n`);
  }
  if (o.differences.length) {
    w.write('\nWhere the bundle’s version differs from yours:\n');
    for (const x of o.differences)
      w.write(
        `  ${name(x.documentId)}, ${x.label ?? `page ${x.page}`}:\n    yours:  ${x.case.replace(/\n/g, ' ') || '(nothing)'}\n    bundle: ${x.bundle.replace(/\n/g, ' ') || '(nothing)'}\n`,
      );
  }
  if (r.index.length) {
    w.write('\nIndex:\n');
    for (const i of r.index)
      w.write(`  ${i.problem}: ${i.entry} (listed ${i.listed ?? '—'}, actually ${i.actual ?? '—'})\n`);
  }
  if (r.warnings.length) {
    w.write('\nOther checks:\n');
    for (const x of r.warnings) w.write(`  - ${forTerminal(x.message)}\n`);
  }
  if (r.extra.length) {
    w.write('\nPages that are not from your documents (usually the council’s own evidence):\n');
    for (const e of r.extra) w.write(`  ${e.labels}: ${forTerminal(e.text.slice(0, 90))}\n`);
  }
  w.write(
    `\nThe bundle you checked is kept in the case (check ${o.checkId}).${o.reportPath ? ` Report: ${o.reportPath}` : ''}\n`,
  );
}

export function registerBundleCheck(program: Command): void {
  program
    .command('bundle-check')
    .description(
      'Check the hearing bundle the local authority sent against the case: what is missing, incomplete, out of date or wrongly indexed',
    )
    .argument('<caseDir>', 'the case folder')
    .argument('<bundle>', 'the bundle PDF the local authority sent')
    .option('--json', 'print the result as JSON')
    .option('--out <file>', 'also write the report: a name ending .docx (Word) or .pdf')
    .option('--password <password>', 'the password, if the bundle is locked')
    .option('--profile <name>', 'bundle profile with the page limits (default: pd-2025-send)')
    .option('--appeal-type <type>', 'sets the evidence page limit (e.g. contents-b-f, refusal-to-assess)')
    .option('--hearing-date <date>', 'the hearing date (YYYY-MM-DD): expert reports’ age is judged on it')
    .option(
      '--full-ocr',
      'read every scanned page whole, however many (by default they are, up to 60; beyond that only what matching and labels need)',
    )
    .action(async (caseDir: string, bundle: string, flags: Flags) => {
      if (flags.out && !/\.(docx|pdf)$/i.test(flags.out)) throw usageError('--out must end in .docx (Word) or .pdf.');
      const hearingDate = flags.hearingDate === undefined ? undefined : day(flags.hearingDate, 'hearing-date');
      const result: BundleCheckOutcome = await withProgress(flags.json, 'Opening the bundle', (job) =>
        call(
          'checkReceivedBundle',
          {
            caseDir,
            bundlePath: bundle,
            ...(flags.password !== undefined ? { password: flags.password } : {}),
            ...(flags.profile ? { profileId: flags.profile } : {}),
            ...(flags.appealType ? { appealType: flags.appealType } : {}),
            ...(hearingDate ? { hearingDate } : {}),
            ...(flags.fullOcr ? { ocrMode: 'full' as const } : {}),
            ...(flags.out ? { reportPath: flags.out } : {}),
          },
          job,
        ),
      );
      if (flags.json) printJson(result.report);
      else printSummary(result);
    });
}
