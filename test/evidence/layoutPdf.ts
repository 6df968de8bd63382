import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { layoutBlocks } from '../../electron/core/evidence/layout/layoutBlocks.ts';
import { importPdf } from '../../electron/core/importers/pdf.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';

const W = 595;
const H = 842;
const M = 56;
const SIZE = 10;
const LEAD = 13;

/**
 * A small typesetter for test PDFs with real positioned text, the way word processors and
 * browsers print reports: running header and footer on every page, paragraphs with space between
 * them, indented bullets, and tables whose cells wrap and whose rows may break across a page under
 * a repeated header row.
 */
export class TestPdf {
  private pdf!: PDFDocument;
  private font!: PDFFont;
  private bold!: PDFFont;
  private page!: PDFPage;
  private y = 0;
  private pages: PDFPage[] = [];
  private ops: ((t: TestPdf) => void)[] = [];

  constructor(private furniture: { header?: string; footer?: (n: number, of: number) => string } = {}) {}

  heading(text: string): this {
    this.ops.push((t) => {
      t.space(LEAD * 0.8);
      t.line(text, M, t.bold, SIZE + 2);
      t.space(LEAD * 0.3);
    });
    return this;
  }

  para(text: string): this {
    this.ops.push((t) => {
      for (const l of t.wrap(text, W - 2 * M)) t.line(l, M);
      t.space(LEAD * 0.6);
    });
    return this;
  }

  /** A list item: its marker at `indent`, wrapped lines aligned after the marker. */
  item(marker: string, text: string, indent = 0): this {
    this.ops.push((t) => {
      const x = M + indent;
      // The text starts at a tab stop after the marker, as word processors print lists.
      const tab = Math.max(18, t.font.widthOfTextAtSize(marker, SIZE) + 8);
      const lines = t.wrap(text, W - M - x - tab);
      lines.forEach((l, i) => {
        if (i === 0) t.text(marker, x, t.y - SIZE);
        t.line(l, x + tab);
      });
    });
    return this;
  }

  /**
   * A table with a header row repeated on every page it runs onto; `widths` are column widths in
   * points, `pad` the cell padding above and below (0: rows as close as the lines in a cell, as Word
   * often prints them); cells keep 5 points of padding at each side.
   */
  table(widths: number[], header: string[], rows: string[][], pad = 5): this {
    this.ops.push((t) => {
      const draw = (cells: string[][], from: number, to: number) => {
        let x = M;
        const top = t.y;
        cells.forEach((lines, c) => {
          lines.slice(from, to).forEach((l, i) => t.text(l, x + 5, top - pad - SIZE - i * LEAD));
          x += widths[c]!;
        });
        const n = Math.max(...cells.map((ls) => ls.slice(from, to).length));
        t.y = top - n * LEAD - 2 * pad;
      };
      const wrapRow = (cells: string[]) => cells.map((c, i) => t.wrap(c, widths[i]! - 10));
      const head = wrapRow(header);
      const headerHeight = () => Math.max(...head.map((l) => l.length)) * LEAD + 10;
      draw(head, 0, 99);
      for (const row of rows) {
        const cells = wrapRow(row);
        const n = Math.max(...cells.map((l) => l.length));
        let done = 0;
        while (done < n) {
          const room = Math.floor((t.y - M - 30 - 10) / LEAD);
          if (room <= 0) {
            t.newPage();
            draw(head, 0, 99);
            continue;
          }
          const take = Math.min(room, n - done);
          draw(cells, done, done + take);
          done += take;
          if (done < n) {
            t.newPage();
            if (headerHeight() > 0) draw(head, 0, 99);
          }
        }
      }
      t.space(LEAD);
    });
    return this;
  }

  /** Starts a new page here. */
  pageBreak(): this {
    this.ops.push((t) => t.newPage());
    return this;
  }

  async bytes(): Promise<Uint8Array> {
    this.pdf = await PDFDocument.create();
    this.font = await this.pdf.embedFont(StandardFonts.Helvetica);
    this.bold = await this.pdf.embedFont(StandardFonts.HelveticaBold);
    this.newPage();
    for (const op of this.ops) op(this);
    this.pages.forEach((p, i) => {
      if (this.furniture.header)
        p.drawText(this.furniture.header, { x: W / 2 - 60, y: H - 30, size: 8, font: this.bold });
      if (this.furniture.footer)
        p.drawText(this.furniture.footer(i + 1, this.pages.length), { x: M, y: 28, size: 8, font: this.font });
    });
    return this.pdf.save();
  }

  private newPage(): void {
    this.page = this.pdf.addPage([W, H]);
    this.pages.push(this.page);
    this.y = H - M;
  }

  private space(dy: number): void {
    this.y -= dy;
  }

  private line(text: string, x: number, font = this.font, size = SIZE): void {
    if (this.y - LEAD < M + 30) this.newPage();
    this.page.drawText(text, { x, y: this.y - size, size, font });
    this.y -= LEAD;
  }

  private text(text: string, x: number, y: number): void {
    this.page.drawText(text, { x, y, size: SIZE, font: this.font });
  }

  private wrap(text: string, width: number): string[] {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (this.font.widthOfTextAtSize(next, SIZE) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
    return out;
  }
}

/** Imports a PDF with the real importer (pdf.js in its worker) and reads its layout into blocks. */
export async function readPdfLayout(bytes: Uint8Array) {
  const ocr = createOcrEngine();
  try {
    const imported = await importPdf({ fileName: 'test.pdf', bytes }, { ocr });
    if (!imported.ok) throw new Error(imported.message);
    const read = layoutBlocks(imported.value.structure);
    if (!read) throw new Error('no layout kept at import');
    return { ...read, structure: imported.value.structure };
  } finally {
    await ocr.close();
  }
}
