import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import type { BundleOptions } from '../../../shared/bundle.ts';
import { buildInWorker } from '../../core/bundle/buildInWorker.ts';
import { defaultDocxRenderer } from '../../core/documents/renderDocxDefault.ts';
import { EXIT_FAILED, parsePositiveInt, printJson, UsageError, forTerminal } from '../io.ts';
import { openCase } from '../../core/store/caseStore.ts';

interface BundleFlags {
  out: string;
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

export function registerBundle(program: Command): void {
  program
    .command('bundle')
    .description('Build the hearing bundle (or one party\'s evidence pack) as one paginated, indexed, bookmarked PDF')
    .argument('<caseDir>', 'the case folder')
    .requiredOption('--out <file>', 'where to write the bundle PDF')
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
      if (flags.hearingDate && !/^\d{4}-\d{2}-\d{2}$/.test(flags.hearingDate)) throw new UsageError('--hearing-date must be a date like 2026-09-14.');
      const opened = openCase(caseDir);
      if (!opened.ok) throw new UsageError(opened.message);
      opened.value.close();
      const options: BundleOptions = {
        ...(flags.profile ? { profileId: flags.profile } : {}),
        ...(flags.pack ? { pack: flags.pack } : {}),
        anonymise: !!flags.anonymise,
        ...(flags.dividers ? { dividers: true } : {}),
        ...(flags.appealType ? { appealType: flags.appealType } : {}),
        ...(flags.reference ? { appealReference: flags.reference } : {}),
        ...(flags.hearingDate ? { hearingDate: flags.hearingDate } : {}),
        documentTimeoutSeconds: parsePositiveInt(flags.timeout ?? '60', '--timeout'),
      };
      const renderer = defaultDocxRenderer();
      const bar = !flags.json && process.stderr.isTTY ? new SingleBar({ format: '{bar} {percentage}% | {message}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
      bar?.start(1, 0, { message: 'Starting' });
      let saved;
      try {
        saved = await buildInWorker(caseDir, options, flags.out, renderer, {
          onProgress: (p) => {
            bar?.setTotal(Math.max(1, p.total));
            bar?.update(p.done, { message: p.message });
          },
        });
      } finally {
        bar?.stop();
        await renderer?.close?.();
      }
      if (!saved.ok) {
        if (saved.code === 'no-such-profile' || saved.code === 'no-such-pack') throw new UsageError(saved.message);
        process.stderr.write(`casebook: ${saved.message}\n`);
        process.exitCode = EXIT_FAILED;
        return;
      }
      const r = saved.value.result;
      if (flags.json) {
        printJson({
          version: r.version,
          pages: r.pages,
          sections: r.sections,
          documents: r.documents.map(({ note: _note, ...d }) => d),
          excluded: r.excluded,
          warnings: r.warnings,
        });
      } else {
        const w = process.stdout;
        w.write(`Bundle version ${r.version}: ${r.pages} pages, written to ${saved.value.outPath}\n`);
        for (const s of r.sections) w.write(`  ${s.letter}  ${s.title}: ${s.startLabel ? `${s.startLabel}–${s.endLabel}` : 'no documents'}\n`);
        if (r.excluded.length) {
          w.write(`\nNot in the bundle (${r.excluded.length}):\n`);
          for (const e of r.excluded) w.write(`  ${forTerminal(e.fileName)} (document ${e.documentId})\n    ${forTerminal(e.reason)}\n`);
        }
        if (r.warnings.length) {
          w.write('\nWarnings:\n');
          for (const x of r.warnings) w.write(`  - ${forTerminal(x.message)}\n`);
        }
        const changes = saved.value.changes.filter((c) => c.kind !== 'unchanged');
        if (changes.length) {
          w.write('\nChanged since the previous version:\n');
          for (const c of changes) w.write(`  - ${forTerminal(c.message)}\n`);
        }
      }
      if (r.excluded.some((e) => !e.reason.startsWith('You chose'))) process.exitCode = EXIT_FAILED;
    });
}
