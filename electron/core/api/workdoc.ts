import { readFileSync } from 'node:fs';
import type { papersCalls } from '../../../shared/contract/papers.ts';
import type { EvidenceMap } from '../../../shared/evidence.ts';
import type { CaseDetailsPatch } from '../../../shared/papers.ts';
import { jobSteps } from '../jobSteps.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { localToday } from '../deadlines/dates.ts';
import { defaultDocxRenderer } from '../documents/renderDocxDefault.ts';
import { guessDetails } from '../letters/guessDetails.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { writeOutput } from '../store/safeOutput.ts';
import {
  getCaseDetails,
  listWorkdocVersions,
  nextOwnAmendmentId,
  saveAmendmentEdit,
  setCaseDetails,
} from '../store/papers.ts';
import { buildDraft } from '../workdoc/draft.ts';
import { keepWorkdocVersion, writeWorkdoc } from '../workdoc/writeWorkdoc.ts';
import { evidenceHandlers } from './evidence.ts';
import type { HandlerContext, HandlersFor } from './types.ts';

type Calls = Pick<
  typeof papersCalls,
  | 'getCaseDetails'
  | 'setCaseDetails'
  | 'getWorkingDocument'
  | 'editAmendment'
  | 'writeWorkingDocument'
  | 'listWorkingDocumentVersions'
>;

function withStore<T>(ctx: HandlerContext, caseDir: string, fn: (store: CaseStore) => Result<T>): Result<T> {
  const store = ctx.store(caseDir);
  return store.ok ? fn(store.value) : store;
}

/** The evidence map through its own API handler, so the working document sees exactly what the map screen shows. */
export async function evidenceMap(caseDir: string, ctx: HandlerContext): Promise<Result<EvidenceMap>> {
  return (await evidenceHandlers.analyseEvidence({ caseDir }, ctx)) as Result<EvidenceMap>;
}

/** Papers are exports like any other: never over the case's own store, through a temp file (safeOutput.ts). */
export function writeFileResult(caseDir: string, path: string, bytes: Uint8Array): Result<string> {
  return writeOutput(caseDir, path, bytes);
}

const detailsView = (store: CaseStore) => ({ details: getCaseDetails(store), guessed: guessDetails(store) });

export const workdocHandlers: HandlersFor<Calls> = {
  getCaseDetails: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(detailsView(store))),
  setCaseDetails: ({ caseDir, details }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      setCaseDetails(store, details as CaseDetailsPatch);
      return ok(detailsView(store));
    }),
  getWorkingDocument: async ({ caseDir, confirmedOnly }, ctx) => {
    const map = await evidenceMap(caseDir, ctx);
    if (!map.ok) return map;
    return withStore(ctx, caseDir, (store) =>
      ok(buildDraft(store, map.value, { confirmedOnly: Boolean(confirmedOnly) })),
    );
  },
  editAmendment: ({ caseDir, edit }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const id = edit.id === 'own' ? nextOwnAmendmentId(store) : edit.id;
      if (id.startsWith('own-') && !edit.reset && edit.id === 'own' && (!edit.section || !edit.sought)) {
        return fail('bad-input', 'A new amendment needs the section it changes and the wording you ask for.');
      }
      saveAmendmentEdit(store, { ...edit, id });
      return ok({ id });
    }),
  writeWorkingDocument: async ({ caseDir, outPath, amendmentsPath, fromPath, confirmedOnly, agreed }, ctx) => {
    const map = await evidenceMap(caseDir, ctx);
    if (!map.ok) return map;
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    let from: { bytes: Uint8Array; path: string } | undefined;
    if (fromPath) {
      try {
        from = { bytes: new Uint8Array(readFileSync(fromPath)), path: fromPath };
      } catch {
        return fail('not-found', `Could not open ${fromPath}. Check the file is there and try again.`);
      }
    }
    const renderer = ctx.options.docxRenderer ?? defaultDocxRenderer();
    const step = jobSteps(ctx);
    try {
      await step('Writing the working document');
      const draft = buildDraft(store.value, map.value, { confirmedOnly: Boolean(confirmedOnly) });
      const files = await writeWorkdoc(store.value, {
        draft,
        plan: map.value.plan,
        ...(from ? { from } : {}),
        ...(agreed ? { agreed } : {}),
        ...(renderer ? { renderer } : {}),
        today: localToday(),
      });
      if (!files.ok) return files;
      // The last point a cancel stops it: both files are then written whole (through temp files) and kept as a version.
      await step('Saving the working document');
      const out = writeFileResult(store.value.dir, outPath, files.value.workdoc);
      if (!out.ok) return out;
      const amendmentsOut = amendmentsPath
        ? writeFileResult(store.value.dir, amendmentsPath, files.value.amendments)
        : undefined;
      if (amendmentsOut && !amendmentsOut.ok) return amendmentsOut;
      keepWorkdocVersion(store.value, files.value, out.value, fromPath);
      return ok({ out: out.value, amendmentsOut: amendmentsOut?.value ?? null, ...files.value.result });
    } finally {
      if (renderer && renderer !== ctx.options.docxRenderer) await renderer.close?.();
    }
  },
  listWorkingDocumentVersions: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(listWorkdocVersions(store))),
};
