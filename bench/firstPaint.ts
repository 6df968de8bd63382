import { join } from 'node:path';
import { initCase } from '../electron/core/store/caseStore.ts';
import { insertDocument } from '../electron/core/store/documents.ts';
import { DocumentKind } from '../shared/documents.ts';
import type { BenchReport } from './report.ts';
import { tempDir } from '../test/helpers/tempCase.ts';
import { bindCasebook } from '../test/e2e/bridge.ts';
import { buildRenderer, DIST, launch, openPage } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/staticServer.ts';

export const FIRST_PAINT_LIMIT_MS = 1000;
const DOCUMENTS = 50;

/** A case with `n` documents of every kind, each a few pages of text (no importers needed). */
function seedCase(dir: string, n: number): void {
  const made = initCase(dir, { childName: 'Benchmark Child', localAuthority: 'Benchmark Council' });
  if (!made.ok) throw new Error(made.message);
  const kinds = DocumentKind.options;
  for (let i = 0; i < n; i++) {
    const text = `Document ${i}. The child needs speech and language therapy weekly. `.repeat(40);
    insertDocument(made.value, {
      fileName: `doc-${i}.pdf`,
      sourceType: 'pdf',
      kind: kinds[i % kinds.length]!,
      title: `Document ${i}`,
      date: `2026-0${(i % 9) + 1}-1${i % 10}`,
      original: new TextEncoder().encode(`%PDF-1.4 placeholder ${i}`),
      pages: [1, 2, 3, 4].map(() => ({ text, ocr: false })),
    });
  }
  made.value.close();
}

/**
 * Time from navigation start to the case overview painted with its content (a performance mark
 * the overview sets on the frame after it renders), for a case of 50 documents, in Chromium.
 * The best of a few cold loads, so one scheduling hiccup on a shared machine does not decide it.
 */
export async function benchFirstPaint(runs = 5): Promise<{ name: string; ms: number; limitMs: number; ok: boolean }> {
  const tmp = tempDir('casebook-bench-');
  const caseDir = join(tmp.dir, 'case');
  seedCase(caseDir, DOCUMENTS);
  await buildRenderer();
  const server = await serveStatic(DIST);
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { page, context } = await openPage(browser);
      const bound = await bindCasebook(page, { appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
      await page.goto(`${server.url}#open=${encodeURIComponent(caseDir)}`);
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const check = () => {
              const [mark] = performance.getEntriesByName('casebook:overview-painted');
              if (mark) resolve(mark.startTime);
              else setTimeout(check, 10);
            };
            check();
          }),
      );
      times.push(ms);
      await bound.close();
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    tmp.cleanup();
  }
  const ms = Math.round(Math.min(...times));
  return {
    name: `first paint of the case overview, ${DOCUMENTS} documents (Chromium)`,
    ms,
    limitMs: FIRST_PAINT_LIMIT_MS,
    ok: ms <= FIRST_PAINT_LIMIT_MS,
  };
}

/** The section for bench/run.ts. */
export async function benchFirstPaintReport(): Promise<BenchReport> {
  const r = await benchFirstPaint();
  return {
    title: 'Renderer (Chromium)',
    rows: [[r.name, `${r.ms} ms`]],
    targets: [
      {
        label: `first paint of the case overview with ${DOCUMENTS} documents ≤ ${r.limitMs} ms (${r.ms} ms)`,
        met: r.ok,
      },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchFirstPaint();
  console.log(`${r.ok ? 'ok  ' : 'SLOW'} ${r.name}: ${r.ms} ms (limit ${r.limitMs} ms)`);
  if (!r.ok) process.exitCode = 1;
}
