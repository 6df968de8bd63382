import { extname } from 'node:path';
import type { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import type { bundleCheckCalls } from '../../../shared/contract/bundleCheck.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { preflightBundle } from '../bundleCheck/preflight.ts';
import { bundleCorrections, checkReportBlocks } from '../bundleCheck/report/checkReportModel.ts';
import { fillLetter, letterText } from '../letters/fill.ts';
import { letterContext } from '../letters/letterContext.ts';
import { findTemplate } from '../letters/templates.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { getBundleCheck, listBundleChecks, notForTribunalIds, setNotForTribunal } from '../store/bundleCheck.ts';
import { getDocument } from '../store/documents.ts';
import { writeOutput } from '../store/safeOutput.ts';
import type { HandlerContext, HandlersFor } from './types.ts';

function withStore<T>(
  ctx: HandlerContext,
  caseDir: string,
  fn: (store: CaseStore) => Result<T> | Promise<Result<T>>,
): Result<T> | Promise<Result<T>> {
  const store = ctx.store(caseDir);
  return store.ok ? fn(store.value) : store;
}

/** The letters' template for the email the report ends with. */
const EMAIL_TEMPLATE = 'bundle-corrections';

/**
 * The report's draft email from the letters' template (the family's own copy of it if they made
 * one), filled from the case and this check; undefined when there is nothing to correct or the
 * template cannot be read, and the report drafts it in plain words.
 */
function emailFromTemplate(store: CaseStore, appDataDir: string, outcome: BundleCheckOutcome): string | undefined {
  if (!bundleCorrections(outcome).length) return undefined;
  const template = findTemplate(appDataDir, EMAIL_TEMPLATE);
  if (!template.ok) return undefined;
  const today = new Date().toISOString().slice(0, 10);
  const { ctx } = letterContext(store, { today, templateId: EMAIL_TEMPLATE, bundleCheck: outcome });
  return letterText(fillLetter(template.value, ctx));
}

/** Writes the report next to where the user asked, as Word or PDF by the name's ending. */
async function writeReport(
  store: CaseStore,
  appDataDir: string,
  outcome: BundleCheckOutcome,
  outPath: string,
): Promise<Result<{ path: string; bytes: number }>> {
  // Loaded on first use: docx and pdf-lib are only needed when a report is written.
  const { checkReportDocx, checkReportPdf } = await import('../bundleCheck/report/checkReportFiles.ts');
  const blocks = checkReportBlocks(
    outcome,
    getCaseInfo(store).childName,
    emailFromTemplate(store, appDataDir, outcome),
  );
  const title = `Bundle check: ${outcome.fileName}`;
  const bytes =
    extname(outPath).toLowerCase() === '.docx'
      ? await checkReportDocx(blocks, title)
      : await checkReportPdf(blocks, title);
  const written = writeOutput(store.dir, outPath, bytes);
  return written.ok ? ok({ path: written.value, bytes: bytes.length }) : written;
}

export const bundleCheckHandlers: HandlersFor<typeof bundleCheckCalls> = {
  checkReceivedBundle: ({ caseDir, bundlePath, reportPath, ...opts }, ctx) =>
    withStore(ctx, caseDir, async (store) => {
      // Loaded on first use: reading a bundle brings pdf.js, OCR and sharp.
      const { runBundleCheck } = await import('../bundleCheck/runBundleCheck.ts');
      const checked = await runBundleCheck(store, bundlePath, opts, {
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      if (!checked.ok || !reportPath) return checked;
      const written = await writeReport(store, ctx.options.appDataDir, checked.value, reportPath);
      return written.ok ? ok({ ...checked.value, reportPath: written.value.path }) : written;
    }),
  listBundleChecks: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(listBundleChecks(store))),
  getBundleCheck: ({ caseDir, checkId }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const found = getBundleCheck(store, checkId);
      return found ? ok(found) : fail('not-found', `There is no bundle check ${checkId} in this case.`);
    }),
  writeBundleCheckReport: ({ caseDir, checkId, outPath }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const found = getBundleCheck(store, checkId);
      return found
        ? writeReport(store, ctx.options.appDataDir, found, outPath)
        : fail('not-found', `There is no bundle check ${checkId} in this case.`);
    }),
  setNotForTribunal: ({ caseDir, documentId, notForTribunal }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      if (!getDocument(store, documentId))
        return fail('not-found', `Document ${documentId} is not in this case any more.`);
      setNotForTribunal(store, documentId, notForTribunal);
      return ok([...notForTribunalIds(store)].sort((a, b) => a - b));
    }),
  listNotForTribunal: ({ caseDir }, ctx) =>
    withStore(ctx, caseDir, (store) => ok([...notForTribunalIds(store)].sort((a, b) => a - b))),
  preflightBundle: ({ caseDir, options }, ctx) =>
    withStore(ctx, caseDir, (store) => preflightBundle(store, options ?? {})),
};
