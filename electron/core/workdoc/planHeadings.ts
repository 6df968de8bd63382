import type { EvidencePlan, SectionId } from '../../../shared/evidence.ts';
import { toBlocks } from '../evidence/blocks.ts';
import { docxBlocks } from '../evidence/docxBlocks.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getDocument, getPages, getStructure } from '../store/documents.ts';

/**
 * The plan's own section headings ("Section F: The special educational provision required by the
 * child"), read with the same block reader the evidence map used, so the working document keeps
 * the LA's wording instead of Casebook's short titles.
 */
export function planHeadings(store: CaseStore, plan: EvidencePlan): Partial<Record<SectionId, string>> {
  const doc = getDocument(store, plan.documentId);
  if (!doc) return {};
  const blocks =
    (doc.sourceType === 'docx' ? docxBlocks(getStructure(store, doc.documentId)) : undefined) ??
    toBlocks(getPages(store, doc.documentId));
  const out: Partial<Record<SectionId, string>> = {};
  for (const b of blocks) {
    if (!b.section || out[b.section]) continue;
    const text = (b.kind === 'row' ? b.cells?.[0] : b.text)?.replace(/\s+/g, ' ').trim();
    if (text && text.length <= 200) out[b.section] = text;
  }
  return out;
}
