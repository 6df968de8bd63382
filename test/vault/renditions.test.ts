import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { caseTimeline } from '../../electron/core/deadlines/caseTimeline.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { textSimilarity } from '../../electron/core/importers/linkRenditions.ts';
import { openCase, type CaseStore } from '../../electron/core/store/caseStore.ts';
import { migrate } from '../../electron/core/store/migrate.ts';
import { documentLinks } from '../../electron/core/store/migrations/documents.ts';
import { migrations, SCHEMA_VERSION } from '../../electron/core/store/migrations/index.ts';
import { listDocuments } from '../../electron/core/store/documents.ts';
import { searchCase } from '../../electron/core/store/search.ts';
import { PLAN_LINES, pdfCopy, wordCopy } from '../helpers/sameDocument.ts';
import { tempDir } from '../helpers/tempCase.ts';

let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
let store: CaseStore;

beforeEach(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: tmp.dir });
  caseDir = join(tmp.dir, 'case');
  expect((await api.call('createCase', { caseDir, childName: 'Noor' })).ok).toBe(true);
  const opened = openCase(caseDir);
  if (!opened.ok) throw new Error(opened.message);
  store = opened.value;
});
afterEach(() => {
  store.close();
  api.close();
  tmp.cleanup();
});

describe('one document with a Word and a PDF rendition', () => {
  it.each([
    ['Word first', ['docx', 'pdf']],
    ['PDF first', ['pdf', 'docx']],
  ])('links the two copies at import, %s, with the PDF as the document', async (_order, order) => {
    const files = { docx: await wordCopy(tmp.dir, 'plan.docx'), pdf: await pdfCopy(tmp.dir, 'plan.pdf') };
    await importPaths(store, [files[order[0] as 'pdf']]);
    const [second] = await importPaths(store, [files[order[1] as 'pdf']]);
    expect(second).toMatchObject({ status: 'imported', linkedTo: expect.any(Number) });

    const docs = listDocuments(store);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      sourceType: 'pdf',
      fileName: 'plan.pdf',
      renditions: [expect.objectContaining({ fileName: 'plan.docx', sourceType: 'docx' })],
    });
    // Search finds the words once; the timeline suggests "final plan issued" once.
    expect(searchCase(store, 'radio aid').map((h) => h.fileName)).toEqual(['plan.pdf']);
    expect(caseTimeline(store, '2027-03-10').suggestions.filter((s) => s.kind === 'final-plan')).toHaveLength(1);
  });

  it('separates them again through the API, and both are listed on their own', async () => {
    await importPaths(store, [await pdfCopy(tmp.dir, 'plan.pdf'), await wordCopy(tmp.dir, 'plan.docx')]);
    const [pdf] = listDocuments(store);
    const r = await api.call('unlinkRenditions', { caseDir, documentId: pdf!.documentId });
    expect(r.ok && r.value.map((d) => d.fileName).sort()).toEqual(['plan.docx', 'plan.pdf']);
    expect(
      listDocuments(store)
        .map((d) => d.fileName)
        .sort(),
    ).toEqual(['plan.docx', 'plan.pdf']);
    const again = await api.call('unlinkRenditions', { caseDir, documentId: pdf!.documentId });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-linked' } });
  });

  it('shows the Word copy again when the PDF is deleted, so nothing disappears with it', async () => {
    await importPaths(store, [await pdfCopy(tmp.dir, 'plan.pdf'), await wordCopy(tmp.dir, 'plan.docx')]);
    const [pdf] = listDocuments(store);
    expect((await api.call('deleteDocument', { caseDir, documentId: pdf!.documentId })).ok).toBe(true);
    expect(listDocuments(store).map((d) => d.fileName)).toEqual(['plan.docx']);
  });

  it('does not link a Word draft with a PDF final of another date, though their words are close', async () => {
    const draft = PLAN_LINES.map((l) => l.replace('3 March 2027', '10 February 2027'));
    await importPaths(store, [await wordCopy(tmp.dir, 'draft.docx', draft), await pdfCopy(tmp.dir, 'final.pdf')]);
    expect(listDocuments(store)).toHaveLength(2);
  });

  it('does not link two different documents of the same kind', async () => {
    const other = [
      'Speech and Language Therapy Report',
      'Date of report: 3 March 2027',
      'Noor was seen in clinic.',
      'Recommendations',
      '1. Weekly therapy, 45 minutes.',
    ];
    await importPaths(store, [await wordCopy(tmp.dir, 'salt.docx', other), await pdfCopy(tmp.dir, 'plan.pdf')]);
    expect(listDocuments(store)).toHaveLength(2);
  });

  it('scores the same words laid out on different pages as the same text', () => {
    expect(textSimilarity(PLAN_LINES.join('\n'), PLAN_LINES.join(' \f '))).toBe(1);
    expect(textSimilarity(PLAN_LINES.join('\n'), 'Milk bread eggs')).toBe(0);
  });
});

describe('the migrations for renditions, page estimates and bundle inputs', () => {
  it('bring a case made before them up to date, marking its unrendered Word files as estimates', () => {
    // A case file as the release before these steps left it, with a Word document in it.
    const before = migrations.findIndex((m) => m.description === documentLinks.description);
    const db = new Database(join(tmp.dir, 'old.sqlite'));
    try {
      expect(migrate(db, migrations.slice(0, before)).ok).toBe(true);
      db.prepare(
        "INSERT INTO blobs (sha256, size, rel_path, created_at) VALUES ('abc', 1, 'files/ab/c', '2026-01-01')",
      ).run();
      db.prepare(
        "INSERT INTO documents (file_name, source_type, kind, title, imported_at, page_count, sha256) VALUES ('plan.docx', 'docx', 'plan', 'Plan', '2026-01-01', 1, 'abc')",
      ).run();
      expect(migrate(db, migrations)).toEqual({ ok: true, value: SCHEMA_VERSION });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT pages_estimated FROM documents').get()).toEqual({ pages_estimated: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM document_links').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM bundle_version_inputs').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
