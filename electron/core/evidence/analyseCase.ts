import { PAPERWORK_KINDS } from '../../../shared/documents.ts';
import type { EvidenceMap } from '../../../shared/evidence.ts';
import { type JobOptions } from '../../../shared/progress.ts';
import { jobSteps } from '../jobSteps.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { getPages, getStructure, listDocuments } from '../store/documents.ts';
import { currentDecisions, listUserRecommendations } from '../store/evidence.ts';
import { storedVectors } from '../store/vectors.ts';
import { applyDecisions } from './decisions.ts';
import { docxBlocks } from './docxBlocks.ts';
import { layoutBlocks } from './layout/layoutBlocks.ts';
import { analyseDocuments, countStatuses, type EngineDocument } from './engine.ts';

/**
 * The evidence map for a case: reads the plan and reports from the store, runs the analysis and
 * lays the user's confirmed decisions over it. Decisions are stored apart and never overwritten
 * by a new analysis; they stay attached by the recommendation's id, or by its words when a new
 * reading of the report changed them (decisions.ts).
 */
export async function analyseCase(store: CaseStore, opts: JobOptions = {}): Promise<EvidenceMap> {
  const documents = await caseDocuments(store, opts);
  const info = getCaseInfo(store);
  const map = await analyseDocuments(
    {
      documents,
      childNames: [info.childName],
      extra: listUserRecommendations(store).map((u) => ({
        documentId: u.documentId,
        page: u.page,
        text: u.text,
        ...(u.kind ? { kind: u.kind } : {}),
      })),
    },
    { vectors: storedVectors(store), ...opts },
  );
  applyDecisions(map.recommendations, currentDecisions(store));
  map.counts = countStatuses(map.recommendations);
  opts.onProgress?.({ message: 'Analysis finished', done: 1, total: 1 });
  return map;
}

/** The documents the evidence map reads, with their page text and (for Word files) structure. */
export async function caseDocuments(store: CaseStore, opts: JobOptions = {}): Promise<EngineDocument[]> {
  const docs = listDocuments(store);
  const documents: EngineDocument[] = [];
  const step = jobSteps(opts);
  for (const [i, d] of docs.entries()) {
    await step(`Opening the documents (${i + 1} of ${docs.length})`, i, docs.length, d.title);
    // The appeal's own paperwork (decision letter, certificate, tribunal papers, working document)
    // is never advice nor the plan; every other document may be either (a plan imported as
    // "other", a consultant's letter with a "Plan:" list filed as correspondence).
    if (PAPERWORK_KINDS.includes(d.kind)) continue;
    const structure = getStructure(store, d.documentId);
    // A PDF's or a photo's positioned text gives tables, paragraphs and bullets without running headers and footers.
    const layout = d.sourceType === 'pdf' || d.sourceType === 'image' ? layoutBlocks(structure) : undefined;
    const pages = layout?.pages ?? getPages(store, d.documentId).map((p) => ({ page: p.page, text: p.text }));
    const blocks = d.sourceType === 'docx' ? docxBlocks(structure) : layout?.blocks;
    documents.push({
      documentId: d.documentId,
      fileName: d.fileName,
      title: d.title,
      kind: d.kind,
      sourceType: d.sourceType,
      ...(d.author ? { author: d.author } : {}),
      ...(d.profession ? { profession: d.profession } : {}),
      ...(d.date ? { date: d.date } : {}),
      pages,
      ...(blocks && blocks.length ? { blocks } : {}),
    });
  }
  return documents;
}
