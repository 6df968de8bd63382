import { writeOutput } from '../store/safeOutput.ts';
import type { evidenceCalls } from '../../../shared/contract/evidence.ts';
import { jobOptions, jobSteps } from '../jobSteps.ts';
import { fail, ok } from '../../../shared/result.ts';
import { analyseCase } from '../evidence/analyseCase.ts';
import { getCaseInfo } from '../store/caseStore.ts';
import { getDocument } from '../store/documents.ts';
import { addUserRecommendation, decisionHistory, recordDecision, removeUserRecommendation } from '../store/evidence.ts';
import type { HandlersFor } from './types.ts';

export const evidenceHandlers: HandlersFor<typeof evidenceCalls> = {
  analyseEvidence: async ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    return ok(await analyseCase(store.value, jobOptions(ctx)));
  },
  decideRecommendation: ({ caseDir, decision }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    return ok(recordDecision(store.value, decision));
  },
  recommendationHistory: ({ caseDir, recommendationId }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    return ok(decisionHistory(store.value, recommendationId));
  },
  addRecommendation: ({ caseDir, recommendation }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const doc = getDocument(store.value, recommendation.documentId);
    if (!doc) return fail('no-document', 'That report is no longer in the case.');
    if (recommendation.page > doc.pages)
      return fail('bad-input', `That report has ${doc.pages} page${doc.pages === 1 ? '' : 's'}.`);
    return ok({ id: addUserRecommendation(store.value, recommendation).id });
  },
  removeAddedRecommendation: ({ caseDir, id }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    return ok({ removed: removeUserRecommendation(store.value, id) });
  },
  gapReport: async ({ caseDir, format, outPath }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    // Loaded on first use: the writers pull in docx and pdf-lib, which other screens never need.
    const { buildGapReport, gapReportDocx, gapReportPdf } = await import('../evidence/report/index.ts');
    const report = buildGapReport(await analyseCase(store.value, jobOptions(ctx)), getCaseInfo(store.value).childName);
    const step = jobSteps(ctx);
    await step('Writing the report');
    const bytes = format === 'docx' ? await gapReportDocx(report) : await gapReportPdf(report);
    // The last point a cancel stops it: after this the file is written whole (through a temp file) or not at all.
    await step('Saving the report');
    const written = writeOutput(store.value.dir, outPath, bytes);
    return written.ok
      ? ok({
          path: written.value,
          bytes: bytes.length,
          recommendations: report.rows.length,
          flags: report.flags.length,
        })
      : written;
  },
};
