import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { z } from 'zod';

/**
 * The project's own answer-keyed cases are written as blocks (heading, paragraph, numbered item,
 * bullet, table) and printed here to real files — a PDF laid out by pdf-lib, a Word file by docx —
 * so the harness reads them through the real importers, exactly like a family's paperwork.
 */
export const FixtureBlock = z.union([
  z.object({ h: z.string() }),
  z.object({ p: z.string() }),
  /** A numbered item: printed "1." in the PDF, Word's own automatic numbering in the DOCX. */
  z.object({ n: z.string() }),
  z.object({ b: z.string(), sub: z.array(z.string()).optional() }),
  z.object({ table: z.array(z.array(z.string())).min(1), header: z.boolean().optional() }),
]);
export type FixtureBlock = z.infer<typeof FixtureBlock>;

export const FixtureDocument = z.object({
  /** File name without extension. */
  name: z.string(),
  renditions: z.array(z.enum(['pdf', 'docx'])).min(1),
  /** A running header printed on every page (page furniture). */
  header: z.string().optional(),
  blocks: z.array(FixtureBlock),
});
export type FixtureDocument = z.infer<typeof FixtureDocument>;

const A4 = { w: 595, h: 842, margin: 56 };
const SIZE = 10.5;
const LEAD = 14;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tryLine = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(tryLine, size) > width && line) {
      out.push(line);
      line = word;
    } else line = tryLine;
  }
  if (line) out.push(line);
  return out;
}

/** Standard fonts print WinAnsi only: typographic quotes and dashes are kept, anything else plain. */
const winAnsi = (s: string) => s.replace(/[^\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u00a3\u00e9]/g, '?');

export async function fixturePdf(doc: FixtureDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4.w - 2 * A4.margin;
  let page: PDFPage = pdf.addPage([A4.w, A4.h]);
  let y = A4.h - A4.margin;
  const newPage = () => {
    page = pdf.addPage([A4.w, A4.h]);
    y = A4.h - A4.margin;
  };
  const need = (h: number) => {
    if (y - h < A4.margin) newPage();
  };
  const text = (s: string, x: number, font = regular, size = SIZE) =>
    page.drawText(winAnsi(s), { x, y, size, font, color: rgb(0, 0, 0) });
  const lines = (s: string, x: number, w: number, font = regular) => {
    for (const l of wrap(winAnsi(s), font, SIZE, w)) {
      need(LEAD);
      text(l, x, font);
      y -= LEAD;
    }
  };
  let counter = 0;
  for (const b of doc.blocks) {
    if (!('n' in b)) counter = 0;
    if ('h' in b) {
      need(LEAD * 3);
      y -= LEAD / 2;
      lines(b.h, A4.margin, width, bold);
    } else if ('p' in b) {
      lines(b.p, A4.margin, width);
      y -= LEAD / 2;
    } else if ('n' in b) {
      counter++;
      need(LEAD);
      text(`${counter}.`, A4.margin);
      lines(b.n, A4.margin + 18, width - 18);
      y -= LEAD / 3;
    } else if ('b' in b) {
      need(LEAD);
      text('\u2022', A4.margin + 4);
      lines(b.b, A4.margin + 18, width - 18);
      for (const s of b.sub ?? []) {
        need(LEAD);
        text('-', A4.margin + 22);
        lines(s, A4.margin + 34, width - 34);
      }
    } else {
      const cols = Math.max(...b.table.map((r) => r.length));
      const colW = width / cols;
      for (const [ri, row] of b.table.entries()) {
        const font = b.header && ri === 0 ? bold : regular;
        const wrapped = row.map((c) => wrap(winAnsi(c), font, SIZE - 1, colW - 8));
        const h = Math.max(...wrapped.map((w) => w.length)) * (LEAD - 1) + 6;
        need(h);
        const top = y;
        wrapped.forEach((cellLines, ci) => {
          cellLines.forEach((l, li) =>
            page.drawText(l, { x: A4.margin + ci * colW + 4, y: top - 11 - li * (LEAD - 1), size: SIZE - 1, font }),
          );
        });
        page.drawLine({
          start: { x: A4.margin, y: top + 2 },
          end: { x: A4.margin + width, y: top + 2 },
          thickness: 0.5,
        });
        y = top - h;
        page.drawLine({ start: { x: A4.margin, y: y + 2 }, end: { x: A4.margin + width, y: y + 2 }, thickness: 0.5 });
      }
      y -= LEAD / 2;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    if (doc.header) p.drawText(winAnsi(doc.header), { x: A4.margin, y: A4.h - 30, size: 8, font: regular });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: A4.w / 2 - 25, y: 28, size: 8, font: regular });
  });
  return pdf.save();
}

export async function fixtureDocx(doc: FixtureDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let instance = 0;
  let inList = false;
  for (const b of doc.blocks) {
    if (!('n' in b)) inList = false;
    if ('h' in b) children.push(new Paragraph({ text: b.h, heading: HeadingLevel.HEADING_2 }));
    else if ('p' in b) children.push(new Paragraph(b.p));
    else if ('n' in b) {
      if (!inList) instance++;
      inList = true;
      children.push(new Paragraph({ text: b.n, numbering: { reference: 'items', level: 0, instance } }));
    } else if ('b' in b) {
      children.push(new Paragraph({ text: b.b, bullet: { level: 0 } }));
      for (const s of b.sub ?? []) children.push(new Paragraph({ text: s, bullet: { level: 1 } }));
    } else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.table.map(
            (row, ri) =>
              new TableRow({
                // Only the header row carries the flag: mammoth takes the element's presence, not its value.
                ...(b.header && ri === 0 ? { tableHeader: true } : {}),
                children: row.map(
                  (c) =>
                    new TableCell({
                      children: [
                        new Paragraph({ children: [new TextRun({ text: c, bold: Boolean(b.header && ri === 0) })] }),
                      ],
                    }),
                ),
              }),
          ),
        }),
      );
      children.push(new Paragraph(''));
    }
  }
  const header = doc.header
    ? { default: new Header({ children: [new Paragraph({ text: doc.header, alignment: AlignmentType.CENTER })] }) }
    : undefined;
  const document = new Document({
    numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [
      {
        ...(header ? { headers: header } : {}),
        footers: { default: new Footer({ children: [new Paragraph('')] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
