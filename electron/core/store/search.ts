import type { SearchHit } from '../../../shared/documents.ts';
import { HIT_CLOSE, HIT_OPEN, toFtsQuery } from '../../../shared/search.ts';
import type { CaseStore } from './caseStore.ts';
import { NOT_A_LINKED_COPY } from './documentLinks.ts';

/** Full-text search over every page of every live document, best match first (BM25); a linked copy only when asked by id. */
export function searchCase(
  store: CaseStore,
  query: string,
  opts: { limit?: number; documentId?: number } = {},
): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) return [];
  const rows = store.db
    .prepare(
      `SELECT d.id AS documentId, d.file_name AS fileName, d.title AS title, p.page_no AS page,
              snippet(pages_fts, 0, ?, ?, '…', 16) AS snippet, bm25(pages_fts) AS rank
       FROM pages_fts
       JOIN pages p ON p.rowid = pages_fts.rowid
       JOIN documents d ON d.id = p.document_id
       WHERE pages_fts MATCH ? AND d.deleted_at IS NULL AND (? IS NULL OR d.id = ?)
         AND (? IS NOT NULL OR ${NOT_A_LINKED_COPY})
       ORDER BY rank
       LIMIT ?`,
    )
    .all(
      HIT_OPEN,
      HIT_CLOSE,
      fts,
      opts.documentId ?? null,
      opts.documentId ?? null,
      opts.documentId ?? null,
      opts.limit ?? 100,
    ) as {
    documentId: number;
    fileName: string;
    title: string;
    page: number;
    snippet: string;
    rank: number;
  }[];
  // bm25() is lower-is-better and negative; expose a positive score where higher is better.
  return rows.map(({ rank, snippet, ...r }) => ({ ...r, snippet: snippet.replace(/\s+/g, ' ').trim(), score: -rank }));
}
