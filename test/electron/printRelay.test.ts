import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';
import type { HtmlToPdf } from '../../shared/bundle.ts';
import type { ApiResult } from '../../shared/contract/define.ts';
import type { CallOutput } from '../../shared/contract/index.ts';
import { createCoreApi } from '../../electron/core/api/index.ts';
import { createOffThreadJobRunner, type JobChild } from '../../electron/main/jobHost.ts';
import { CHROMIUM } from '../e2e/browser.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

/**
 * The app's bundle build runs in a job process with no windows; Word files are printed by main
 * (Electron's printToPDF) at the job's request. Electron cannot run here, so main's printer is
 * played by a real Chromium's page.pdf — the relay, the job process as built for Electron and
 * the bundle engine are the real ones.
 */
const ROOT = join(import.meta.dirname, '../..');
let outdir: string;
let browser: Browser;
let tmp: ReturnType<typeof tempDir>;
let caseDir: string;

beforeAll(async () => {
  mkdirSync(join(ROOT, '.vitest-cache'), { recursive: true });
  outdir = mkdtempSync(join(ROOT, '.vitest-cache', 'electron-build-'));
  await buildElectron({ outdir });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  tmp = tempDir('casebook-print-relay-');
  caseDir = join(tmp.dir, 'case');
  const api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: join(tmp.dir, 'docs') });
  expect((await api.call('createCase', { caseDir, childName: 'Sam Example' })).ok).toBe(true);
  // Imported with no renderer, so the Word file reaches the build unprinted (import lays Word out when it can).
  process.env.CASEBOOK_DOCX_RENDERER = 'none';
  const imported = await api.call('importFiles', {
    caseDir,
    paths: [join(FIXTURES, '05-final-ehcp.docx'), join(FIXTURES, '06-decision-letter.pdf')],
  });
  delete process.env.CASEBOOK_DOCX_RENDERER;
  expect(imported).toMatchObject({ ok: true, value: [{ status: 'imported' }, { status: 'imported' }] });
  api.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  tmp?.cleanup();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

function workerChild(): JobChild {
  const w = new Worker(join(outdir, 'electron/main/jobProcessBoot.cjs'));
  return {
    post: (m) => w.postMessage(m),
    onMessage: (l) => w.on('message', l),
    onExit: (l) => w.on('exit', l),
    kill: () => void w.terminate(),
  };
}

async function buildWith(htmlToPdf: HtmlToPdf): Promise<ApiResult<CallOutput<'buildBundle'>>> {
  let resolve!: (r: ApiResult<unknown>) => void;
  const done = new Promise<ApiResult<unknown>>((r) => (resolve = r));
  const jobs = createOffThreadJobRunner({
    spawn: workerChild,
    emit: (e) => e.type === 'done' && resolve(e.result),
    appDataDir: join(tmp.dir, 'app'),
    documentsDir: join(tmp.dir, 'docs'),
    htmlToPdf,
  });
  const started = jobs.start('buildBundle', { caseDir, options: { documentTimeoutSeconds: 120 } });
  expect(started.ok).toBe(true);
  return (await done) as ApiResult<CallOutput<'buildBundle'>>;
}

describe('Word files in an off-thread bundle build are printed by main', () => {
  // First: once printed, a Word file's PDF is kept with it and later builds reuse it.
  it('leaves the Word file out, saying why, when main cannot print it; the rest still builds', async () => {
    const r = await buildWith(() => Promise.reject(new Error('the print window closed')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.result.documents.map((d) => d.fileName)).toEqual(['06-decision-letter.pdf']);
    expect(r.value.result.excluded).toEqual([
      expect.objectContaining({ fileName: '05-final-ehcp.docx', reason: expect.stringMatching(/print window closed/) }),
    ]);
  }, 240_000);

  it('sends the document to main as HTML and puts the printed pages in the bundle', async () => {
    const printed: string[] = [];
    const r = await buildWith(async (html) => {
      printed.push(html);
      const page = await browser.newPage({ javaScriptEnabled: false });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        await page.close();
      }
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(printed).toHaveLength(1);
    // The plan's own words and its tables reach the printer (mammoth's HTML of the DOCX).
    expect(printed[0]).toMatch(/<table/);
    expect(printed[0]).toMatch(/Section F/i);
    const docx = r.value.result.documents.find((d) => d.fileName === '05-final-ehcp.docx');
    expect(docx?.pages).toBeGreaterThan(0);
    expect(r.value.result.excluded).toEqual([]);
  }, 240_000);
});
