import type { EvidenceMap } from '../../../shared/evidence.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { getPages, getStructure, listDocuments } from '../store/documents.ts';
import { currentDecisions, listUserRecommendations } from '../store/evidence.ts';
import { docxBlocks } from './docxBlocks.ts';
import { analyseDocuments, countStatuses, type EngineDocument } from './engine.ts';

/** Document kinds the evidence map reads: the plan and professional reports (not letters or emails). */
const READ_KINDS = new Set(['plan', 'report']);

/**
 * The evidence map for a case: reads the plan and reports from the store, runs the analysis and
 * lays the user's confirmed decisions over it. Decisions are stored apart and never overwritten
 * by a new analysis; they stay attached by the recommendation's stable id.
 */
export function analyseCase(store: CaseStore, opts: JobOptions = {}): EvidenceMap {
  const docs = listDocuments(store);
  const documents: EngineDocument[] = [];
  for (const [i, d] of docs.entries()) {
    if (opts.signal?.aborted) throw new Error('cancelled');
    opts.onProgress?.({ message: `Reading ${d.fileName}`, done: i, total: docs.length, item: d.fileName });
    const pages = getPages(store, d.documentId).map((p) => ({ page: p.page, text: p.text }));
    // Documents of other kinds are still looked at for A–K headings: a plan imported as "other".
    // The working document has the plan's headings too, but it is the parties' draft, not the plan.
    if (d.kind === 'working-document') continue;
    if (!READ_KINDS.has(d.kind) && !/\b(section [a-k]\b)/i.test(pages.map((p) => p.text).join('\n').slice(0, 20000))) continue;
    const blocks = d.sourceType === 'docx' ? docxBlocks(getStructure(store, d.documentId)) : undefined;
    documents.push({
      documentId: d.documentId,
      fileName: d.fileName,
      title: d.title,
      kind: d.kind,
      sourceType: d.sourceType,
      ...(d.author ? { author: d.author } : {}),
      ...(d.date ? { date: d.date } : {}),
      pages,
      ...(blocks && blocks.length ? { blocks } : {}),
    });
  }
  const info = getCaseInfo(store);
  const map = analyseDocuments({
    documents,
    childNames: [info.childName],
    extra: listUserRecommendations(store).map((u) => ({ documentId: u.documentId, page: u.page, text: u.text, ...(u.kind ? { kind: u.kind } : {}) })),
  });
  const decisions = currentDecisions(store);
  for (const r of map.recommendations) {
    const d = decisions.get(r.id);
    if (!d) continue;
    r.status = d.status;
    r.section = d.section;
    r.planQuote = d.planQuote;
    r.confirmed = true;
    if (d.note) r.note = d.note;
  }
  map.counts = countStatuses(map.recommendations);
  opts.onProgress?.({ message: 'Analysis finished', done: docs.length, total: docs.length });
  return map;
}
