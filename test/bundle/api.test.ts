import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

let c: ReturnType<typeof tempCase>;
let api: CoreApi;

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  await importPaths(
    c.store,
    ['01-ep-report.pdf', '02-salt-report.pdf', '03-ot-report.pdf', '07-mediation-certificate.pdf'].map((f) =>
      join(FIXTURES, f),
    ),
  );
  c.store.close();
  api = createCoreApi({ appDataDir: join(c.dir, '..', 'appdata'), documentsDir: c.dir });
}, 180_000);
afterAll(() => {
  api?.close();
  c?.close();
});

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('bundle API', () => {
  it('arranges documents by drag and drop and keeps the order the user chose', async () => {
    const plan = value(await api.call('planBundle', { caseDir: c.dir }));
    const d = plan.sections.find((s) => s.letter === 'D')!;
    expect(d.documents.length).toBeGreaterThanOrEqual(3);
    const last = d.documents[d.documents.length - 1]!;
    const moved = value(
      await api.call('moveBundleDocument', { caseDir: c.dir, documentId: last.documentId, position: 1 }),
    );
    expect(moved.sections.find((s) => s.letter === 'D')!.documents[0]!.documentId).toBe(last.documentId);
    const toE = value(
      await api.call('moveBundleDocument', { caseDir: c.dir, documentId: last.documentId, section: 'E' }),
    );
    expect(toE.sections.find((s) => s.letter === 'E')!.documents.map((x) => x.documentId)).toEqual([last.documentId]);
  });

  it('builds in a worker thread with progress, saves a version and serves its page map and PDF', async () => {
    const events: string[] = [];
    const saved = value(
      await api.call('buildBundle', { caseDir: c.dir }, { onProgress: (e) => events.push(e.message) }),
    );
    expect(events.some((m) => m.startsWith('Adding'))).toBe(true);
    expect(saved.outPath).toMatch(/bundles[/\\]bundle-v1\.pdf$/);
    expect(execFileSync('qpdf', ['--check', saved.outPath]).toString()).toContain(
      'No syntax or stream encoding errors',
    );
    const versions = value(await api.call('listBundleVersions', { caseDir: c.dir }));
    expect(versions.map((v) => v.version)).toEqual([saved.result.version]);
    const first = saved.result.documents[0]!;
    const map = value(await api.call('getBundlePageMap', { caseDir: c.dir, documentId: first.documentId }));
    expect(map[0]).toMatchObject({ label: first.startLabel, bundlePage: first.startPage });
    const pdf = value(await api.call('getBundlePdf', { caseDir: c.dir, version: saved.result.version }));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 120_000);

  it('can be cancelled, and saves nothing then', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await api.call('buildBundle', { caseDir: c.dir }, { signal: controller.signal });
    expect(r.ok).toBe(false);
    expect(value(await api.call('listBundleVersions', { caseDir: c.dir }))).toHaveLength(1);
  });

  it('duplicates the shipped profile for editing and refuses an inconsistent one', async () => {
    const copy = value(
      await api.call('duplicateBundleProfile', { caseDir: c.dir, fromId: 'pd-2025-send', newId: 'my-directions' }),
    );
    expect(copy.name).toMatch(/copy/);
    const bad = await api.call('saveBundleProfile', { caseDir: c.dir, profile: { ...copy, defaultSection: 'Z' } });
    expect(bad.ok).toBe(false);
    const profiles = value(await api.call('listBundleProfiles', { caseDir: c.dir }));
    expect(profiles.map((p) => p.id)).toEqual(['pd-2025-send', 'my-directions']);
  });
});
