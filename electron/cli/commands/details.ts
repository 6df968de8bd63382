import type { Command } from 'commander';
import { CASE_DETAIL_KEYS, CaseDetailsPatch } from '../../../shared/papers.ts';
import { call, usageError } from '../api.ts';
import { printJson } from '../io.ts';

const BOOLEAN_KEYS = new Set(['requestedSchoolIndependent', 'extendedAppeal', 'sectionIOnly']);

function collectSet(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const at = value.indexOf('=');
  const key = value.slice(0, at).trim();
  if (at < 1 || !(CASE_DETAIL_KEYS as string[]).includes(key))
    throw usageError(`--set needs one of ${CASE_DETAIL_KEYS.join(', ')} as key=value (got "${value}").`);
  const raw = value.slice(at + 1).trim();
  const parsed = raw === '' ? null : BOOLEAN_KEYS.has(key) ? /^(yes|true|1)$/i.test(raw) : raw;
  return { ...previous, [key]: parsed };
}

/** The details typed, checked by the contract's own schema; the message names the detail. */
function patchOf(set: Record<string, unknown>): CaseDetailsPatch {
  const patch = CaseDetailsPatch.safeParse(set);
  if (!patch.success)
    throw usageError(
      `Not a valid detail: ${patch.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return patch.data;
}

export function registerDetails(program: Command): void {
  program
    .command('details')
    .description(
      'Show or set the case details letters and the working document use (date of birth, parents, caseworker, references, extended appeal)',
    )
    .argument('<caseDir>', 'the case folder')
    .option(
      '--set <key=value>',
      'set a detail, e.g. --set appealReference=EH123/26/00001 or --set extendedAppeal=yes (empty clears)',
      collectSet,
    )
    .option('--json', 'print JSON')
    .action(async (caseDir: string, flags: { set?: Record<string, unknown>; json?: boolean }) => {
      const r = flags.set
        ? await call('setCaseDetails', { caseDir, details: patchOf(flags.set) })
        : await call('getCaseDetails', { caseDir });
      if (flags.json) return printJson(r);
      for (const key of CASE_DETAIL_KEYS) {
        const set = r.details[key];
        const guess = r.guessed[key];
        process.stdout.write(
          `${key}: ${set !== undefined ? String(set) : guess ? `${guess.value} (read from ${guess.source})` : '-'}\n`,
        );
      }
    });
}
