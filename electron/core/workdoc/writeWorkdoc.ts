import { formatDay } from '../../../shared/deadlineWords.ts';
import { basename } from 'node:path';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { EvidencePlan } from '../../../shared/evidence.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { WorkdocDraft, WorkdocWritten } from '../../../shared/papers.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { getCaseDetails, saveWorkdocVersion } from '../store/papers.ts';
import { amendmentsDocx } from './amendmentsDocx.ts';
import { applyAmendments } from './applyAmendments.ts';
import { liveAmendments } from './draft.ts';
import { blockText, layoutFromPlan, renumberFootnotes, type WdLayout } from './layout.ts';
import { countDocxPages } from './pageCount.ts';
import { planHeadings } from './planHeadings.ts';
import { readTheirVersion, usesTrackChanges } from './readTheirVersion.ts';
import { workdocDocx } from './workdocDocx.ts';

/** PD 1/2025: the working document is limited to 25 pages. */
export const WORKDOC_PAGE_LIMIT = 25;

export interface WriteWorkdocInput {
  draft: WorkdocDraft;
  plan: EvidencePlan | null;
  /** Their Word version to build on (the LA's, or the family's earlier one). */
  from?: { bytes: Uint8Array; path: string };
  /** LA proposals (their italic wording) the family agrees: underlined instead. */
  agreed?: string[];
  renderer?: DocxRenderer;
  today: string;
}

export interface WorkdocFiles {
  workdoc: Uint8Array;
  amendments: Uint8Array;
  result: Omit<WorkdocWritten, 'out' | 'amendmentsOut'>;
}

function markAgreed(layout: WdLayout, agreed: string[]): number {
  const wanted = new Set(agreed.map((a) => a.replace(/\s+/g, ' ').trim().toLowerCase()));
  let n = 0;
  for (const b of layout.blocks) {
    for (const spans of [b.runs, ...(b.cells ?? [])]) {
      for (const s of spans) {
        if (
          (s.mark === 'la-insert' || s.mark === 'la-delete') &&
          wanted.has(s.text.replace(/\s+/g, ' ').trim().toLowerCase())
        ) {
          s.mark = s.mark === 'la-insert' ? 'agreed' : 'agreed-delete';
          n++;
        }
      }
    }
  }
  return n;
}

/** Builds the working document (and the amendments sought) and keeps it as the next version. */
export async function writeWorkdoc(store: CaseStore, input: WriteWorkdocInput): Promise<Result<WorkdocFiles>> {
  const warnings = [...input.draft.warnings];
  let layout: WdLayout;
  if (input.from) {
    const theirs = await readTheirVersion(input.from.bytes);
    if (!theirs.ok) return theirs;
    layout = theirs.value;
    if (usesTrackChanges(input.from.bytes)) {
      warnings.push(
        "Their Word file uses Word's track changes, which the tribunal's key does not: their insertions were read as plain text and their deletions left out. Ask them for a copy in the key (their wording in italic), or accept or reject the changes in Word first.",
      );
    }
  } else if (input.plan) {
    layout = layoutFromPlan(input.plan, planHeadings(store, input.plan));
  } else {
    return fail(
      'no-plan',
      'There is no EHC plan in this case to build a working document from. Import the final plan first.',
    );
  }
  if (input.agreed?.length) {
    const marked = markAgreed(layout, input.agreed);
    if (marked < input.agreed.length)
      warnings.push(
        'Some of the wording marked as agreed was not found as a local authority proposal (italic) in their version.',
      );
  }
  const amendments = liveAmendments(input.draft);
  const applied = applyAmendments(layout, amendments);
  warnings.push(...applied.warnings);
  renumberFootnotes(layout);
  const info = getCaseInfo(store);
  const details = getCaseDetails(store);
  const version = input.draft.nextVersion;
  const date = formatDay(input.today);
  const workdoc = await workdocDocx(layout, {
    childName: info.childName,
    ...(details.appealReference ? { appealReference: details.appealReference } : {}),
    version,
    date,
  });
  const amendmentsFile = await amendmentsDocx(amendments, info.childName, details.appealReference ?? 'to follow', date);
  const textLength = layout.blocks.map(blockText).join('\n').length + layout.footnotes.join('\n').length;
  const { pages, estimated } = await countDocxPages(workdoc, textLength, input.renderer);
  if (pages > WORKDOC_PAGE_LIMIT) {
    warnings.push(
      `The working document is ${estimated ? 'about ' : ''}${pages} pages; the tribunal's limit is ${WORKDOC_PAGE_LIMIT} (PD 1/2025). Shorten it, or ask the tribunal for more pages with form SEND7.`,
    );
  }
  return ok({
    workdoc,
    amendments: amendmentsFile,
    result: {
      version,
      pages,
      pagesEstimated: estimated,
      amendments: amendments.length,
      footnotes: layout.footnotes.length,
      warnings,
    },
  });
}

/** Records the written file as a version of the working document in the case. */
export function keepWorkdocVersion(store: CaseStore, files: WorkdocFiles, outPath: string, fromPath?: string): void {
  saveWorkdocVersion(store, {
    version: files.result.version,
    bytes: files.workdoc,
    amendments: files.result.amendments,
    pages: files.result.pages,
    outPath,
    ...(fromPath ? { fromTheirs: basename(fromPath) } : {}),
  });
}
