import type { Command } from 'commander';
import { STATUS_LABELS, type EvidenceMap } from '../../../shared/evidence.ts';
import { call } from '../api.ts';
import { printJson, withProgress } from '../io.ts';

/** The CLI's JSON: exactly the documented shape (issue 6), nothing the app alone needs. */
export function toCliJson(map: EvidenceMap) {
  return {
    plan: map.plan
      ? {
          documentId: map.plan.documentId,
          fileName: map.plan.fileName,
          sections: Object.fromEntries(
            Object.entries(map.plan.sections).map(([id, paras]) => [
              id,
              (paras ?? []).map((p) => ({ para: p.para, page: p.page, text: p.text })),
            ]),
          ),
        }
      : null,
    recommendations: map.recommendations.map((r) => ({
      id: r.id,
      documentId: r.documentId,
      fileName: r.fileName,
      page: r.page,
      text: r.text,
      kind: r.kind,
      belongsIn: r.belongsIn,
      status: r.status,
      section: r.section,
      planQuote: r.planQuote,
      lostSpecifics: r.lostSpecifics,
      suggestedWording: r.suggestedWording,
      confidence: r.confidence,
      reasons: r.reasons,
      needsCheck: r.needsCheck,
      confirmed: r.confirmed,
      ...(r.changedSinceChecked ? { changedSinceChecked: true } : {}),
    })),
    flags: map.flags.map((f) => ({ section: f.section, para: f.para, text: f.text, kind: f.kind, reason: f.reason })),
  };
}

export function registerAnalyse(program: Command): void {
  program
    .command('analyse')
    .alias('analyze')
    .description(
      "Map every professional recommendation to the plan: included, weakened, wrong section or missing; and red-pen the plan's wording",
    )
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { json?: boolean }) => {
      const map = await withProgress(opts.json, 'Opening the documents', (job) =>
        call('analyseEvidence', { caseDir }, job),
      );
      if (opts.json) {
        printJson(toCliJson(map));
        return;
      }
      const w = (s: string) => process.stdout.write(`${s}\n`);
      for (const n of map.notes) w(n);
      if (map.plan) w(`Plan: ${map.plan.fileName} (sections ${Object.keys(map.plan.sections).join(', ')})`);
      w(
        `${map.recommendations.length} recommendations: ${Object.entries(map.counts)
          .map(([s, n]) => `${n} ${STATUS_LABELS[s as keyof typeof STATUS_LABELS].toLowerCase()}`)
          .join(', ')}`,
      );
      for (const r of map.recommendations) {
        w(
          `\n[${r.needsCheck && !r.confirmed ? 'Please check: ' : ''}${STATUS_LABELS[r.status]}${r.section ? ` · Section ${r.section}${r.para ? ` para ${r.para}` : ''}` : ''}${r.confirmed ? ' · confirmed' : ''}] ${r.source}, p.${r.page}${r.paragraph ? ` para ${r.paragraph}` : ''}`,
        );
        w(`  ${r.text}`);
        if (r.planQuote) w(`  Plan says: ${r.planQuote}`);
        for (const l of r.lostSpecifics) w(`  - ${l}`);
        if (r.suggestedWording) w(`  Ask for: ${r.suggestedWording}`);
      }
      if (map.flags.length) w(`\nRed pen (${map.flags.length}):`);
      for (const f of map.flags)
        w(`  Section ${f.section}${f.para ? ` para ${f.para}` : ''}: ${f.text}\n    ${f.reason}`);
      w('\nThese are suggestions to check against the documents, not legal advice.');
    });
}
