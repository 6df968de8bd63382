import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseDocuments, type EngineDocument } from '../../../electron/core/evidence/engine.ts';
import { createOcrEngine } from '../../../electron/core/text/ocr.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../../electron/core/text/pdfjs.ts';
import { renderPageImage } from '../../../electron/core/text/renderPage.ts';
import { SAMPLES } from '../shared.ts';
import { score, type KeyItem } from '../../evidence/score.ts';

/*
 * Scanned pages: the plan and the SALT report are rendered to images and read back with the
 * app's own OCR engine (Tesseract), as a scan would be. OCR loses list numbers, splits lines with
 * blank lines and turns bullets into "«" or "¢"; the map must still come out right.
 */
const ocr = createOcrEngine();
afterAll(() => ocr.close());

async function scanned(file: string): Promise<{ page: number; text: string }[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({
    ...pdfjsDocumentOptions(),
    data: new Uint8Array(readFileSync(join(SAMPLES, file))),
  }).promise;
  const pages: { page: number; text: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const image = await renderPageImage(doc, await doc.getPage(i));
    pages.push({ page: i, text: (await ocr.recognise(image)).text });
  }
  await doc.destroy();
  return pages;
}

const expected = (
  JSON.parse(readFileSync(join(SAMPLES, 'expected-map.json'), 'utf8')) as { recommendations: KeyItem[] }
).recommendations.filter((k) => k.document === '02-salt-report.pdf');

describe('evidence map on scanned (OCR-read) pages', () => {
  it('reads a scanned plan and a scanned SALT report: every SALT recommendation found in its section, and any status it may have wrong marked "Please check"', async () => {
    const documents: EngineDocument[] = [
      {
        documentId: 1,
        fileName: '05-final-ehcp.pdf',
        title: 'plan',
        kind: 'plan',
        sourceType: 'pdf',
        pages: await scanned('05-final-ehcp.pdf'),
      },
      {
        documentId: 2,
        fileName: '02-salt-report.pdf',
        title: 'SALT',
        kind: 'report',
        sourceType: 'pdf',
        pages: await scanned('02-salt-report.pdf'),
      },
    ];
    const map = await analyseDocuments({ documents, childNames: ['Sam Taylor'] });
    expect(Object.keys(map.plan!.sections)).toHaveLength(12);
    const s = score(map, expected);
    expect(s.found).toBe(1);
    expect(s.section).toBe(1);
    expect(s.extra).toBe(0);
    // A status the key disagrees with must never be stated as fact.
    const doubtful = s.pairs.filter((p) => p.found && p.found.status !== p.key.status);
    expect(doubtful.every((p) => p.found!.needsCheck)).toBe(true);
    expect(doubtful.length).toBeLessThanOrEqual(1);
  }, 180_000);
});
