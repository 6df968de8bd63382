import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import type { BundleOptions } from '../../../shared/bundle.ts';
import { buildInWorker } from '../../core/bundle/buildInWorker.ts';
import { defaultDocxRenderer } from '../../core/documents/renderDocxDefault.ts';
import { EXIT_FAILED, parsePositiveInt, printJson, UsageError } from '../io.ts';
import { openCase } from '../../core/store/caseStore.ts';
import { createCoreApi } from '../../core/api/index.ts';
import { homedir } from 'node:os';
import { join } from 'node:path';

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
  const api = createCoreApi({ appDataDir: join(homedir(), '.casebook'), documentsDir: homedir() });
  const options: BundleOptions = {
    ...(flags.profile ? { profileId: flags.profile } : {}),
    ...(flags.pack ? { pack: flags.pack } : {}),
    ...(flags.appealType ? { appealType: flags.appealType } : {}),
    ...(flags.hearingDate ? { hearingDate: flags.hearingDate } : {}),
  };
  const r = await api.call('preflightBundle', { caseDir, options });
  api.close();
  if (!r.ok) throw new UsageError(r.error.message);
  if (flags.json) printJson({ problems: r.value });
  else if (r.value.length === 0) process.stdout.write('Nothing to fix: the bundle is ready to build and send.\n');
  else {
    process.stdout.write(`${r.value.length} thing${r.value.length === 1 ? '' : 's'} to fix before the bundle is sent:\n`);
    for (const p of r.value) process.stdout.write(`  - ${p.message}\n`);
  }
  if (r.value.length) process.exitCode = EXIT_FAILED;
}

export function registerBundle(program: Command): void {
  program
    .command('bundle')
    .description('Build the hearing bundle (or one party\'s evidence pack) as one paginated, indexed, bookmarked PDF')
    .argument('<caseDir>', 'the case folder')
    .option('--out <file>', 'where to write the bundle PDF')
    .option('--check', 'pre-flight only: what to fix before the bundle is sent (dates, scans without text, order, limits)')
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
      if (flags.check) return preflight(caseDir, flags);
      if (!flags.out) throw new UsageError('Say where to write the bundle with --out bundle.pdf (or use --check for the pre-flight only).');
      const out = flags.out;
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
        saved = await buildInWorker(caseDir, options, out, renderer, {
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
          for (const e of r.excluded) w.write(`  ${e.fileName} (document ${e.documentId})\n    ${e.reason}\n`);
        }
        if (r.warnings.length) {
          w.write('\nWarnings:\n');
          for (const x of r.warnings) w.write(`  - ${x.message}\n`);
        }
        const changes = saved.value.changes.filter((c) => c.kind !== 'unchanged');
        if (changes.length) {
          w.write('\nChanged since the previous version:\n');
          for (const c of changes) w.write(`  - ${c.message}\n`);
        }
      }
      if (r.excluded.some((e) => !e.reason.startsWith('You chose'))) process.exitCode = EXIT_FAILED;
    });
}
