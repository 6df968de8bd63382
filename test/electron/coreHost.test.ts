import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../electron/core/api/jobs.ts';
import { createCoreHost, type CoreChild, type HostCapabilities } from '../../electron/main/coreHost.ts';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { casePaths } from '../fixtures/caseFiles/index.ts';

/**
 * The core process as the app runs it (built by scripts/build-electron.mjs), here in a worker
 * thread since Electron's utilityProcess is not available in Node. Main's side is the real
 * coreHost; the core is real: real cases, real files.
 */
const ROOT = join(import.meta.dirname, '../..');
let outdir: string;
let spawned = 0;

beforeAll(async () => {
  mkdirSync(join(ROOT, '.vitest-cache'), { recursive: true });
  outdir = mkdtempSync(join(ROOT, '.vitest-cache', 'core-build-'));
  await buildElectron({ outdir });
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function workerChild(): CoreChild {
  spawned++;
  const w = new Worker(join(outdir, 'electron/main/coreProcessBoot.cjs'));
  return {
    post: (m) => w.postMessage(m),
    onMessage: (l) => w.on('message', l),
    onExit: (l) => w.on('exit', l),
    kill: () => void w.terminate(),
  };
}

const host = (caps: HostCapabilities = {}) =>
  createCoreHost({
    spawn: workerChild,
    appDataDir: join(outdir, 'app-data'),
    documentsDir: join(outdir, 'Documents'),
    host: caps,
  });

describe('the core in its own process, main only routing', () => {
  it('answers calls from the core process and keeps the case open between them', async () => {
    const core = host();
    try {
      const caseDir = join(outdir, 'case-1');
      expect(await core.call('createCase', { caseDir, childName: 'Alex Morgan' })).toMatchObject({
        ok: true,
        value: { childName: 'Alex Morgan' },
      });
      expect(await core.call('getCaseOverview', { caseDir })).toMatchObject({ ok: true, value: { documentCount: 0 } });
      expect(await core.call('listDocuments', { caseDir: join(outdir, 'nowhere') })).toMatchObject({
        ok: false,
        error: { code: 'not-a-case' },
      });
    } finally {
      core.close();
    }
  });

  it('refuses bad input and unknown names in main, before any process starts', async () => {
    const before = spawned;
    const core = host();
    expect(await core.call('createCase', { caseDir: '', childName: 'Alex' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await core.call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(spawned).toBe(before);
    core.close();
  });

  it('asks main for what only the desktop can do (a folder dialog)', async () => {
    const asked: string[] = [];
    const core = host({ chooseFolder: async (purpose) => (asked.push(purpose), '/home/parent/Cases/Alex') });
    try {
      expect(await core.call('getAppInfo', {})).toMatchObject({
        ok: true,
        value: { canChooseFolder: true, canChooseFiles: false },
      });
      expect(await core.call('chooseFolder', { purpose: 'open-case' })).toEqual({
        ok: true,
        value: '/home/parent/Cases/Alex',
      });
      expect(asked).toEqual(['open-case']);
    } finally {
      core.close();
    }
  });

  it('reports progress of a long call and stops it when cancelled, keeping what was finished', async () => {
    const core = host();
    try {
      const caseDir = join(outdir, 'case-2');
      await core.call('createCase', { caseDir, childName: 'Alex Morgan' });
      const controller = new AbortController();
      const progress: string[] = [];
      const paths = await casePaths('01-ep-report.pdf', '03-ot-report.pdf', '04-social-care-assessment.pdf');
      const result = await core.call(
        'importFiles',
        { caseDir, paths },
        {
          signal: controller.signal,
          onProgress: (p) => {
            progress.push(p.message);
            if (p.message.includes('03-ot-report.pdf')) controller.abort();
          },
        },
      );
      expect(progress.length).toBeGreaterThan(0);
      const statuses = result.ok ? (result.value as { status: string }[]).map((o) => o.status) : [result.error.code];
      expect(statuses[0]).toBe(result.ok ? 'imported' : 'cancelled');
      if (result.ok) expect(statuses.slice(1)).toEqual(['rejected', 'rejected']);
    } finally {
      core.close();
    }
  }, 120_000);

  it('runs the analysis as a job in the core process: its stages reach main, and Cancel stops it', async () => {
    const core = host();
    try {
      const caseDir = join(outdir, 'case-3');
      await core.call('createCase', { caseDir, childName: 'Alex Morgan' });
      const files = ['01-ep-report.pdf', '02-salt-report.pdf', '03-ot-report.pdf', '05-final-ehcp.pdf'] as const;
      await core.call('importFiles', { caseDir, paths: await casePaths(...files) });
      const run = (cancelAtFirstStep = false) =>
        new Promise<{ stages: string[]; result: ApiResult<unknown> }>((resolve) => {
          const stages: string[] = [];
          const jobs = createJobRunner(core, (e: JobEvent) => {
            if (e.type === 'done') return resolve({ stages, result: e.result });
            stages.push(e.progress.message);
            if (cancelAtFirstStep) jobs.cancel(e.jobId);
          });
          jobs.start('analyseEvidence', { caseDir });
        });
      // Cancelled first, while the process is cold: Cancel crosses to the core process as a message
      // and takes effect a step or two later, and a warm analysis of four documents can finish
      // within that. Cold, the sentence encoder's loading (about a second) lies ahead, so it cannot.
      const stopped = await run(true);
      expect(stopped.result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(stopped.stages[0]).toBe('Opening the documents (1 of 4)');
      expect(stopped.stages).not.toContain('Analysis finished');
      const whole = await run();
      expect(whole.result.ok).toBe(true);
      expect(whole.stages).toEqual(expect.arrayContaining(['Reading the plan', 'Reading the reports (3 of 3)']));
    } finally {
      core.close();
    }
  }, 120_000);

  it('fails waiting calls plainly when the core process dies, and starts a new one for the next call', async () => {
    let first: Worker | undefined;
    const core = createCoreHost({
      spawn: () => {
        if (!first) {
          // The first process dies as soon as it is asked anything (a crash in a native module).
          first = new Worker('process.exit(3)', { eval: true });
          const w = first;
          return {
            post: () => undefined,
            onMessage: () => undefined,
            onExit: (l) => w.on('exit', l),
            kill: () => void w.terminate(),
          };
        }
        return workerChild();
      },
      appDataDir: join(outdir, 'app-data'),
      documentsDir: join(outdir, 'Documents'),
      host: {},
    });
    try {
      const crashed = await core.call('getAppInfo', {});
      expect(crashed).toMatchObject({ ok: false, error: { code: 'job-crashed' } });
      if (!crashed.ok) expect(crashed.error.message).not.toMatch(/\bat .*:\d+/);
      expect(await core.call('getAppInfo', {})).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });
});
