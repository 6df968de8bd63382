import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { importPaths } from '../electron/core/importers/importFiles.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { stopPdfWorkers } from '../electron/core/text/pdfWorkerClient.ts';
import { docxBomb } from '../test/harden/zipFixtures.ts';
import { peakRssMb, seconds, type BenchReport } from './report.ts';

/**
 * Hostile input (issue 14): Word files built to unpack to far more than they weigh, each imported
 * beside a good PDF. The import must refuse them and keep going with memory bounded: before the
 * limits a 367 KB file took the process to 4.5 GB. What the bombs may add to the peak is the Word
 * worker's heap cap (384 MB) and its buffers; the rest of the peak is the import as usual (pdf.js,
 * OCR, and under tsx the TypeScript loader).
 */
const MAX_ADDED_MB = 640;

async function goodPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('A good report beside the bomb.', { x: 50, y: 700, size: 12, font });
  return pdf.save();
}

export async function benchHostile(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-hostile-'));
  const rows: BenchReport['rows'] = [];
  let allRefused = true;
  let baseline: number;
  try {
    const made = initCase(join(dir, 'case'), { childName: 'Bench Child' });
    if (!made.ok) throw new Error(made.message);
    const bombs: [string, Buffer][] = [
      ['document.xml 100 MB, size declared', await docxBomb(100)],
      ['document.xml 100 MB, size understated', await docxBomb(100, { lie: true })],
      ['document.xml 11 MB, under the 12 MB cap', await docxBomb(11)],
    ];
    const pdf = await goodPdf();
    writeFileSync(join(dir, 'first.pdf'), pdf);
    await importPaths(made.value, [join(dir, 'first.pdf')]);
    baseline = peakRssMb();
    rows.push([
      'before any bomb: a good PDF imported (pdf.js worker, OCR engine)',
      `peak RSS ${baseline.toFixed(0)} MB`,
    ]);
    for (const [i, [label, bytes]] of bombs.entries()) {
      const folder = join(dir, `set-${i}`);
      writeFileSync(join(dir, `bomb-${i}.docx`), bytes);
      const t = performance.now();
      const outcomes = await importPaths(made.value, [join(dir, `bomb-${i}.docx`)]);
      const ms = performance.now() - t;
      writeFileSync(`${folder}.pdf`, Buffer.concat([Buffer.from(pdf), Buffer.from(`\n% ${i}\n`)]));
      const good = await importPaths(made.value, [`${folder}.pdf`]);
      const o = outcomes[0]!;
      if (o.status === 'imported') allRefused = allRefused && i === 2; // under the cap it may be read
      if (good[0]?.status !== 'imported') allRefused = false;
      rows.push([
        `${label} (${(bytes.length / 1024).toFixed(0)} KB file)`,
        `${o.status}${o.code ? ` (${o.code})` : ''} in ${seconds(ms)}; peak RSS so far ${peakRssMb().toFixed(0)} MB`,
      ]);
    }
    made.value.close();
  } finally {
    await stopPdfWorkers();
    rmSync(dir, { recursive: true, force: true });
  }
  const rss = peakRssMb();
  rows.push(['peak RSS', `${rss.toFixed(0)} MB (the bombs added ${(rss - baseline).toFixed(0)} MB)`]);
  return {
    title: 'Hostile input: Word zip bombs beside a good PDF',
    rows,
    targets: [
      { label: 'bombs refused and the good PDF imported each time', met: allRefused },
      {
        label: `the bombs add ≤ ${MAX_ADDED_MB} MB to the peak RSS (${(rss - baseline).toFixed(0)} MB)`,
        met: rss - baseline <= MAX_ADDED_MB,
      },
    ],
  };
}
