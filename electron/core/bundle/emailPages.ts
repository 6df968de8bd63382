import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { DocumentSummary, PageText } from '../../../shared/documents.ts';
import { PdfFonts } from '../pdf/fonts.ts';
import { A4 } from './pageGeometry.ts';
import type { Prepared } from './preparedDocument.ts';

const MARGIN = 56;
const SIZE = 10.5;
const LEAD = SIZE * 1.45;

/**
 * An email as a readable A4 page (or pages): the header block the importer stored (From, To, Cc,
 * Date, Subject, Attachments) with the field names in bold, then the body. Attachments are their
 * own documents and follow the email in its section.
 */
export async function emailPages(doc: DocumentSummary, pages: PageText[]): Promise<Prepared> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = new PdfFonts(pdf);
  const text = pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = (split < 0 ? text : text.slice(0, split)).split('\n').filter(Boolean);
  const body = split < 0 ? '' : text.slice(split + 2);
  await fonts.prepare([text, doc.title], false);
  await fonts.prepare([text, 'Email'], true);
  const width = A4.width - 2 * MARGIN;
  const lines: { text: string; bold?: string }[] = [];
  for (const h of head) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(h);
    const key = m ? `${m[1]}: ` : '';
    const wrapped = fonts.wrap(m ? m[2]! : h, width - (m ? 80 : 0), SIZE);
    wrapped.forEach((w, i) => lines.push({ text: w, ...(i === 0 && key ? { bold: key } : { bold: key ? ' ' : '' }) }));
  }
  lines.push({ text: '' });
  for (const l of fonts.wrap(body, width, SIZE)) lines.push({ text: l });
  const perPage = Math.floor((A4.height - 2 * MARGIN - 30) / LEAD);
  for (let start = 0; start < lines.length || start === 0; start += perPage) {
    const page = pdf.addPage([A4.width, A4.height]);
    let y = A4.height - MARGIN;
    fonts.draw(page, 'Email', MARGIN, y, 9, { bold: true, color: rgb(0.35, 0.35, 0.35) });
    y -= 24;
    for (const line of lines.slice(start, start + perPage)) {
      if (line.bold !== undefined) {
        if (line.bold.trim()) fonts.draw(page, line.bold, MARGIN, y, SIZE, { bold: true });
        fonts.draw(page, line.text, MARGIN + 80, y, SIZE);
      } else fonts.draw(page, line.text, MARGIN, y, SIZE);
      y -= LEAD;
    }
    if (start + perPage >= lines.length) break;
  }
  return { ok: true, pdf, layers: pdf.getPages().map(() => undefined) };
}
