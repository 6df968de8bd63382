import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { createOcrEngine, type OcrEngine } from '../electron/core/text/ocr.ts';
import { pdfWorkerStats, stopPdfWorkers } from '../electron/core/text/pdfWorkerClient.ts';
import { peakRssMb, seconds, type BenchReport } from './report.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/real-world-pdfs');

/** Targets from the case-vault issue: text import within 2× poppler's time, 1 GB of memory. */
const MAX_RATIO = 2;
const MAX_RSS_MB = 1024;

/** A real OCR engine that also counts the time Tesseract spends, so OCR is reported apart. */
function timedOcr(): { engine: OcrEngine; ms: () => number; pages: () => number } {
  const real = createOcrEngine();
  let ms = 0;
  let pages = 0;
  return {
    engine: {
      async recognise(image) {
        const t = performance.now();
        try {
          return await real.recognise(image);
        } finally {
          ms += performance.now() - t;
          pages++;
        }
      },
      close: () => real.close(),
    },
    ms: () => ms,
    pages: () => pages,
  };
}

/** For a quick run (--no-ocr): pages are still rendered, but Tesseract is not run. */
const noOcr: OcrEngine = {
  recognise: () => Promise.resolve({ text: '', confidence: 0, words: [] }),
  close: () => Promise.resolve(),
};

/** poppler's pdftotext over the same files, one process per file as a user's script would. */
function popplerMs(files: string[]): number | undefined {
  if (spawnSync('pdftotext', ['-v']).error) return undefined;
  const t = performance.now();
  for (const f of files) spawnSync('pdftotext', ['-q', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 60_000 });
  return performance.now() - t;
}

export async function benchImport(args: string[]): Promise<BenchReport> {
  const withOcr = !args.includes('--no-ocr');
  const files = readdirSync(CORPUS).filter((f) => f.toLowerCase().endsWith('.pdf')).sort().map((f) => join(CORPUS, f));
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  const made = initCase(join(dir, 'case'), { childName: 'Bench' });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  const ocr = timedOcr();
  try {
    const t = performance.now();
    const outcomes = await importPaths(store, files, { ocr: withOcr ? ocr.engine : noOcr, fileTimeoutMs: 120_000 });
    const totalMs = performance.now() - t;
    const renderMs = pdfWorkerStats().render?.ms ?? 0;
    const ocrMs = ocr.ms() + renderMs;
    const textMs = totalMs - ocrMs;
    const imported = outcomes.filter((o) => o.status === 'imported');
    const pages = imported.reduce((n, o) => n + (o.pages ?? 0), 0);
    const poppler = popplerMs(files);
    const ratio = poppler ? textMs / poppler : undefined;
    const rss = peakRssMb();
    return {
      title: `Import of the real-world PDF corpus (${files.length} files)`,
      rows: [
        ['imported / rejected', `${imported.length} / ${outcomes.length - imported.length}`],
        ['pages imported', String(pages)],
        ['text extraction + store', `${seconds(textMs)} (${(pages / (textMs / 1000)).toFixed(1)} pages/s)`],
        ['OCR (render + Tesseract)', withOcr ? `${seconds(ocrMs)} for ${ocr.pages()} pages (${ocr.pages() ? (ocrMs / ocr.pages() / 1000).toFixed(2) : '–'} s/page)` : `Tesseract skipped (--no-ocr); rendering ${seconds(renderMs)}`],
        ['pdftotext (poppler), same files', poppler ? seconds(poppler) : 'not installed'],
        ['ratio text import / pdftotext', ratio ? `${ratio.toFixed(2)}×` : '–'],
        ['peak RSS', `${rss.toFixed(0)} MB`],
      ],
      targets: [
        ...(ratio ? [{ label: `text import ≤ ${MAX_RATIO}× pdftotext (${ratio.toFixed(2)}×)`, met: ratio <= MAX_RATIO }] : []),
        { label: `peak RSS ≤ ${MAX_RSS_MB} MB (${rss.toFixed(0)} MB)`, met: rss <= MAX_RSS_MB },
      ],
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
    await ocr.engine.close();
    await stopPdfWorkers();
  }
}
