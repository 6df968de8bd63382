import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import { createOffThreadJobRunner, type JobChild } from '../../electron/main/jobHost.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { buildElectron } from '../../scripts/build-electron.mjs';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

/**
 * Runs jobs the way the app does, off the main thread, through the job process as built for
 * Electron (scripts/build-electron.mjs) — here in a worker thread, since Electron's
 * utilityProcess is not available in Node. The core is real: a real case, real sample files.
 */
const ROOT = join(import.meta.dirname, '../..');
let outdir: string;
let jobScript: string;

beforeAll(async () => {
  // Inside the repository so the build resolves node_modules (Node's better-sqlite3) as the app would.
  mkdirSync(join(ROOT, '.vitest-cache'), { recursive: true });
  outdir = mkdtempSync(join(ROOT, '.vitest-cache', 'electron-build-'));
  await buildElectron({ outdir });
  // What Electron forks: the CommonJS boot, which loads the ES module job process.
  jobScript = join(outdir, 'electron/main/jobProcessBoot.cjs');
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function workerChild(): JobChild {
  const w = new Worker(jobScript);
  return {
    post: (m) => w.postMessage(m),
    onMessage: (l) => w.on('message', l),
    onExit: (l) => w.on('exit', l),
    kill: () => void w.terminate(),
  };
}

function runner(spawn: () => JobChild = workerChild) {
  const events: JobEvent[] = [];
  const done = new Map<string, (r: ApiResult<unknown>) => void>();
  const results = new Map<string, Promise<ApiResult<unknown>>>();
  const jobs = createOffThreadJobRunner({
    spawn,
    emit: (e) => {
      events.push(e);
      if (e.type === 'done') done.get(e.jobId)?.(e.result);
    },
    appDataDir: join(outdir, 'app-data'),
    documentsDir: join(outdir, 'documents'),
    cancelGraceMs: 5_000,
  });
  const start = (name: string, input: unknown) => {
    const started = jobs.start(name, input);
    if (started.ok) results.set(started.value.jobId, new Promise((r) => done.set(started.value.jobId, r)));
    return started;
  };
  return { jobs, events, start, result: (jobId: string) => results.get(jobId)! };
}

describe('long jobs off the main thread', () => {
  it('the build produced the job process, the preload as one CommonJS file needing only electron, and the core data files', () => {
    expect(existsSync(jobScript)).toBe(true);
    expect(existsSync(join(outdir, 'electron/main/jobProcess.js'))).toBe(true);
    const preload = readFileSync(join(outdir, 'electron/preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(existsSync(join(outdir, 'electron/core/text/pdfWorkerBoot.mjs'))).toBe(true);
    expect(readFileSync(join(outdir, 'main.js'), 'utf8')).toContain("import './electron/main.js'");
  });

  it('every file the built core loads next to itself (workers, boot scripts) was built or copied there', () => {
    const built = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const refs = built.flatMap((f) =>
      [...readFileSync(join(outdir, f), 'utf8').matchAll(/new URL\("(\.\.?\/[^"$]+)", import\.meta\.url\)/g)].map((m) =>
        join(dirname(join(outdir, f)), m[1]!),
      ),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(existsSync(ref), ref).toBe(true);
  });

  it('imports a real report in a separate thread, reporting progress, then the checked result', async () => {
    const c = tempCase();
    try {
      const r = runner();
      const started = r.start('importFiles', { caseDir: c.dir, paths: [join(FIXTURES, '01-ep-report.pdf')] });
      expect(started.ok).toBe(true);
      if (!started.ok) return;
      const result = await r.result(started.value.jobId);
      expect(result).toMatchObject({ ok: true, value: [{ status: 'imported', pages: expect.any(Number) }] });
      const mine = r.events.filter((e) => e.jobId === started.value.jobId);
      expect(mine.filter((e) => e.type === 'progress').length).toBeGreaterThan(0);
      expect(mine.at(-1)?.type).toBe('done');
      expect(mine.filter((e) => e.type === 'done')).toHaveLength(1);
    } finally {
      c.close();
    }
  }, 120_000);

  it('stops when cancelled: one done event, and every file not yet read is left out', async () => {
    const c = tempCase();
    try {
      const r = runner();
      const started = r.start('importFiles', { caseDir: c.dir, paths: [FIXTURES] });
      if (!started.ok) throw new Error(started.error.message);
      r.jobs.cancel(started.value.jobId);
      const result = await r.result(started.value.jobId);
      if (result.ok) {
        const outcomes = result.value as { status: string; reason?: string }[];
        expect(outcomes.some((o) => o.status === 'rejected' && /cancel/i.test(o.reason ?? ''))).toBe(true);
      } else {
        expect(result.error.code).toBe('cancelled');
      }
      expect(r.events.filter((e) => e.type === 'done')).toHaveLength(1);
    } finally {
      c.close();
    }
  }, 120_000);

  it('refuses bad input before starting any process, and short calls as jobs', () => {
    let spawned = 0;
    const r = runner(() => {
      spawned++;
      return workerChild();
    });
    expect(r.start('importFiles', { caseDir: '/c', paths: [] })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(r.start('importFiles', { paths: ['/a.pdf'] })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(r.start('getCase', { caseDir: '/c' })).toMatchObject({ ok: false, error: { code: 'not-a-job' } });
    expect(r.start('rm -rf', {})).toMatchObject({ ok: false, error: { code: 'not-a-job' } });
    expect(spawned).toBe(0);
  });

  it('reports a job process that dies as a failure a parent can read, never a stack trace', async () => {
    // A job process that crashes outright (as a native module might on a hostile file).
    const r = runner(() => {
      const w = new Worker('process.exit(3)', { eval: true });
      return {
        post: () => {},
        onMessage: (l) => w.on('message', l),
        onExit: (l) => w.on('exit', l),
        kill: () => void w.terminate(),
      };
    });
    const started = r.start('importFiles', { caseDir: '/c', paths: ['/a.pdf'] });
    if (!started.ok) throw new Error(started.error.message);
    const result = await r.result(started.value.jobId);
    expect(result).toMatchObject({ ok: false, error: { code: 'job-crashed' } });
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at /);
  });

  it('does not pass on a result that breaks the contract', async () => {
    const r = runner(() => {
      const w = new Worker(
        "const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => parentPort.postMessage({ type: 'done', result: { ok: true, value: [{ path: 1 }] } })); parentPort.postMessage({ type: 'ready' });",
        { eval: true },
      );
      return {
        post: (m) => w.postMessage(m),
        onMessage: (l) => w.on('message', l),
        onExit: (l) => w.on('exit', l),
        kill: () => void w.terminate(),
      };
    });
    const started = r.start('importFiles', { caseDir: '/c', paths: ['/a.pdf'] });
    if (!started.ok) throw new Error(started.error.message);
    expect(await r.result(started.value.jobId)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
