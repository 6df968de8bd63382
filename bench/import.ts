import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { createOcrEngine, type OcrEngine } from '../electron/core/text/ocr.ts';
import { pdfWorkerStats, stopPdfWorkers } from '../electron/core/text/pdfWorkerClient.ts';
import type { ImportOutcome } from '../shared/documents.ts';
import { peakRssMb, seconds, type BenchReport } from './report.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/real-world-pdfs');

/** Targets from the case-vault issue: text import within 2× poppler's time, 1 GB of memory. */
const MAX_RATIO = 2;
const MAX_RSS_MB = 1024;

/** A real OCR engine that also counts the time Tesseract spends, so OCR is reported apart. */
function timedOcr(enabled: boolean): { engine: OcrEngine; ms: () => number; pages: () => number } {
  const real = createOcrEngine();
  let ms = 0;
  let pages = 0;
  return {
    engine: {
      async recognise(image) {
        const t = performance.now();
        try {
          // --no-ocr: pages are still rendered (and timed) but Tesseract is not run.
          return enabled ? await real.recognise(image) : { text: '', confidence: 0, words: [], lines: [] };
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

const hasPdftotext = () => !spawnSync('pdftotext', ['-v']).error;

/** CPU seconds used by finished child processes (Linux /proc), or undefined elsewhere. */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'latin1').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of /proc/[pid]/stat (cutime, cstime), in clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * Imports the corpus file by file, each right after poppler's pdftotext reads the same file, so
 * both see the same machine load (CI and developer machines are shared and busy).
 */
export async function benchImport(args: string[]): Promise<BenchReport> {
  const withOcr = !args.includes('--no-ocr');
  const files = readdirSync(CORPUS)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(CORPUS, f));
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  const made = initCase(join(dir, 'case'), { childName: 'Bench' });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  const ocr = timedOcr(withOcr);
  const poppler = hasPdftotext();
  let popplerMs = 0;
  let totalMs = 0;
  const outcomes: ImportOutcome[] = [];
  try {
    // CPU time is compared too, on the files with no page to OCR: wall time on a busy machine
    // says as much about the neighbours as about the code.
    let popplerCpu = 0;
    let ourCpu = 0;
    let textOnlyFiles = 0;
    for (const file of files) {
      const childCpu = childrenCpuMs();
      if (poppler) {
        const p = performance.now();
        spawnSync('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 60_000 });
        popplerMs += performance.now() - p;
      }
      const fileCpu = (childrenCpuMs() ?? 0) - (childCpu ?? 0);
      const renders = pdfWorkerStats().render?.count ?? 0;
      const t = performance.now();
      const c = cpuMs();
      outcomes.push(...(await importPaths(store, [file], { ocr: ocr.engine, fileTimeoutMs: 120_000 })));
      totalMs += performance.now() - t;
      if ((pdfWorkerStats().render?.count ?? 0) === renders && childCpu !== undefined) {
        ourCpu += cpuMs() - c;
        popplerCpu += fileCpu;
        textOnlyFiles++;
      }
    }
    const stats = pdfWorkerStats();
    const renderMs = stats.render?.ms ?? 0;
    const parseMs = (stats.open?.ms ?? 0) + (stats.copy?.ms ?? 0);
    const ocrMs = ocr.ms() + renderMs;
    const textMs = totalMs - ocrMs;
    const imported = outcomes.filter((o) => o.status === 'imported');
    const pages = imported.reduce((n, o) => n + (o.pages ?? 0), 0);
    const ratio = poppler ? textMs / popplerMs : undefined;
    const rss = peakRssMb();
    const perOcrPage = ocr.pages() ? `${(ocrMs / ocr.pages() / 1000).toFixed(2)} s/page` : '–';
    return {
      title: `Import of the real-world PDF corpus (${files.length} files)`,
      rows: [
        ['imported / rejected', `${imported.length} / ${outcomes.length - imported.length}`],
        ['pages imported', String(pages)],
        ['text import (extract + store)', `${seconds(textMs)} (${(pages / (textMs / 1000)).toFixed(1)} pages/s)`],
        ['  of which pdf.js + pdf-lib', `${seconds(parseMs)}; the rest is hashing, storing, indexing`],
        [
          withOcr ? 'OCR (render + Tesseract)' : 'OCR rendering only (--no-ocr)',
          `${seconds(ocrMs)} for ${ocr.pages()} pages (${perOcrPage}; rendering ${seconds(renderMs)})`,
        ],
        ['pdftotext (poppler), same files', poppler ? seconds(popplerMs) : 'not installed'],
        ['ratio text import / pdftotext', ratio ? `${ratio.toFixed(2)}× wall` : '–'],
        [
          'CPU, files with no OCR page',
          popplerCpu
            ? `${seconds(ourCpu)} vs pdftotext ${seconds(popplerCpu)} (${(ourCpu / popplerCpu).toFixed(2)}×, ${textOnlyFiles} files)`
            : '–',
        ],
        ['peak RSS', `${rss.toFixed(0)} MB`],
      ],
      targets: [
        ...(ratio
          ? [
              {
                label: `text import ≤ ${MAX_RATIO}× pdftotext, wall time (${ratio.toFixed(2)}×)`,
                met: ratio <= MAX_RATIO,
              },
            ]
          : []),
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
