import type { Command } from 'commander';
import { call, usageError } from '../api.ts';
import { forTerminal, parsePositiveInt, printJson } from '../io.ts';

interface OrderFlags {
  profile?: string;
  pack?: string;
  move?: string;
  to?: string;
  position?: string;
  leaveOut?: string;
  include?: string;
  reset?: boolean;
  appealType?: string;
  json?: boolean;
}

export function registerBundleOrder(program: Command): void {
  program
    .command('bundle-order')
    .description('Show or change which section each document is in and its order (the bundle before it is built)')
    .argument('<caseDir>', 'the case folder')
    .option('--profile <name>', 'bundle profile (default: pd-2025-send)')
    .option('--pack <party>', "show only one party's evidence pack")
    .option('--move <documentId>', 'the document to move')
    .option('--to <section>', 'section letter to move it to (with --move)')
    .option('--position <n>', 'its place in that section, 1 = first (default: last)')
    .option('--leave-out <documentId>', 'leave a document out: marks it as not for the tribunal')
    .option('--include <documentId>', 'put a left-out document back (clears the not-for-the-tribunal mark)')
    .option('--reset', 'forget every hand placement: kinds decide sections, dates the order')
    .option('--appeal-type <type>', 'for the evidence page limit')
    .option('--json', 'print the plan as JSON')
    .action(async (caseDir: string, flags: OrderFlags) => {
      const ref = { caseDir, ...(flags.profile ? { profileId: flags.profile } : {}) };
      if (flags.reset) await call('resetBundleOrder', ref);
      if (flags.move) {
        if (!flags.to) throw usageError('--move needs --to <section letter>.');
        const position = flags.position ? { position: parsePositiveInt(flags.position, '--position') } : {};
        await call('moveBundleDocument', {
          ...ref,
          documentId: parsePositiveInt(flags.move, '--move'),
          section: flags.to,
          ...position,
        });
      }
      if (flags.leaveOut)
        await call('setBundleDocumentLeftOut', {
          ...ref,
          documentId: parsePositiveInt(flags.leaveOut, '--leave-out'),
          leaveOut: true,
        });
      if (flags.include)
        await call('setBundleDocumentLeftOut', {
          ...ref,
          documentId: parsePositiveInt(flags.include, '--include'),
          leaveOut: false,
        });
      const options = {
        ...(flags.profile ? { profileId: flags.profile } : {}),
        ...(flags.pack ? { pack: flags.pack } : {}),
        ...(flags.appealType ? { appealType: flags.appealType } : {}),
      };
      const plan = await call('planBundle', { caseDir, options });
      if (flags.json) {
        printJson(plan);
        return;
      }
      const w = process.stdout;
      for (const s of plan.sections) {
        w.write(
          `${s.letter}  ${s.title} — ${s.pages} page${s.pages === 1 ? '' : 's'}${s.pageLimit ? ` of ${s.pageLimit}` : ''}\n`,
        );
        s.documents.forEach((d, i) =>
          w.write(
            `   ${String(i + 1).padStart(2)}. [${d.documentId}] ${forTerminal(d.title)} (${d.pages} p${d.date ? `, ${d.date}` : ''})\n`,
          ),
        );
      }
      if (plan.leftOut.length) {
        w.write('Left out (you marked these as not for the tribunal):\n');
        for (const d of plan.leftOut) w.write(`   [${d.documentId}] ${forTerminal(d.title)}\n`);
      }
      if (plan.warnings.length) {
        w.write('\nWarnings:\n');
        for (const x of plan.warnings) w.write(`  - ${forTerminal(x.message)}\n`);
      }
    });
}
