import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { openCase } from '../../electron/core/store/caseStore.ts';
import { SCHEMA_VERSION } from '../../electron/core/store/migrations/index.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';

/**
 * "Leave out" on the bundle screen and "Not for the tribunal" on the bundle check are one mark:
 * the builder leaves the document out and says why, the check stops looking for it, and "Put
 * back" clears it.
 */
const FIXTURES = await caseFolder();

let c: ReturnType<typeof tempCase>;
let api: CoreApi;
let ot: number;
let ep: number;

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  await importPaths(
    c.store,
    ['01-ep-report.pdf', '03-ot-report.pdf'].map((f) => join(FIXTURES, f)),
  );
  c.store.close();
  api = createCoreApi({ appDataDir: join(c.dir, '..', 'appdata'), documentsDir: c.dir });
  const docs = value(await api.call('listDocuments', { caseDir: c.dir }));
  ep = docs.find((d) => d.fileName.startsWith('01-'))!.documentId;
  ot = docs.find((d) => d.fileName.startsWith('03-'))!.documentId;
}, 180_000);
afterAll(() => {
  api?.close();
  c?.close();
});

const placedIds = (plan: { sections: { documents: { documentId: number }[] }[] }) =>
  plan.sections.flatMap((s) => s.documents.map((d) => d.documentId));

describe('the not-for-the-tribunal mark in the bundle builder', () => {
  it('leaves a document marked on the bundle check out of the plan and the built bundle, saying why', async () => {
    value(await api.call('setNotForTribunal', { caseDir: c.dir, documentId: ot, notForTribunal: true }));
    const plan = value(await api.call('planBundle', { caseDir: c.dir }));
    expect(placedIds(plan)).not.toContain(ot);
    expect(plan.leftOut.map((d) => d.documentId)).toEqual([ot]);

    const saved = value(await api.call('buildBundle', { caseDir: c.dir }));
    expect(saved.result.documents.map((d) => d.documentId)).toEqual([ep]);
    expect(saved.result.excluded).toEqual([
      expect.objectContaining({ documentId: ot, reason: 'You marked this as not for the tribunal.', byUser: true }),
    ]);
    const docs = value(await api.call('listDocuments', { caseDir: c.dir }));
    expect(docs.find((d) => d.documentId === ot)?.notForTribunal).toBe(true);
    expect(docs.find((d) => d.documentId === ep)?.notForTribunal).toBeUndefined();
  }, 120_000);

  it('puts it back from the bundle screen, which clears the mark', async () => {
    const plan = value(await api.call('setBundleDocumentLeftOut', { caseDir: c.dir, documentId: ot, leaveOut: false }));
    expect(placedIds(plan)).toContain(ot);
    expect(plan.leftOut).toEqual([]);
    expect(value(await api.call('listNotForTribunal', { caseDir: c.dir }))).toEqual([]);
  });

  it('marks a document left out on the bundle screen as not for the tribunal, for every profile', async () => {
    value(await api.call('duplicateBundleProfile', { caseDir: c.dir, fromId: 'pd-2025-send', newId: 'our-copy' }));
    value(await api.call('setBundleDocumentLeftOut', { caseDir: c.dir, documentId: ep, leaveOut: true }));
    expect(value(await api.call('listNotForTribunal', { caseDir: c.dir }))).toEqual([ep]);
    const other = value(await api.call('planBundle', { caseDir: c.dir, options: { profileId: 'our-copy' } }));
    expect(other.leftOut.map((d) => d.documentId)).toEqual([ep]);
    const problems = value(await api.call('preflightBundle', { caseDir: c.dir }));
    expect(problems.flatMap((p) => p.documentIds)).not.toContain(ep);
    value(await api.call('setBundleDocumentLeftOut', { caseDir: c.dir, documentId: ep, leaveOut: false }));
  });
});

describe('a case from before the two were one', () => {
  it('keeps a document left out of a bundle out, now as marked not for the tribunal', async () => {
    const old = tempCase('Sam Taylor');
    try {
      await importPaths(old.store, [join(FIXTURES, '03-ot-report.pdf')]);
      const db = old.store.db;
      const id = (db.prepare('SELECT id FROM documents').get() as { id: number }).id;
      // As the previous version left it: the per-profile leave-out column set, no mark.
      db.prepare(
        "INSERT INTO bundle_placements (profile_id, document_id, leave_out) VALUES ('pd-2025-send', ?, 1)",
      ).run(id);
      db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
      old.store.close();
      const reopened = openCase(old.dir);
      if (!reopened.ok) throw new Error(reopened.message);
      const after = reopened.value.db;
      const marked = after.prepare('SELECT document_id FROM documents_not_for_tribunal').pluck().all();
      const leftOut = after.prepare('SELECT SUM(leave_out) FROM bundle_placements').pluck().get();
      reopened.value.close();
      expect(marked).toEqual([id]);
      expect(leftOut).toBe(0);
    } finally {
      old.close();
    }
  });
});
