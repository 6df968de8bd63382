import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BundleBuildResult } from '../../shared/bundle.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';

/**
 * A bundle must read in every reader the tribunal or the LA may use: poppler (Evince, Okular,
 * pdftotext) as well as pdf.js (Firefox, the app's viewer). These read each page on its own.
 */
/** Each page's text as poppler reads it (pdftotext one page at a time), and whether it complained. */
export function popplerPages(file: string, count: number): { text: string; error: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const r = spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' });
    return { text: r.stdout, error: r.stderr };
  });
}

export async function pdfjsPages(file: string): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), ...pdfjsDocumentOptions() }).promise;
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    out.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return out;
}

/** The label a document page of the bundle carries ("B12"); undefined for cover, index, dividers. */
export function labelOfPage(result: BundleBuildResult, page: number): string | undefined {
  const d = result.documents.find((x) => page >= x.startPage && page <= x.endPage);
  return d ? `${d.section}${Number(d.startLabel.slice(d.section.length)) + page - d.startPage}` : undefined;
}
