import type { CaseStore } from './caseStore.ts';

/**
 * SQL condition (on documents aliased `d`): the document is not another rendition of a live
 * primary. Lists, search, the timeline and the bundle see a Word file and its PDF copy once.
 */
export const NOT_A_LINKED_COPY = `NOT EXISTS (
  SELECT 1 FROM document_links l JOIN documents p ON p.id = l.primary_id
  WHERE l.document_id = d.id AND p.deleted_at IS NULL)`;

export interface DocumentLink {
  documentId: number;
  primaryId: number;
  reason: string;
}

/** Links `documentId` as another rendition of `primaryId` (a primary is never itself a copy). */
export function linkDocuments(store: CaseStore, documentId: number, primaryId: number, reason: string): void {
  store.db.transaction(() => {
    // Copies of the document being linked follow it to the new primary.
    store.db.prepare('UPDATE document_links SET primary_id = ? WHERE primary_id = ?').run(primaryId, documentId);
    store.db
      .prepare(
        'INSERT OR REPLACE INTO document_links (document_id, primary_id, reason, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(documentId, primaryId, reason, new Date().toISOString());
  })();
}

/** Unlinks a document from its primary, or every copy from a primary. Returns the ids now separate. */
export function unlinkDocuments(store: CaseStore, documentId: number): number[] {
  const rows = store.db
    .prepare('SELECT document_id, primary_id FROM document_links WHERE document_id = ? OR primary_id = ?')
    .all(documentId, documentId) as { document_id: number; primary_id: number }[];
  store.db.prepare('DELETE FROM document_links WHERE document_id = ? OR primary_id = ?').run(documentId, documentId);
  return [...new Set(rows.flatMap((r) => [r.primary_id, r.document_id]))];
}

/** Every link whose primary is live, keyed by primary. */
export function linksByPrimary(store: CaseStore): Map<number, DocumentLink[]> {
  const rows = store.db
    .prepare(
      `SELECT l.document_id, l.primary_id, l.reason FROM document_links l
       JOIN documents p ON p.id = l.primary_id JOIN documents d ON d.id = l.document_id
       WHERE p.deleted_at IS NULL AND d.deleted_at IS NULL ORDER BY l.document_id`,
    )
    .all() as { document_id: number; primary_id: number; reason: string }[];
  const out = new Map<number, DocumentLink[]>();
  for (const r of rows)
    out.set(r.primary_id, [
      ...(out.get(r.primary_id) ?? []),
      { documentId: r.document_id, primaryId: r.primary_id, reason: r.reason },
    ]);
  return out;
}

/** The primary a document is a copy of, if it is one. */
export function primaryOf(store: CaseStore, documentId: number): number | undefined {
  const row = store.db.prepare('SELECT primary_id FROM document_links WHERE document_id = ?').get(documentId) as
    { primary_id: number } | undefined;
  return row?.primary_id;
}
