import { DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../../shared/documents.ts';

export type SortKey = 'added' | 'title' | 'kind' | 'author' | 'date' | 'pages';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const text = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: DocumentSummary, b: DocumentSummary) => number> = {
  added: (a, b) => a.documentId - b.documentId,
  title: (a, b) => text(a.title, b.title),
  kind: (a, b) => text(DOCUMENT_KIND_LABELS[a.kind], DOCUMENT_KIND_LABELS[b.kind]),
  author: (a, b) => text(a.author ?? '', b.author ?? ''),
  date: (a, b) => (a.date ?? '').localeCompare(b.date ?? ''),
  pages: (a, b) => a.pages - b.pages,
};

/**
 * Documents in the chosen order; ties keep the order they were added. Undated documents go
 * last either way: "no date" is not "earliest", and a tribunal bundle is read by date.
 */
export function sortDocuments(docs: DocumentSummary[], sort: Sort): DocumentSummary[] {
  return [...docs].sort((a, b) => {
    if (sort.key === 'date' && !a.date !== !b.date) return a.date ? -1 : 1;
    const c = COMPARE[sort.key](a, b) * (sort.descending ? -1 : 1);
    return c !== 0 ? c : a.documentId - b.documentId;
  });
}
