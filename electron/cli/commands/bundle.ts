import type { Command } from 'commander';
import type { BundleOptions } from '../../../shared/bundle.ts';
import { call, EXIT_FAILED, usageError } from '../api.ts';
import { day, forTerminal, parsePositiveInt, printJson, progressBar } from '../io.ts';

interface BundleFlags {
  out?: string;
  check?: boolean;
  profile?: string;
  pack?: string;
  anonymise?: boolean;
  dividers?: boolean;
  appealType?: string;
  reference?: string;
  hearingDate?: string;
  timeout?: string;
  json?: boolean;
}

/** `bundle --check`: the pre-flight through the API, as the bundle screen shows it. */
async function preflight(caseDir: string, flags: BundleFlags): Promise<void> {
  const options: BundleOptions = {
    ...(flags.profile ? { profileId: flags.profile } : {}),
    ...(flags.pack ? { pack: flags.pack } : {}),
    ...(flags.appealType ? { appealType: flags.appealType } : {}),
    ...(flags.hearingDate ? { hearingDate: day(flags.hearingDate, 'hearing-date') } : {}),
  };
  const problems = await call('preflightBundle', { caseDir, options });
  if (flags.json) printJson({ problems });
  else if (problems.length === 0) process.stdout.write('Nothing to fix: the bundle is ready to build and send.\n');
  else {
    process.stdout.write(
      `${problems.length} thing${problems.length === 1 ? '' : 's'} to fix before the bundle is sent:\n`,
    );
    for (const p of problems) process.stdout.write(`  - ${forTerminal(p.message)}\n`);
  }
  if (problems.length) process.exitCode = EXIT_FAILED;
}

export function registerBundle(program: Command): void {
  program
    .command('bundle')
    .description("Build the hearing bundle (or one party's evidence pack) as one paginated, indexed, bookmarked PDF")
    .argument('<caseDir>', 'the case folder')
    .option('--out <file>', 'where to write the bundle PDF')
    .option(
      '--check',
      'pre-flight only: what to fix before the bundle is sent (dates, scans without text, order, limits)',
    )
    .option('--profile <name>', 'bundle profile (default: pd-2025-send)')
    .option('--pack <party>', "only one party's evidence (e.g. appellant), not the whole hearing bundle")
    .option('--anonymise', "use the child's initials in the cover, index and bookmarks")
    .option('--dividers', 'add a divider page before each section')
    .option('--appeal-type <type>', 'sets the evidence page limit (e.g. contents-b-f, refusal-to-assess)')
    .option('--reference <ref>', 'appeal reference for the cover')
    .option('--hearing-date <date>', 'hearing date for the cover (YYYY-MM-DD)')
    .option('--timeout <seconds>', 'longest one document may take before it is left out', '60')
    .option('--json', 'print the result as JSON')
    .action(async (caseDir: string, flags: BundleFlags) => {
      if (flags.check) return preflight(caseDir, flags);
      if (!flags.out)
        throw usageError(
          'Say where to write the bundle with --out bundle.pdf (or use --check for the pre-flight only).',
        );
      const options: BundleOptions = {
        ...(flags.profile ? { profileId: flags.profile } : {}),
        ...(flags.pack ? { pack: flags.pack } : {}),
        anonymise: !!flags.anonymise,
        ...(flags.dividers ? { dividers: true } : {}),
        ...(flags.appealType ? { appealType: flags.appealType } : {}),
        ...(flags.reference ? { appealReference: flags.reference } : {}),
        ...(flags.hearingDate ? { hearingDate: day(flags.hearingDate, 'hearing-date') } : {}),
        documentTimeoutSeconds: parsePositiveInt(flags.timeout ?? '60', '--timeout'),
      };
      const bar = progressBar(flags.json, 'Starting');
      let saved;
      try {
        saved = await call('buildBundle', { caseDir, options, outPath: flags.out }, { onProgress: bar.onProgress });
      } finally {
        bar.stop();
      }
      const r = saved.result;
      if (flags.json) {
        printJson({
          version: r.version,
          pages: r.pages,
          sections: r.sections,
          documents: r.documents.map(({ note: _note, ...d }) => d),
          excluded: r.excluded.map(({ byUser: _byUser, ...e }) => e),
          warnings: r.warnings,
        });
      } else {
        const w = process.stdout;
        w.write(`Bundle version ${r.version}: ${r.pages} pages, written to ${saved.outPath}\n`);
        for (const s of r.sections)
          w.write(`  ${s.letter}  ${s.title}: ${s.startLabel ? `${s.startLabel}–${s.endLabel}` : 'no documents'}\n`);
        if (r.excluded.length) {
          w.write(`\nNot in the bundle (${r.excluded.length}):\n`);
          for (const e of r.excluded)
            w.write(`  ${forTerminal(e.fileName)} (document ${e.documentId})\n    ${forTerminal(e.reason)}\n`);
        }
        if (r.warnings.length) {
          w.write('\nWarnings:\n');
          for (const x of r.warnings) w.write(`  - ${forTerminal(x.message)}\n`);
        }
        const changes = saved.changes.filter((c) => c.kind !== 'unchanged');
        if (changes.length) {
          w.write('\nChanged since the previous version:\n');
          for (const c of changes) w.write(`  - ${forTerminal(c.message)}\n`);
        }
      }
      if (r.excluded.some((e) => !e.byUser)) process.exitCode = EXIT_FAILED;
    });
}
