import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCase } from '../electron/core/evidence/analyseCase.ts';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { listDocuments } from '../electron/core/store/documents.ts';
import type { OcrEngine } from '../electron/core/text/ocr.ts';
import { seconds, type BenchReport } from './report.ts';

const CASE_A = join(import.meta.dirname, '../../shared/samples/case-a');
/** Target from the evidence-map issue: a 10-document case analysed in at most 1 s after import. */
const MAX_MS = 1000;
const RUNS = 5;

/** Import is not what is measured here: scanned pages stay unread rather than wait for Tesseract. */
const noOcr: OcrEngine = {
  recognise: () => Promise.resolve({ text: '', confidence: 0, words: [] }),
  close: () => Promise.resolve(),
};

export async function benchEvidence(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-evidence-'));
  const made = initCase(join(dir, 'case'), { childName: 'Sam Taylor' });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  try {
    const files = readdirSync(CASE_A).filter((f) => /\.(pdf|docx)$/i.test(f)).map((f) => join(CASE_A, f));
    files.push(join(CASE_A, 'la-bundle', 'la-bundle.pdf'));
    await importPaths(store, files, { ocr: noOcr });
    const docs = listDocuments(store).length;
    const times: number[] = [];
    let recs = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      recs = (await analyseCase(store)).recommendations.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    return {
      title: `Evidence map: analysis of a ${docs}-document case (case-a), median of ${RUNS} runs`,
      rows: [
        ['documents', String(docs)],
        ['recommendations', String(recs)],
        ['slowest run', seconds(times.at(-1)!)],
        ['median', seconds(median)],
      ],
      targets: [{ label: `analysis ≤ ${seconds(MAX_MS)} (median ${seconds(median)})`, met: median <= MAX_MS }],
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
