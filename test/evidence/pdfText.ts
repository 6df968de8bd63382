import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
    pages.push({ page: i, text: text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim() });
  }
  await doc.destroy();
  return pages;
}
