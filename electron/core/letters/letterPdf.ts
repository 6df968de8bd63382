import { PDFDocument, rgb, type PDFPage } from '@cantoo/pdf-lib';
import type { LetterDraft, LetterRun } from '../../../shared/papers.ts';
import { PdfFonts } from '../pdf/fonts.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const SIZE = 11;
const LEAD = 15.5;
const HIGHLIGHT = rgb(1, 0.93, 0.4);
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

interface Token {
  text: string;
  bold: boolean;
  missing: boolean;
  /** A line break inside a paragraph (an address). */
  br?: true;
}

/** Words and spaces; a right-to-left name stays one token so its words keep their order. */
function tokens(runs: LetterRun[]): Token[] {
  const out: Token[] = [];
  for (const r of runs) {
    const style = { bold: Boolean(r.bold), missing: Boolean(r.missing) };
    for (const [i, line] of r.text.split('\n').entries()) {
      if (i > 0) out.push({ text: '', br: true, ...style });
      for (const w of line.split(/(\s+)/).filter(Boolean)) {
        const last = out.at(-1);
        const prev = out.at(-2);
        if (last && /^\s+$/.test(last.text) && prev && RTL.test(prev.text) && RTL.test(w) && !prev.br) {
          out.pop();
          prev.text += last.text + w;
        } else out.push({ text: w, ...style });
      }
    }
  }
  return out;
}

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    private doc: PDFDocument,
    private fonts: PdfFonts,
  ) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  line(): void {
    this.y -= LEAD;
    if (this.y < MARGIN) this.newPage();
  }
  /** Lays out one paragraph's tokens from x0, wrapping at the right margin. */
  paragraph(toks: Token[], x0: number, bullet = false): void {
    const right = A4[0] - MARGIN;
    let x = x0;
    this.line();
    if (bullet) this.fonts.draw(this.page, '•', MARGIN + 4, this.y, SIZE);
    for (const t of toks) {
      if (t.br) {
        x = x0;
        this.line();
        continue;
      }
      const space = /^\s+$/.test(t.text);
      if (space && x === x0) continue;
      const w = this.fonts.widthOf(t.text, SIZE, t.bold);
      if (!space && x + w > right && x > x0) {
        x = x0;
        this.line();
      }
      if (t.missing)
        this.page.drawRectangle({ x: x - 1, y: this.y - 3, width: w + 2, height: SIZE + 3, color: HIGHLIGHT });
      this.fonts.draw(this.page, t.text, x, this.y, SIZE, { bold: t.bold });
      x += w;
    }
  }
}

/**
 * The letter as PDF with the same content as the Word file, set in the bundle's Noto fonts so a
 * name in Arabic or Chinese prints; a field with no value is highlighted as in Word.
 */
export async function letterPdf(d: LetterDraft): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(d.title);
  doc.setCreator('Casebook');
  const fonts = new PdfFonts(doc);
  const all = d.blocks.flatMap((b) => b.runs);
  await fonts.prepare(all.filter((r) => !r.bold).map((r) => r.text));
  await fonts.prepare(
    all.filter((r) => r.bold).map((r) => r.text),
    true,
  );
  await fonts.prepare(['•']);
  const w = new Writer(doc, fonts);
  for (const [i, b] of d.blocks.entries()) {
    if (b.kind === 'bullet') w.paragraph(tokens(b.runs), MARGIN + 18, true);
    else w.paragraph(tokens(b.runs), MARGIN);
    // Space after each paragraph, and after the last bullet of a list (not between bullets).
    if (b.kind !== 'bullet' || d.blocks[i + 1]?.kind !== 'bullet') w.y -= LEAD * 0.5;
  }
  return doc.save();
}
