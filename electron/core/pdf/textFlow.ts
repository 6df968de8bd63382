import { rgb, type PDFDocument, type PDFPage, type RGB } from '@cantoo/pdf-lib';
import type { PdfFonts } from './fonts.ts';

export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.35, 0.35, 0.35);

export interface LineStyle {
  bold?: boolean;
  color?: RGB;
  /** Points from the left margin. */
  indent?: number;
  /** Space below each printed line, in points. */
  gap?: number;
}

export interface TableStyle {
  size: number;
  /** Line height inside a cell. */
  lead: number;
  border: RGB;
  headFill: RGB;
}

/**
 * Text laid out down pages: wrapped lines and tables, a new page when the next thing does not fit,
 * a table's header again at the top of each page it runs onto. Every string goes through the
 * shared fonts (Noto in runs per script), so a name in Arabic or Chinese prints as written.
 * Call `fonts.prepare()` with the texts (regular and bold) before laying them out.
 */
export class TextFlow {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    private readonly size: [number, number],
    private readonly margin: number,
    /** Kept free at the foot of each page (for page numbers). */
    private readonly foot = 14,
  ) {
    this.newPage();
  }

  get width(): number {
    return this.size[0] - 2 * this.margin;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.size);
    this.pages.push(this.page);
    this.y = this.size[1] - this.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < this.margin + this.foot) this.newPage();
  }

  line(text: string, size: number, style: LineStyle = {}): void {
    const indent = style.indent ?? 0;
    const gap = style.gap ?? 4;
    for (const l of this.fonts.wrap(text, this.width - indent, size, style.bold)) {
      this.ensure(size + gap);
      this.fonts.draw(this.page, l, this.margin + indent, this.y - size, size, {
        ...(style.bold ? { bold: true } : {}),
        color: style.color ?? INK,
      });
      this.y -= size + gap;
    }
  }

  /** A thin rule across the text width. */
  rule(color: RGB): void {
    this.page.drawLine({
      start: { x: this.margin, y: this.y },
      end: { x: this.size[0] - this.margin, y: this.y },
      thickness: 0.5,
      color,
    });
  }

  /** A table across the text width; `widths` are percentages of it. */
  table(header: string[], rows: string[][], widths: number[], style: TableStyle): void {
    const cols = widths.map((w) => (w / 100) * this.width);
    const drawRow = (cells: string[], head: boolean) => {
      const lines = cells.map((c, i) => this.fonts.wrap(c, cols[i]! - 6, style.size, head));
      const h = Math.max(...lines.map((l) => l.length)) * style.lead + 6;
      if (this.y - h < this.margin + this.foot) {
        this.newPage();
        if (!head) drawRow(header, true);
      }
      let x = this.margin;
      if (head)
        this.page.drawRectangle({
          x,
          y: this.y - h,
          width: cols.reduce((a, b) => a + b, 0),
          height: h,
          color: style.headFill,
        });
      lines.forEach((ls, i) => {
        ls.forEach((l, j) =>
          this.fonts.draw(this.page, l, x + 3, this.y - 3 - style.size - j * style.lead, style.size, {
            ...(head ? { bold: true } : {}),
            color: INK,
          }),
        );
        this.page.drawRectangle({
          x,
          y: this.y - h,
          width: cols[i]!,
          height: h,
          borderColor: style.border,
          borderWidth: 0.5,
        });
        x += cols[i]!;
      });
      this.y -= h;
    };
    drawRow(header, true);
    for (const r of rows) drawRow(r, false);
    this.y -= 10;
  }

  /** A footer on every page, given its number and the count (call last). */
  footers(
    text: (page: number, count: number) => string,
    size: number,
    color: RGB,
    align: 'left' | 'right' = 'left',
  ): void {
    this.pages.forEach((p, i) => {
      const t = text(i + 1, this.pages.length);
      const x = align === 'left' ? this.margin : this.size[0] - this.margin - this.fonts.widthOf(t, size);
      this.fonts.draw(p, t, x, this.margin - 12, size, { color });
    });
  }
}
