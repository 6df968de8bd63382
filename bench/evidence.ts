import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCase } from '../electron/core/evidence/analyseCase.ts';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase, openCase } from '../electron/core/store/caseStore.ts';
import { listDocuments } from '../electron/core/store/documents.ts';
import type { OcrEngine } from '../electron/core/text/ocr.ts';
import { seconds, type BenchReport } from './report.ts';

const SAMPLES = join(import.meta.dirname, '../../shared/samples');
/**
 * A 10-document case with about 40 recommendations: case-c's plan, advice and letters with
 * case-a's reports added, so there is more advice to match than either sample has alone.
 */
const FILES = [
  'case-c/01-teacher-of-the-deaf-advice.pdf',
  'case-c/02-salt-report.pdf',
  'case-c/03-hearing-clinic-letter.pdf',
  'case-c/05-ehc-plan-final.pdf',
  'case-c/06-decision-letter.pdf',
  'case-a/01-ep-report.pdf',
  'case-a/02-salt-report.pdf',
  'case-a/03-ot-report.pdf',
  'case-a/04-social-care-assessment.pdf',
  'case-a/08-email-request-ot.pdf',
];
/**
 * Target from the evidence-map issue: the whole analysis of such a case in at most 2 s,
 * including loading the sentence-meaning model (the first analysis in a fresh process).
 */
const MAX_MS = 2000;
const RUNS = 5;

/** Import is not what is measured here: scanned pages stay unread rather than wait for Tesseract. */
const noOcr: OcrEngine = {
  recognise: () => Promise.resolve({ text: '', confidence: 0, words: [], lines: [] }),
  close: () => Promise.resolve(),
};

/** One analysis timed in its own process (bench/evidence/analyseOnce.ts). */
interface Run {
  ms: number;
  cpuMs: number;
  rssMb: number;
  recs: number;
}
const figures = (r: Run) => `${seconds(r.ms)} (CPU ${seconds(r.cpuMs)}, peak RSS ${r.rssMb.toFixed(0)} MB)`;

export async function benchEvidence(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-evidence-'));
  const made = initCase(join(dir, 'case'), { childName: 'Amara Okonkwo-Reid' });
  if (!made.ok) throw new Error(made.message);
  let store = made.value;
  try {
    await importPaths(
      store,
      FILES.map((f) => join(SAMPLES, f)),
      { ocr: noOcr },
    );
    const docs = listDocuments(store).length;
    // Each analysis a user waits for runs in a fresh process, so model load and peak RSS are the
    // analysis's own, not the import's. First a new case (no kept vectors: loads the model and
    // embeds every text in doubt), then the same case opened again (kept vectors: no model).
    store.close();
    const analyseInNewProcess = () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ['--import', 'tsx', join(import.meta.dirname, 'evidence/analyseOnce.ts'), join(dir, 'case')],
          { encoding: 'utf8' },
        ),
      ) as Run;
    const cold = analyseInNewProcess();
    const reopened = analyseInNewProcess();
    const again = openCase(join(dir, 'case'));
    if (!again.ok) throw new Error(again.message);
    store = again.value;
    await analyseCase(store);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await analyseCase(store);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    return {
      title: `Evidence map: analysis of a ${docs}-document case (${cold.recs} recommendations), model load included`,
      rows: [
        ['documents', String(docs)],
        ['recommendations', String(cold.recs)],
        ['first analysis, cold model (new case, new process)', figures(cold)],
        ['warm: case reopened in a new process (kept vectors)', figures(reopened)],
        [`warm: re-analysis in the same process, median of ${RUNS}`, seconds(median)],
      ],
      targets: [
        {
          label: `first analysis, cold model ≤ ${seconds(MAX_MS)} (${seconds(cold.ms)}; CPU ${seconds(cold.cpuMs)})`,
          met: cold.ms <= MAX_MS,
        },
        { label: `reopened case ≤ ${seconds(MAX_MS)} (${seconds(reopened.ms)})`, met: reopened.ms <= MAX_MS },
      ],
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
