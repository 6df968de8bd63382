import type { DocumentSummary } from '../../../shared/documents.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { linkDocuments } from '../store/documentLinks.ts';
import { getDocument, getPages, listDocuments } from '../store/documents.ts';

/**
 * One document, several renditions: an LA sends the plan as Word (for the working document) and
 * as PDF (the one it signs and the tribunal cites). Imported side by side they are one document:
 * the PDF is cited and bundled, the Word file kept for editing. Both import orders link the same way.
 */

/** Word bigrams over this share of the two texts' bigrams: the same words in the same order. */
export const SAME_TEXT = 0.85;
/** With the same title, author and date, text this close is the same document laid out twice (or OCR'd). */
export const SAME_DETAILS_TEXT = 0.3;

const bigrams = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
};

/** Jaccard similarity of the two texts' word bigrams (page breaks and layout do not matter). */
export function textSimilarity(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

const squash = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameDetails = (a: DocumentSummary, b: DocumentSummary) =>
  !!a.date &&
  a.date === b.date &&
  !!a.author &&
  squash(a.author) === squash(b.author) &&
  squash(a.title) === squash(b.title);

const text = (store: CaseStore, id: number) =>
  getPages(store, id)
    .map((p) => p.text)
    .join('\n');

/**
 * Links a newly imported Word or PDF file with its other copy already in the case, if there is
 * one. Returns the primary's id (the PDF) when it linked, so the import can say so.
 */
export function linkNewRendition(
  store: CaseStore,
  documentId: number,
): { primaryId: number; copyId: number } | undefined {
  const doc = getDocument(store, documentId);
  if (!doc || (doc.sourceType !== 'pdf' && doc.sourceType !== 'docx')) return undefined;
  const other = doc.sourceType === 'pdf' ? 'docx' : 'pdf';
  const own = text(store, documentId);
  let best: { candidate: DocumentSummary; score: number } | undefined;
  for (const candidate of listDocuments(store)) {
    if (candidate.sourceType !== other || candidate.documentId === documentId || candidate.renditions?.length) continue;
    // A draft in Word and the final PDF share most words but are two documents: their dates differ.
    if (doc.date && candidate.date && doc.date !== candidate.date) continue;
    const score = textSimilarity(own, text(store, candidate.documentId));
    const same = score >= SAME_TEXT || (sameDetails(doc, candidate) && score >= SAME_DETAILS_TEXT);
    if (same && (!best || score > best.score)) best = { candidate, score };
  }
  if (!best) return undefined;
  const [primary, copy] = doc.sourceType === 'pdf' ? [doc, best.candidate] : [best.candidate, doc];
  const why = score(best.score);
  linkDocuments(
    store,
    copy.documentId,
    primary.documentId,
    `The Word file "${copy.fileName}" is the same document as "${primary.fileName}" (${why}): the PDF is cited and bundled, the Word file is kept for editing.`,
  );
  return { primaryId: primary.documentId, copyId: copy.documentId };
}

const score = (s: number) => (s >= SAME_TEXT ? 'the same text' : 'the same title, author and date');
