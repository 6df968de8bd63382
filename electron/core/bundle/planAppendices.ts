import type { DocumentSummary, PageText } from '../../../shared/documents.ts';
import { lists } from '../evidence/adviceList.ts';
import { docxBlocks } from '../evidence/docxBlocks.ts';
import { splitPlan } from '../evidence/planSplitter.ts';

/**
 * The documents the plan's Section K lists as its advice (CoP 9.62; SEND Regs reg 6): they are the
 * plan's appendices, so PD 1/2025 counts them with the plan (150 pages), not against the family's
 * evidence. Read from the latest plan in the case; matched as the evidence map matches K entries.
 */
export function planAppendices(
  docs: DocumentSummary[],
  pagesOf: ReadonlyMap<number, PageText[]>,
  structures: ReadonlyMap<number, unknown>,
): Set<number> {
  const plan = docs
    .filter((d) => d.kind === 'plan')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.documentId - a.documentId)[0];
  if (!plan) return new Set();
  const pages = (pagesOf.get(plan.documentId) ?? []).map((p) => ({ page: p.page, text: p.text }));
  const blocks = plan.sourceType === 'docx' ? docxBlocks(structures.get(plan.documentId)) : undefined;
  const listed = splitPlan(pages, blocks && blocks.length ? blocks : undefined).adviceListed;
  if (listed.length === 0) return new Set();
  const out = new Set<number>();
  for (const d of docs) {
    if (d.documentId === plan.documentId || d.kind === 'plan') continue;
    const opening = pagesOf.get(d.documentId)?.[0]?.text ?? '';
    const advice = {
      documentId: d.documentId,
      fileName: d.fileName,
      title: d.title,
      opening,
      ...(d.author ? { author: d.author } : {}),
      ...(d.date ? { date: d.date } : {}),
    };
    if (listed.some((entry) => lists(entry, advice))) out.add(d.documentId);
  }
  return out;
}
