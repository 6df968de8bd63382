import { PDFArray, PDFName, type PDFDocument, type PDFPage, type PDFRef, rgb } from '@cantoo/pdf-lib';
import type { PdfFonts } from '../pdf/fonts.ts';
import { A4 } from './pageGeometry.ts';

/** One line of the index as the reader sees it; `target` is the page a click opens. */
export interface IndexRow {
  kind: 'section' | 'document';
  title: string;
  author?: string;
  date?: string;
  range: string;
  note?: string;
  target?: PDFRef;
}

const M = 50;
const COLS = { title: M, author: 300, date: 420, range: 488 };
const WIDTHS = { title: 240, author: 112, date: 64, range: A4.width - M - 488 };
const SIZE = 9.5;
const LEAD = SIZE * 1.35;
const TOP = A4.height - M - 40;
const BOTTOM = M + 30;

interface LaidRow {
  row: IndexRow;
  page: number;
  y: number;
  height: number;
  title: string[];
  author: string[];
  note: string[];
}

/** Lays the rows out on A4 pages; the builder needs the page count before the pages exist. */
export function layoutIndex(rows: IndexRow[], fonts: PdfFonts): LaidRow[] {
  const out: LaidRow[] = [];
  let page = 0;
  let y = TOP;
  for (const row of rows) {
    const bold = row.kind === 'section';
    const title = fonts.wrap(
      row.title,
      row.kind === 'section' ? WIDTHS.title + WIDTHS.author + WIDTHS.date : WIDTHS.title,
      SIZE,
      bold,
    );
    const author = row.author ? fonts.wrap(row.author, WIDTHS.author, SIZE) : [];
    const note = row.note ? fonts.wrap(row.note, WIDTHS.title, SIZE - 1.5) : [];
    const height =
      Math.max(title.length, author.length, 1) * LEAD + note.length * LEAD * 0.9 + (bold ? LEAD * 0.6 : LEAD * 0.25);
    if (y - height < BOTTOM) {
      page += 1;
      y = TOP;
    }
    out.push({ row, page, y, height, title, author, note });
    y -= height;
  }
  return out;
}

export const indexPageCount = (laid: LaidRow[]) => (laid.length ? laid[laid.length - 1]!.page + 1 : 1);

function link(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number], target: PDFRef): void {
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: [target, 'Fit'],
  });
  const ref = doc.context.register(annot);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

/** Draws the laid-out index on its pages; every line is a link to the page it names. */
export function drawIndex(doc: PDFDocument, pages: PDFPage[], laid: LaidRow[], fonts: PdfFonts, heading: string): void {
  pages.forEach((p, i) => {
    fonts.draw(p, i === 0 ? heading : `${heading} (continued)`, M, A4.height - M - 8, 15, { bold: true });
    const y = TOP + 6;
    for (const [k, label] of [
      ['title', 'Document'],
      ['author', 'Author'],
      ['date', 'Date'],
      ['range', 'Pages'],
    ] as const) {
      fonts.draw(p, label, COLS[k], y, 8, { bold: true, color: rgb(0.35, 0.35, 0.35) });
    }
    p.drawLine({
      start: { x: M, y: y - 4 },
      end: { x: A4.width - M, y: y - 4 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    });
  });
  for (const r of laid) {
    const page = pages[r.page];
    if (!page) continue;
    const bold = r.row.kind === 'section';
    let y = r.y - LEAD - (bold ? LEAD * 0.3 : 0);
    const first = y;
    r.title.forEach((t, i) => fonts.draw(page, t, COLS.title, first - i * LEAD, SIZE, { bold }));
    r.author.forEach((t, i) => fonts.draw(page, t, COLS.author, first - i * LEAD, SIZE));
    if (r.row.date) fonts.draw(page, r.row.date, COLS.date, first, SIZE);
    fonts.draw(page, r.row.range, COLS.range, first, SIZE, { bold });
    y = first - Math.max(r.title.length, r.author.length, 1) * LEAD;
    r.note.forEach((t, i) =>
      fonts.draw(page, t, COLS.title, y + LEAD * 0.2 - i * LEAD * 0.9, SIZE - 1.5, { color: rgb(0.45, 0.2, 0.1) }),
    );
    if (r.row.target) link(doc, page, [M - 2, r.y - r.height, A4.width - M + 2, r.y], r.row.target);
  }
}
