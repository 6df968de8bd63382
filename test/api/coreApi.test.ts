import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreApi, createJobRunner, type CoreApi } from '../../electron/core/api/index.ts';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;

beforeEach(() => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: join(tmp.dir, 'Documents') });
});
afterEach(() => {
  api.close();
  tmp.cleanup();
});

describe('core api', () => {
  it('creates a case, remembers it, and reports it in the overview', async () => {
    const caseDir = join(tmp.dir, 'case');
    const made = await api.call('createCase', { caseDir, childName: 'Sam', localAuthority: 'Anyshire' });
    expect(made).toMatchObject({ ok: true, value: { childName: 'Sam', localAuthority: 'Anyshire' } });
    const recent = await api.call('listRecentCases', {});
    expect(recent.ok && recent.value.map((r) => [r.caseDir, r.available])).toEqual([[caseDir, true]]);
    const overview = await api.call('getCaseOverview', { caseDir });
    expect(overview.ok && overview.value).toMatchObject({ documentCount: 0, pageCount: 0, keyDates: [] });
  });

  it('rejects bad input with a plain message and no stack trace', async () => {
    const r = await api.call('createCase', { caseDir: '', childName: 'Sam' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad-input');
    expect(r.error.message).toMatch(/caseDir/);
    expect(r.error.message).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses unknown calls and folders that are not cases', async () => {
    expect(await api.call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    const r = await api.call('listDocuments', { caseDir: join(tmp.dir, 'nowhere') });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-a-case' } });
  });

  it('suggests a new folder under Documents that does not collide with an existing case', async () => {
    const first = await api.call('suggestCaseFolder', { childName: 'Sam: "Y6"' });
    expect(first).toEqual({ ok: true, value: join(tmp.dir, 'Documents', 'Casebook cases', 'Sam Y6') });
    if (!first.ok) return;
    await api.call('createCase', { caseDir: first.value, childName: 'Sam' });
    const second = await api.call('suggestCaseFolder', { childName: 'Sam: "Y6"' });
    expect(second.ok && second.value).toBe(`${first.value} (2)`);
    expect(existsSync(first.value)).toBe(true);
  });

  it('has no native pickers unless the host provides them', async () => {
    expect(await api.call('getAppInfo', {})).toMatchObject({
      ok: true,
      value: { canChooseFolder: false, canChooseFiles: false },
    });
    expect(await api.call('chooseFolder', { purpose: 'open-case' })).toEqual({ ok: true, value: null });
  });

  it('only runs job calls as jobs and reports a done event', async () => {
    const events: JobEvent[] = [];
    const jobs = createJobRunner(api, (e) => events.push(e));
    expect(jobs.start('getCase', { caseDir: tmp.dir })).toMatchObject({ ok: false, error: { code: 'not-a-job' } });
    const started = jobs.start('importFiles', { caseDir: join(tmp.dir, 'nowhere'), paths: ['x.pdf'] });
    expect(started.ok).toBe(true);
    await jobs.cancelAll();
    await new Promise((r) => setTimeout(r, 0));
    const done = events.find((e) => e.type === 'done');
    expect(done).toBeDefined();
    expect(done?.type === 'done' && done.result.ok).toBe(false);
  });

  it('imports through the API, serves the PDF to draw, and finds its words', async () => {
    const caseDir = join(tmp.dir, 'case');
    await api.call('createCase', { caseDir, childName: 'Sam' });
    const progress: string[] = [];
    const imported = await api.call(
      'importFiles',
      { caseDir, paths: [join(FIXTURES, '01-ep-report.pdf')] },
      { onProgress: (p) => progress.push(p.message) },
    );
    expect(imported.ok && imported.value.map((o) => o.status)).toEqual(['imported']);
    expect(progress.length).toBeGreaterThan(0);
    const id = imported.ok ? imported.value[0]!.documentId! : 0;
    const pdf = await api.call('getDocumentPdf', { caseDir, documentId: id });
    expect(pdf.ok && pdf.value && new TextDecoder().decode(pdf.value.slice(0, 5))).toBe('%PDF-');
    const hits = await api.call('search', { caseDir, query: 'timetable' });
    expect(hits.ok && hits.value.every((h) => h.documentId === id) && hits.value.length).toBeGreaterThan(0);
    const overview = await api.call('getCaseOverview', { caseDir });
    expect(overview.ok && overview.value.countsByKind.report).toBe(1);
  }, 120_000);

  it('stops an import when its job is cancelled, and says which files were not read', async () => {
    const caseDir = join(tmp.dir, 'case');
    await api.call('createCase', { caseDir, childName: 'Sam' });
    const events: JobEvent[] = [];
    let jobs: ReturnType<typeof createJobRunner> | undefined = undefined;
    let jobId = '';
    jobs = createJobRunner(api, (e) => {
      events.push(e);
      if (e.type === 'progress') jobs?.cancel(e.jobId);
    });
    const started = jobs.start('importFiles', {
      caseDir,
      paths: ['01-ep-report.pdf', '02-salt-report.pdf', '03-ot-report.pdf'].map((f) => join(FIXTURES, f)),
    });
    if (started.ok) jobId = started.value.jobId;
    await expect.poll(() => events.some((e) => e.type === 'done'), { timeout: 60_000 }).toBe(true);
    const done = events.find((e) => e.type === 'done' && e.jobId === jobId);
    const result = done?.type === 'done' ? done.result : undefined;
    // Cancelling never loses what is stored: either a clean 'cancelled' or outcomes that say so.
    if (result?.ok) {
      const outcomes = result.value as { status: string; reason?: string }[];
      expect(outcomes.some((o) => o.status === 'rejected' && /cancel/i.test(o.reason ?? ''))).toBe(true);
    } else {
      expect(result?.error.code).toBe('cancelled');
    }
  }, 120_000);

  it('gives the viewer a photographed letter as a picture, and no picture for a PDF', async () => {
    const caseDir = join(tmp.dir, 'case');
    await api.call('createCase', { caseDir, childName: 'Sam' });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300"><rect width="900" height="300" fill="white"/><text x="40" y="160" font-size="64" font-family="sans-serif">Annual review meeting</text></svg>';
    const png = join(tmp.dir, 'letter-photo.png');
    writeFileSync(png, await sharp(Buffer.from(svg)).png().toBuffer());
    const imported = await api.call('importFiles', { caseDir, paths: [png, join(FIXTURES, '01-ep-report.pdf')] });
    const ids = imported.ok ? imported.value.map((o) => o.documentId!) : [];
    expect(ids).toHaveLength(2);
    const picture = await api.call('getDocumentImage', { caseDir, documentId: ids[0]! });
    expect(picture.ok && picture.value?.mimeType).toBe('image/png');
    expect(await api.call('getDocumentImage', { caseDir, documentId: ids[1]! })).toEqual({ ok: true, value: null });
  }, 120_000);

  it('marks a locked PDF so the app can ask for its password, and imports it once given', async () => {
    const caseDir = join(tmp.dir, 'case');
    await api.call('createCase', { caseDir, childName: 'Sam' });
    const locked = join(tmp.dir, 'locked.pdf');
    // qpdf as a referee tool: AES-256 with a user password, as councils' secure email sends them.
    execFileSync('qpdf', [
      '--encrypt',
      'Westshire1',
      'owner-secret',
      '256',
      '--',
      join(FIXTURES, '03-ot-report.pdf'),
      locked,
    ]);
    const attempt = async (password?: string) => {
      const r = await api.call('importFiles', { caseDir, paths: [locked], ...(password ? { password } : {}) });
      return r.ok ? r.value.map((o) => [o.status, o.passwordProblem]) : r.error.code;
    };
    expect(await attempt()).toEqual([['rejected', 'needed']]);
    expect(await attempt('westshire1')).toEqual([['rejected', 'wrong']]);
    expect(await attempt('Westshire1')).toEqual([['imported', undefined]]);
  }, 120_000);
});
