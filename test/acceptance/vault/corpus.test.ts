import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdfImporter } from '../../../electron/core/importers/pdf.ts';
import { createOcrEngine } from '../../../electron/core/text/ocr.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../../electron/core/text/pdfjs.ts';
import { stopPdfWorkers } from '../../../electron/core/text/pdfWorkerClient.ts';
import { CORPUS } from '../shared.ts';

/**
 * pdf.js's test corpus of real-world broken, odd and hostile PDFs. Every file must import with
 * the page count pdf.js reports, or be rejected with a reason: no crash, no hang.
 *
 * OCR is switched off with the importer's explicit `ocr: false` option: this test is about
 * parsing, and `npm run bench` times OCR of these files separately. Page counts are still checked.
 */
const importPdf = createPdfImporter({ ocr: false, stallMs: 20_000 });
const ocr = createOcrEngine(); // never started: no page is sent to it
const files = readdirSync(CORPUS)
  .filter((f) => !f.startsWith('.'))
  .sort();

/** pdf.js in this process, as referee: page count only, or undefined if it cannot open the file. */
async function refereePageCount(bytes: Uint8Array): Promise<number | undefined> {
  const pdfjs = await loadPdfjs();
  try {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfjsDocumentOptions(), verbosity: 0 })
      .promise;
    const n = doc.numPages;
    await doc.destroy();
    return n;
  } catch {
    return undefined;
  }
}

afterAll(async () => {
  await ocr.close();
  await stopPdfWorkers();
});

describe('real-world PDF corpus', () => {
  it('has files to test', () => expect(files.length).toBeGreaterThan(200));

  it.each(files)(
    '%s imports with pdf.js page count, or is rejected with a reason',
    { timeout: 60_000 },
    async (name) => {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
      const result = await importPdf({ fileName: name, bytes }, { ocr });
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(40);
        return;
      }
      const copy = result.value.renditions?.pdf;
      // A file pdf.js cannot open at all may still be imported from a copy pdf-lib rebuilt; then
      // the copy is what pdf.js must agree with.
      const pages = (await refereePageCount(bytes)) ?? (copy && (await refereePageCount(copy)));
      expect(result.value.pages.length).toBe(pages);
      if (copy) expect(await refereePageCount(copy)).toBe(pages);
    },
  );
});
