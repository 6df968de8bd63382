import { SCHEMA_VERSION } from '../../electron/core/store/migrations/index.ts';
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HIT_CLOSE, HIT_OPEN, toFtsQuery } from '../../shared/search.ts';
import { blobRelPath, sha256Hex } from '../../electron/core/store/blobs.ts';
import { getCaseInfo, initCase, openCase } from '../../electron/core/store/caseStore.ts';
import { checkCase } from '../../electron/core/store/check.ts';
import {
  deleteDocument,
  findLiveDocumentBySha,
  getDocument,
  getPages,
  getRenditionSha,
  insertDocument,
  listDocuments,
  restoreDocument,
  setRendition,
  updateDocumentMetadata,
  type NewDocument,
} from '../../electron/core/store/documents.ts';
import { searchCase } from '../../electron/core/store/search.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

const doc = (over: Partial<NewDocument> = {}): NewDocument => ({
  fileName: 'report.pdf',
  sourceType: 'pdf',
  kind: 'report',
  title: 'Educational psychology report',
  original: new TextEncoder().encode(`%PDF-1.7 ${Math.random()}`),
  pages: [
    { text: 'Background and history of the child.', ocr: false },
    { text: 'Recommendation: daily precision teaching for ten minutes, delivered 1:1.', ocr: false },
  ],
  ...over,
});

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
const fresh = () => {
  const c = tempCase("Zoë Łukasiewicz-O'Brien");
  cleanups.push(c.close);
  return c.store;
};

describe('case store', () => {
  it('creates a case with WAL, foreign keys and the schema version, and reopens it', () => {
    const store = fresh();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(getCaseInfo(store).childName).toBe("Zoë Łukasiewicz-O'Brien");
    const again = openCase(store.dir);
    expect(again.ok).toBe(true);
    if (again.ok) again.value.close();
  });

  it('refuses to open a folder that is not a case, and to create a case over files', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const opened = openCase(dir);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.code).toBe('not-a-case');
    writeFileSync(join(dir, 'something.txt'), 'hello');
    const made = initCase(dir, { childName: 'Sam' });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.code).toBe('folder-not-empty');
  });

  it('stores the original content-addressed and its text per page', () => {
    const store = fresh();
    const input = doc();
    const id = insertDocument(store, input);
    const sha = sha256Hex(input.original);
    expect(existsSync(join(store.dir, blobRelPath(sha)))).toBe(true);
    expect(getDocument(store, id)).toMatchObject({ documentId: id, pages: 2, sha256: sha, kind: 'report' });
    expect(getPages(store, id).map((p) => p.page)).toEqual([1, 2]);
    expect(findLiveDocumentBySha(store, sha)).toBe(id);
  });

  it('keeps derived files as renditions beside the original', () => {
    const store = fresh();
    const id = insertDocument(store, doc());
    const pdf = new TextEncoder().encode('%PDF-1.7 decrypted');
    setRendition(store, id, 'pdf', pdf);
    expect(getRenditionSha(store, id, 'pdf')).toBe(sha256Hex(pdf));
    expect(checkCase(store).ok).toBe(true);
  });

  it('finds words with a ranked snippet and the page they are on', () => {
    const store = fresh();
    const a = insertDocument(store, doc());
    insertDocument(
      store,
      doc({ title: 'Plan', kind: 'plan', pages: [{ text: 'Section F: precision teaching weekly.', ocr: false }] }),
    );
    const hits = searchCase(store, 'precision teaching');
    expect(hits).toHaveLength(2);
    const fromReport = hits.find((h) => h.documentId === a);
    expect(fromReport?.page).toBe(2);
    expect(fromReport?.snippet).toContain(`${HIT_OPEN}precision${HIT_CLOSE}`);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('ignores accents and never fails on FTS operators typed by accident', () => {
    const store = fresh();
    insertDocument(store, doc({ pages: [{ text: 'Zoë attends the café club', ocr: false }] }));
    expect(searchCase(store, 'zoe cafe')).toHaveLength(1);
    for (const q of ['AND', '"unclosed', 'NEAR(', '-', '*', 'a:b', '('])
      expect(() => searchCase(store, q)).not.toThrow();
    expect(toFtsQuery('  ')).toBeUndefined();
    expect(toFtsQuery('"speech and language" therapy')).toBe('"speech and language" "therapy"');
  });

  it('edits metadata, deletes with undo, and hides deleted documents from search', () => {
    const store = fresh();
    const id = insertDocument(store, doc());
    expect(updateDocumentMetadata(store, id, { title: 'EP report', date: '2026-05-12', author: null })).toBe(true);
    expect(getDocument(store, id)).toMatchObject({ title: 'EP report', date: '2026-05-12' });
    expect(deleteDocument(store, id)).toBe(true);
    expect(listDocuments(store)).toHaveLength(0);
    expect(searchCase(store, 'precision')).toHaveLength(0);
    expect(restoreDocument(store, id)).toBe('restored');
    expect(searchCase(store, 'precision')).toHaveLength(1);
    expect(restoreDocument(store, id)).toBe('not-deleted');
  });

  it('will not restore a deleted document whose file has been imported again', () => {
    const store = fresh();
    const input = doc();
    const first = insertDocument(store, input);
    deleteDocument(store, first);
    insertDocument(store, input);
    expect(restoreDocument(store, first)).toBe('reimported');
  });
});

describe('casebook check', () => {
  it('is clean on a fresh case with documents', () => {
    const store = fresh();
    insertDocument(store, doc());
    expect(checkCase(store)).toMatchObject({ ok: true, documents: 1, problems: [] });
  });

  it('reports a stored file that has gone missing as an error', () => {
    const store = fresh();
    const input = doc();
    insertDocument(store, input);
    unlinkSync(join(store.dir, blobRelPath(sha256Hex(input.original))));
    const report = checkCase(store);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code)).toContain('missing-file');
  });

  it('reports a file changed on disk as corrupt', () => {
    const store = fresh();
    const input = doc();
    insertDocument(store, input);
    writeFileSync(join(store.dir, blobRelPath(sha256Hex(input.original))), 'tampered');
    expect(checkCase(store).problems.map((p) => p.code)).toContain('corrupt-file');
  });

  it('reports leftovers of an interrupted write as warnings, not errors', () => {
    const store = fresh();
    insertDocument(store, doc());
    writeFileSync(join(store.dir, 'files', 'stray'), 'x');
    writeFileSync(join(store.dir, 'files', '.abc.tmp'), 'x');
    const report = checkCase(store);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => p.code).sort()).toEqual(['orphan-file', 'temp-file']);
  });
});
