import { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import { writeBlob } from './blobs.ts';
import type { CaseStore } from './caseStore.ts';

/** Bundle-check area: checks kept with their bundle, and the not-for-the-tribunal mark. */

/** Keeps the checked bundle (content-addressed, like every document) and the check's result. */
export function saveBundleCheck(
  store: CaseStore,
  fileName: string,
  pdf: Uint8Array,
  outcome: Omit<BundleCheckOutcome, 'checkId' | 'sha256' | 'fileName' | 'checkedAt'>,
): BundleCheckOutcome {
  const blob = writeBlob(store.dir, pdf);
  const checkedAt = new Date().toISOString();
  const db = store.db;
  const id = db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, rel_path, created_at) VALUES (?, ?, ?, ?)').run(
      blob.sha256,
      pdf.length,
      blob.relPath,
      checkedAt,
    );
    const row = db
      .prepare('INSERT INTO bundle_checks (checked_at, file_name, sha256, result_json) VALUES (?, ?, ?, ?)')
      .run(checkedAt, fileName, blob.sha256, '{}');
    const checkId = Number(row.lastInsertRowid);
    const full: BundleCheckOutcome = { ...outcome, checkId, sha256: blob.sha256, fileName, checkedAt };
    db.prepare('UPDATE bundle_checks SET result_json = ? WHERE id = ?').run(JSON.stringify(full), checkId);
    return checkId;
  })();
  return getBundleCheck(store, id)!;
}

export function getBundleCheck(store: CaseStore, checkId: number): BundleCheckOutcome | undefined {
  const row = store.db.prepare('SELECT result_json FROM bundle_checks WHERE id = ?').get(checkId) as
    { result_json: string } | undefined;
  return row ? BundleCheckOutcome.parse(JSON.parse(row.result_json)) : undefined;
}

export function listBundleChecks(
  store: CaseStore,
): { checkId: number; checkedAt: string; fileName: string; sha256: string }[] {
  const rows = store.db.prepare('SELECT id, checked_at, file_name, sha256 FROM bundle_checks ORDER BY id').all() as {
    id: number;
    checked_at: string;
    file_name: string;
    sha256: string;
  }[];
  return rows.map((r) => ({ checkId: r.id, checkedAt: r.checked_at, fileName: r.file_name, sha256: r.sha256 }));
}

export function setNotForTribunal(store: CaseStore, documentId: number, notForTribunal: boolean): void {
  if (notForTribunal) {
    store.db
      .prepare('INSERT OR IGNORE INTO documents_not_for_tribunal (document_id, marked_at) VALUES (?, ?)')
      .run(documentId, new Date().toISOString());
  } else {
    store.db.prepare('DELETE FROM documents_not_for_tribunal WHERE document_id = ?').run(documentId);
  }
}

export function notForTribunalIds(store: CaseStore): Set<number> {
  return new Set(store.db.prepare('SELECT document_id FROM documents_not_for_tribunal').pluck().all() as number[]);
}
