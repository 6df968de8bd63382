import type { papersCalls } from '../../../shared/contract/papers.ts';
import { jobOptions, jobSteps } from '../jobSteps.ts';
import { ok } from '../../../shared/result.ts';
import { buildAppealPack } from '../appealPack/buildPack.ts';
import { localToday } from '../deadlines/dates.ts';
import { defaultDocxRenderer } from '../documents/renderDocxDefault.ts';
import { getCaseInfo } from '../store/caseStore.ts';
import { getCaseDetails } from '../store/papers.ts';
import { amendmentsDocx } from '../workdoc/amendmentsDocx.ts';
import { buildDraft, liveAmendments } from '../workdoc/draft.ts';
import type { HandlersFor } from './types.ts';
import { evidenceMap, writeFileResult } from './workdoc.ts';

export const appealPackHandlers: HandlersFor<Pick<typeof papersCalls, 'writeAppealPack'>> = {
  writeAppealPack: async ({ caseDir, outPath }, ctx) => {
    const map = await evidenceMap(caseDir, ctx);
    if (!map.ok) return map;
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const details = getCaseDetails(store.value);
    const childName = getCaseInfo(store.value).childName;
    const amendments = liveAmendments(buildDraft(store.value, map.value));
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${localToday()}T00:00:00Z`),
    );
    const renderer = ctx.options.docxRenderer ?? defaultDocxRenderer();
    try {
      const pack = await buildAppealPack(
        store.value,
        {
          map: map.value,
          details,
          childName,
          amendments,
          amendmentsDocx: await amendmentsDocx(amendments, childName, details.appealReference ?? 'to follow', date),
          ...(renderer ? { renderer } : {}),
        },
        jobOptions(ctx),
      );
      // The last point a cancel stops it: the pack is then written whole (through a temp file) or not at all.
      await jobSteps(ctx)('Saving the pack');
      const out = writeFileResult(store.value.dir, outPath, pack.pdf);
      return out.ok ? ok({ out: out.value, enclosures: pack.enclosures, warnings: pack.warnings }) : out;
    } finally {
      if (renderer && renderer !== ctx.options.docxRenderer) await renderer.close?.();
    }
  },
};
