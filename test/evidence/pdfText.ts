import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentKind } from '../../shared/documents.ts';
import type { CaseStore } from '../../electron/core/store/caseStore.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';

/** A PDF's text page by page, one line per printed line, as the PDF importer stores it. */
export async function pdfPages(path: string): Promise<{ page: number; text: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), password: '' }).promise;
  const pages: { page: number; text: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    pages.push({
      page: i,
      text: text
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    });
  }
  await doc.destroy();
  return pages;
}

/**
 * Puts PDFs from a folder (the fixture case, or a sample case in the acceptance suites) straight
 * into a store with the kinds given and their pdf.js text, so an evidence test does not depend on
 * import-time guessing or OCR.
 */
export async function seedPdfs(
  store: CaseStore,
  dir: string,
  files: readonly (readonly [string, DocumentKind])[],
): Promise<void> {
  for (const [file, kind] of files) {
    insertDocument(store, {
      fileName: file,
      sourceType: 'pdf',
      kind,
      title: file,
      original: readFileSync(join(dir, file)),
      pages: (await pdfPages(join(dir, file))).map((p) => ({ text: p.text, ocr: false })),
    });
  }
}
