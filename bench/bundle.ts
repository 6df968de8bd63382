import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInWorker } from '../electron/core/bundle/buildInWorker.ts';
import { initCase } from '../electron/core/store/caseStore.ts';
import { insertDocument } from '../electron/core/store/documents.ts';
import { peakRssMb, seconds, type BenchReport } from './report.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/real-world-pdfs');
/** Targets from the bundle issue: a 1,000-page bundle in ≤ 3× qpdf's merge time and ≤ 1 GB RSS. */
const MIN_PAGES = 1000;
const MAX_RATIO = 3;
const MAX_RSS_MB = 1024;

/**
 * Page count from qpdf, in its own process: counting with pdf.js here would add its memory to
 * this process's peak RSS, which is meant to measure the build.
 */
function pageCount(path: string): number {
  const r = spawnSync('qpdf', ['--show-npages', path], { encoding: 'utf8' });
  return r.status === 0 || r.status === 3 ? Number(r.stdout.trim()) || 0 : 0;
}

/** Runs qpdf through the shell's `times` to get its CPU time (user + system) as well. */
function timedQpdf(args: string[]): { status: number | null; cpuMs: number } {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `qpdf ${quoted} >/dev/null 2>&1; s=$?; times; exit $s`], { encoding: 'utf8' });
  const child = r.stdout.trim().split('\n')[1] ?? '';
  const mins = [...child.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return { status: r.status, cpuMs: mins.reduce((a, b) => a + b, 0) };
}

/** qpdf can merge it on its own: the baseline needs every input to go through. */
const qpdfReads = (path: string, scratch: string) =>
  spawnSync('qpdf', ['--empty', '--warning-exit-0', '--pages', path, '--', scratch], { stdio: 'ignore' }).status === 0;

/**
 * Builds a bundle of at least 1,000 pages from the corpus, repeated (each copy made distinct by a
 * trailing comment, since the store keeps one document per distinct file), and merges the same
 * files with `qpdf --empty --pages … --` in the same run. Import is not measured: documents go into
 * the store directly with their pdf.js page counts.
 */
export async function benchBundle(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-bundle-'));
  const made = initCase(join(dir, 'case'), { childName: 'Sam Taylor' });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  try {
    const sources: { name: string; bytes: Uint8Array; pages: number }[] = [];
    for (const name of readdirSync(CORPUS).sort()) {
      const path = join(CORPUS, name);
      const bytes = readFileSync(path);
      const pages = pageCount(path);
      if (pages > 0 && qpdfReads(path, join(dir, 'probe.pdf'))) sources.push({ name, bytes, pages });
    }
    const perRound = sources.reduce((n, s) => n + s.pages, 0);
    const rounds = Math.ceil(MIN_PAGES / perRound);
    const inputs: string[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const s of sources) {
        const bytes = Buffer.concat([s.bytes, Buffer.from(`\n%casebook bench copy ${r}\n`)]);
        const file = join(dir, `${r}-${s.name}`);
        writeFileSync(file, bytes);
        inputs.push(file);
        insertDocument(store, {
          fileName: `${r}-${s.name}`,
          sourceType: 'pdf',
          kind: 'evidence',
          title: `${s.name} (copy ${r + 1})`,
          original: bytes,
          pages: Array.from({ length: s.pages }, () => ({ text: '', ocr: false })),
        });
      }
    }
    store.close();

    const tq = performance.now();
    const qpdf = timedQpdf(['--empty', '--warning-exit-0', '--pages', ...inputs, '--', join(dir, 'qpdf.pdf')]);
    const qpdfMs = performance.now() - tq;

    const cpu0 = process.cpuUsage();
    const tb = performance.now();
    const built = await buildInWorker(join(dir, 'case'), {}, join(dir, 'bundle.pdf'));
    const bundleMs = performance.now() - tb;
    const cpu = process.cpuUsage(cpu0);
    const bundleCpuMs = (cpu.user + cpu.system) / 1000;
    if (!built.ok) throw new Error(built.message);
    const r = built.value.result;
    const check = spawnSync('qpdf', ['--check', join(dir, 'bundle.pdf')], { stdio: 'ignore' }).status;
    const qpdfPages =
      qpdf.status === 0
        ? Number(
            execFileSync('qpdf', ['--show-npages', join(dir, 'qpdf.pdf')])
              .toString()
              .trim(),
          )
        : 0;
    const ratio = bundleMs / qpdfMs;
    const rss = peakRssMb();
    return {
      title: `Bundle: ${inputs.length} corpus files (${rounds} rounds of ${sources.length}) into one bundle, against qpdf`,
      rows: [
        ['bundle pages', `${r.pages} (${r.documents.length} documents, ${r.excluded.length} left out)`],
        ['qpdf merge pages', `${qpdfPages} (exit ${qpdf.status})`],
        ['bundle build (worker, incl. save)', seconds(bundleMs)],
        ['qpdf --empty --pages', seconds(qpdfMs)],
        ['ratio (wall clock)', `${ratio.toFixed(2)}×`],
        [
          'CPU time: bundle / qpdf',
          `${seconds(bundleCpuMs)} / ${seconds(qpdf.cpuMs)} = ${(bundleCpuMs / Math.max(1, qpdf.cpuMs)).toFixed(2)}× (fairer on a busy machine)`,
        ],
        ['bundle passes qpdf --check', check === 0 ? 'yes' : `no (exit ${check})`],
        ['peak RSS (process incl. worker)', `${rss.toFixed(0)} MB`],
      ],
      targets: [
        { label: `bundle ≥ ${MIN_PAGES} pages (${r.pages})`, met: r.pages >= MIN_PAGES },
        { label: `≤ ${MAX_RATIO}× qpdf's time (${ratio.toFixed(2)}×)`, met: ratio <= MAX_RATIO },
        { label: `peak RSS ≤ ${MAX_RSS_MB} MB (${rss.toFixed(0)} MB)`, met: rss <= MAX_RSS_MB },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
