import type { Command } from 'commander';
import { planBundle } from '../../core/bundle/planBundle.ts';
import { moveDocument } from '../../core/bundle/reorder.ts';
import { DEFAULT_PROFILE_ID, getProfile } from '../../core/bundle/profiles.ts';
import { clearPlacements, setPlacement } from '../../core/store/bundle.ts';
import { getDocument } from '../../core/store/documents.ts';
import { parsePositiveInt, printJson, UsageError, withCase, forTerminal } from '../io.ts';

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
    .option('--leave-out <documentId>', 'leave a document out of the bundle')
    .option('--include <documentId>', 'put a left-out document back')
    .option('--reset', 'forget every hand placement: kinds decide sections, dates the order')
    .option('--appeal-type <type>', 'for the evidence page limit')
    .option('--json', 'print the plan as JSON')
    .action((caseDir: string, flags: OrderFlags) => {
      const plan = withCase(caseDir, (store) => {
        const profile = getProfile(store, flags.profile ?? DEFAULT_PROFILE_ID);
        if (!profile.ok) throw new UsageError(profile.message);
        const pid = profile.value.id;
        const docId = (v: string, what: string) => {
          const id = parsePositiveInt(v, what);
          if (!getDocument(store, id)) throw new UsageError(`There is no document ${id} in this case. See "casebook list".`);
          return id;
        };
        if (flags.reset) clearPlacements(store, pid);
        if (flags.move) {
          if (!flags.to) throw new UsageError('--move needs --to <section letter>.');
          const position = flags.position ? parsePositiveInt(flags.position, '--position') : undefined;
          const moved = moveDocument(store, pid, docId(flags.move, '--move'), { section: flags.to, ...(position ? { position } : {}) });
          if (!moved.ok) throw new UsageError(moved.message);
        }
        if (flags.leaveOut) setPlacement(store, pid, { documentId: docId(flags.leaveOut, '--leave-out'), leaveOut: true });
        if (flags.include) setPlacement(store, pid, { documentId: docId(flags.include, '--include'), leaveOut: false });
        const planned = planBundle(store, { profileId: pid, ...(flags.pack ? { pack: flags.pack } : {}), ...(flags.appealType ? { appealType: flags.appealType } : {}) });
        if (!planned.ok) throw new UsageError(planned.message);
        return planned.value.plan;
      });
      if (flags.json) {
        printJson(plan);
        return;
      }
      const w = process.stdout;
      for (const s of plan.sections) {
        w.write(`${s.letter}  ${s.title} — ${s.pages} page${s.pages === 1 ? '' : 's'}${s.pageLimit ? ` of ${s.pageLimit}` : ''}\n`);
        s.documents.forEach((d, i) => w.write(`   ${String(i + 1).padStart(2)}. [${d.documentId}] ${forTerminal(d.title)} (${d.pages} p${d.date ? `, ${d.date}` : ''})\n`));
      }
      if (plan.leftOut.length) {
        w.write('Left out:\n');
        for (const d of plan.leftOut) w.write(`   [${d.documentId}] ${forTerminal(d.title)}\n`);
      }
      if (plan.warnings.length) {
        w.write('\nWarnings:\n');
        for (const x of plan.warnings) w.write(`  - ${forTerminal(x.message)}\n`);
      }
    });
}
