import type {
  DocumentKind,
  DocumentMetadataPatch,
  DocumentSummary,
  PageText,
  SourceType,
} from '../../../shared/documents.ts';
import { cleanName, cleanOptional } from '../../../shared/cleanText.ts';
import type { CaseStore } from './caseStore.ts';
import { writeBlob } from './blobs.ts';
import { linksByPrimary, NOT_A_LINKED_COPY } from './documentLinks.ts';

/** Everything an importer learned about one file, ready to be committed. */
export interface NewDocument {
  fileName: string;
  sourceType: SourceType;
  kind: DocumentKind;
  title: string;
  author?: string;
  profession?: string;
  date?: string;
  original: Uint8Array;
  pages: { text: string; ocr: boolean }[];
  /** Derived files keyed by purpose (see RENDITION). */
  renditions?: Partial<Record<RenditionPurpose, Uint8Array>>;
  structure?: unknown;
  parentId?: number;
  /** The page count when it is not the number of text pages (a Word file's rendering, or an estimate). */
  pageCount?: number;
  /** The count is an estimate (a Word file not yet laid out by a renderer). */
  pagesEstimated?: boolean;
}

/**
 * pdf: the PDF to read and bundle when it differs from the original (decrypted, repaired, or a
 * Word file rendered). image: a normalised PNG/JPEG when the original format cannot be embedded.
 */
export type RenditionPurpose = 'pdf' | 'image';

interface DocumentRow {
  id: number;
  file_name: string;
  source_type: SourceType;
  kind: DocumentKind;
  title: string;
  author: string | null;
  profession: string | null;
  doc_date: string | null;
  imported_at: string;
  page_count: number;
  sha256: string;
  parent_id: number | null;
  ocr_pages: number;
  pages_estimated: number;
  not_for_tribunal: number;
}

const SUMMARY_SQL = `
  SELECT d.*, (SELECT COUNT(*) FROM pages p WHERE p.document_id = d.id AND p.ocr = 1) AS ocr_pages,
    EXISTS (SELECT 1 FROM documents_not_for_tribunal n WHERE n.document_id = d.id) AS not_for_tribunal
  FROM documents d`;

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    documentId: r.id,
    fileName: r.file_name,
    title: r.title,
    kind: r.kind,
    sourceType: r.source_type,
    pages: r.page_count,
    ...(r.doc_date ? { date: r.doc_date } : {}),
    ...(r.author ? { author: r.author } : {}),
    ...(r.profession ? { profession: r.profession } : {}),
    importedAt: r.imported_at,
    sha256: r.sha256,
    ...(r.parent_id ? { parentId: r.parent_id } : {}),
    ocrPages: r.ocr_pages,
    ...(r.pages_estimated ? { pagesEstimated: true } : {}),
    ...(r.not_for_tribunal ? { notForTribunal: true } : {}),
  };
}

export function findLiveDocumentBySha(store: CaseStore, sha256: string): number | undefined {
  const row = store.db.prepare('SELECT id FROM documents WHERE sha256 = ? AND deleted_at IS NULL').get(sha256) as
    { id: number } | undefined;
  return row?.id;
}

/**
 * Files first (each crash-safe), then every row in one transaction. A crash between the two
 * leaves only unreferenced files, which `check` reports and never a row without its file.
 */
export function insertDocument(store: CaseStore, doc: NewDocument): number {
  const now = new Date().toISOString();
  const original = writeBlob(store.dir, doc.original);
  const renditions = Object.entries(doc.renditions ?? {}).map(([purpose, bytes]) => ({
    purpose,
    blob: writeBlob(store.dir, bytes as Uint8Array),
    size: (bytes as Uint8Array).length,
  }));
  const db = store.db;
  const putBlob = db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, rel_path, created_at) VALUES (?, ?, ?, ?)');
  return db.transaction(() => {
    putBlob.run(original.sha256, doc.original.length, original.relPath, now);
    const id = Number(
      db
        .prepare(
          `INSERT INTO documents (file_name, source_type, kind, title, author, profession, doc_date, imported_at,
             page_count, sha256, parent_id, pages_estimated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          // Names come from other people's files: no control or bidi-override characters stored.
          cleanName(doc.fileName),
          doc.sourceType,
          doc.kind,
          cleanName(doc.title) || cleanName(doc.fileName),
          cleanOptional(doc.author) || null,
          cleanOptional(doc.profession) || null,
          doc.date ?? null,
          now,
          doc.pageCount ?? doc.pages.length,
          original.sha256,
          doc.parentId ?? null,
          doc.pagesEstimated ? 1 : 0,
        ).lastInsertRowid,
    );
    const addRendition = db.prepare(
      'INSERT INTO renditions (document_id, purpose, sha256, created_at) VALUES (?, ?, ?, ?)',
    );
    for (const r of renditions) {
      putBlob.run(r.blob.sha256, r.size, r.blob.relPath, now);
      addRendition.run(id, r.purpose, r.blob.sha256, now);
    }
    const addPage = db.prepare('INSERT INTO pages (document_id, page_no, text, ocr) VALUES (?, ?, ?, ?)');
    doc.pages.forEach((p, i) => addPage.run(id, i + 1, p.text, p.ocr ? 1 : 0));
    if (doc.structure !== undefined) {
      db.prepare('INSERT INTO document_structure (document_id, json) VALUES (?, ?)').run(
        id,
        JSON.stringify(doc.structure),
      );
    }
    return id;
  })();
}

/** Attaches (or replaces) a derived file later, e.g. the PDF rendering of a Word file for a bundle. */
export function setRendition(store: CaseStore, documentId: number, purpose: RenditionPurpose, bytes: Uint8Array): void {
  const blob = writeBlob(store.dir, bytes);
  const now = new Date().toISOString();
  store.db.transaction(() => {
    store.db
      .prepare('INSERT OR IGNORE INTO blobs (sha256, size, rel_path, created_at) VALUES (?, ?, ?, ?)')
      .run(blob.sha256, bytes.length, blob.relPath, now);
    store.db
      .prepare('INSERT OR REPLACE INTO renditions (document_id, purpose, sha256, created_at) VALUES (?, ?, ?, ?)')
      .run(documentId, purpose, blob.sha256, now);
  })();
}

/** The true page count from a rendering (a Word file laid out for the bundle): no longer an estimate. */
export function setPageCount(store: CaseStore, documentId: number, pages: number): void {
  store.db.prepare('UPDATE documents SET page_count = ?, pages_estimated = 0 WHERE id = ?').run(pages, documentId);
}

export function getRenditionSha(store: CaseStore, documentId: number, purpose: RenditionPurpose): string | undefined {
  const row = store.db
    .prepare('SELECT sha256 FROM renditions WHERE document_id = ? AND purpose = ?')
    .get(documentId, purpose) as { sha256: string } | undefined;
  return row?.sha256;
}

/** Adds the linked copies to a primary and the primary to a copy. */
function withLinks(store: CaseStore, docs: DocumentSummary[]): DocumentSummary[] {
  const links = linksByPrimary(store);
  if (links.size === 0) return docs;
  const copyOf = new Map([...links.values()].flat().map((l) => [l.documentId, l.primaryId]));
  const rowOf = (id: number) =>
    store.db.prepare('SELECT id, file_name, source_type FROM documents WHERE id = ?').get(id) as Pick<
      DocumentRow,
      'id' | 'file_name' | 'source_type'
    >;
  return docs.map((d) => {
    const copies = links.get(d.documentId);
    const primary = copyOf.get(d.documentId);
    return {
      ...d,
      ...(copies
        ? {
            renditions: copies.map((l) => ({
              documentId: l.documentId,
              fileName: rowOf(l.documentId).file_name,
              sourceType: rowOf(l.documentId).source_type,
              reason: l.reason,
            })),
          }
        : {}),
      ...(primary ? { renditionOf: primary } : {}),
    };
  });
}

/**
 * Live documents, each once: another rendition of a document (its Word copy) is left out unless
 * `includeLinkedCopies`, and listed under the document's `renditions`.
 */
export function listDocuments(
  store: CaseStore,
  opts: { includeDeleted?: boolean; includeLinkedCopies?: boolean } = {},
): DocumentSummary[] {
  const conditions = [
    ...(opts.includeDeleted ? [] : ['d.deleted_at IS NULL']),
    ...(opts.includeLinkedCopies || opts.includeDeleted ? [] : [NOT_A_LINKED_COPY]),
  ];
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const rows = store.db.prepare(`${SUMMARY_SQL} ${where} ORDER BY d.id`).all() as DocumentRow[];
  return withLinks(store, rows.map(toSummary));
}

export function getDocument(store: CaseStore, documentId: number): DocumentSummary | undefined {
  const row = store.db.prepare(`${SUMMARY_SQL} WHERE d.id = ? AND d.deleted_at IS NULL`).get(documentId) as
    DocumentRow | undefined;
  return row ? withLinks(store, [toSummary(row)])[0] : undefined;
}

export function getPages(store: CaseStore, documentId: number): PageText[] {
  const rows = store.db
    .prepare('SELECT page_no, text, ocr FROM pages WHERE document_id = ? ORDER BY page_no')
    .all(documentId) as { page_no: number; text: string; ocr: number }[];
  return rows.map((r) => ({ page: r.page_no, text: r.text, ocr: r.ocr === 1 }));
}

/**
 * Every page of the given documents in one read (the bundle build gathers them once rather than
 * asking per document and per step), keyed by document id, pages in order.
 */
export function pagesByDocument(store: CaseStore, documentIds: readonly number[]): Map<number, PageText[]> {
  const out = new Map<number, PageText[]>(documentIds.map((id) => [id, []]));
  const rows = store.db
    .prepare(
      `SELECT p.document_id, p.page_no, p.text, p.ocr FROM pages p
       JOIN documents d ON d.id = p.document_id AND d.deleted_at IS NULL
       ORDER BY p.document_id, p.page_no`,
    )
    .all() as { document_id: number; page_no: number; text: string; ocr: number }[];
  for (const r of rows) out.get(r.document_id)?.push({ page: r.page_no, text: r.text, ocr: r.ocr === 1 });
  return out;
}

/** Every document's derived files by purpose, as content hashes (the bytes are read from the blob files). */
export function renditionsByDocument(store: CaseStore): Map<number, Partial<Record<RenditionPurpose, string>>> {
  const rows = store.db.prepare('SELECT document_id, purpose, sha256 FROM renditions').all() as {
    document_id: number;
    purpose: RenditionPurpose;
    sha256: string;
  }[];
  const out = new Map<number, Partial<Record<RenditionPurpose, string>>>();
  for (const r of rows) out.set(r.document_id, { ...out.get(r.document_id), [r.purpose]: r.sha256 });
  return out;
}

export function getStructure(store: CaseStore, documentId: number): unknown {
  const row = store.db.prepare('SELECT json FROM document_structure WHERE document_id = ?').get(documentId) as
    { json: string } | undefined;
  return row ? JSON.parse(row.json) : undefined;
}

export function updateDocumentMetadata(store: CaseStore, documentId: number, patch: DocumentMetadataPatch): boolean {
  const columns: [keyof DocumentMetadataPatch, string][] = [
    ['title', 'title'],
    ['kind', 'kind'],
    ['author', 'author'],
    ['profession', 'profession'],
    ['date', 'doc_date'],
  ];
  const sets: string[] = [];
  const values: (string | null)[] = [];
  for (const [key, column] of columns) {
    if (patch[key] === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(cleanOptional(patch[key]) ?? null);
  }
  if (sets.length === 0) return getDocument(store, documentId) !== undefined;
  const info = store.db
    .prepare(`UPDATE documents SET ${sets.join(', ')} WHERE id = ? AND deleted_at IS NULL`)
    .run(...values, documentId);
  return info.changes === 1;
}

/** Soft delete, so the app can offer undo; the files stay until the document is purged. */
export function deleteDocument(store: CaseStore, documentId: number): boolean {
  return (
    store.db
      .prepare('UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(new Date().toISOString(), documentId).changes === 1
  );
}

/** Undo a delete. Refused when the same file has been imported again since (it is already back). */
export function restoreDocument(store: CaseStore, documentId: number): 'restored' | 'not-deleted' | 'reimported' {
  const row = store.db.prepare('SELECT sha256, deleted_at FROM documents WHERE id = ?').get(documentId) as
    { sha256: string; deleted_at: string | null } | undefined;
  if (!row || row.deleted_at === null) return 'not-deleted';
  if (findLiveDocumentBySha(store, row.sha256) !== undefined) return 'reimported';
  store.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(documentId);
  return 'restored';
}
