import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, createJobRunner, type CoreApi, type JobRunner } from '../../electron/core/api/index.ts';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import type { ProgressEvent } from '../../shared/progress.ts';
import { casePaths } from '../fixtures/caseFiles/index.ts';
import { tempDir } from '../helpers/tempCase.ts';

/**
 * The analysis and the papers that run it (gap report, working document, appeal pack) are jobs:
 * started through the same JobRunner the app and the E2E harness use, they report their stages
 * and stop on cancel with code 'cancelled', leaving no file behind.
 */
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
let outDir: string;

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: join(tmp.dir, 'Documents') });
  caseDir = join(tmp.dir, 'case');
  outDir = join(tmp.dir, 'out');
  mkdirSync(outDir);
  await api.call('createCase', { caseDir, childName: 'Sam Taylor' });
  const paths = await casePaths('01-ep-report.pdf', '03-ot-report.pdf', '05-final-ehcp.pdf');
  const imported = await api.call('importFiles', { caseDir, paths });
  if (!imported.ok) throw new Error(imported.error.message);
});
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

/** Starts one job; `cancelAt` cancels it when a progress message first matches. */
async function runJob(
  name: string,
  input: unknown,
  cancelAt?: RegExp,
): Promise<{ progress: ProgressEvent[]; result: ApiResult<unknown> }> {
  const progress: ProgressEvent[] = [];
  let jobs: JobRunner | undefined;
  const result = await new Promise<ApiResult<unknown>>((resolve) => {
    jobs = createJobRunner(api, (e: JobEvent) => {
      if (e.type === 'done') return resolve(e.result);
      progress.push(e.progress);
      if (cancelAt?.test(e.progress.message)) jobs!.cancel(e.jobId);
    });
    const started = jobs.start(name, input);
    if (!started.ok) resolve(started);
  });
  return { progress, result };
}

describe('long calls as jobs through the core API', () => {
  it('runs the analysis as a job with its stages, giving what a plain call gives', async () => {
    const { progress, result } = await runJob('analyseEvidence', { caseDir });
    expect(result.ok).toBe(true);
    expect(progress.map((p) => p.message)).toEqual(
      expect.arrayContaining(['Reading the plan', 'Reading the reports (2 of 2)', 'Matching recommendations']),
    );
    expect(result).toEqual(await api.call('analyseEvidence', { caseDir }));
  });

  it('stops the analysis on cancel with code cancelled', async () => {
    const { progress, result } = await runJob('analyseEvidence', { caseDir }, /^Reading the plan$/);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(progress.at(-1)!.message).toBe('Reading the plan');
  });

  it('writes the gap report after the analysis, and on cancel while writing leaves no file at all', async () => {
    const out = join(outDir, 'gap.pdf');
    const stopped = await runJob('gapReport', { caseDir, format: 'pdf', outPath: out }, /^Writing the report$/);
    expect(stopped.result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Not the report, and not a temporary file of it either.
    expect(readdirSync(outDir)).toEqual([]);
    const { progress, result } = await runJob('gapReport', { caseDir, format: 'pdf', outPath: out });
    expect(result).toMatchObject({ ok: true, value: { path: out } });
    const messages = progress.map((p) => p.message);
    expect(messages.indexOf('Writing the report')).toBeGreaterThan(messages.indexOf('Matching recommendations'));
    expect(readdirSync(outDir)).toEqual(['gap.pdf']);
  });

  it('stops the appeal pack between enclosures on cancel, with no pack written', async () => {
    const out = join(outDir, 'pack.pdf');
    const { progress, result } = await runJob('writeAppealPack', { caseDir, outPath: out }, /^Adding the enclosures/);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(progress.filter((p) => p.message.startsWith('Adding the enclosures'))).toHaveLength(1);
    expect(readdirSync(outDir)).not.toContain('pack.pdf');
  });

  it('refuses to start a short call as a job', async () => {
    const { result } = await runJob('listDocuments', { caseDir });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-job' } });
  });
});
