import fontkit from '@cantoo/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GapReport } from './gapModel.ts';

const require = createRequire(import.meta.url);
/** Noto Sans (OFL) from its npm package: TTF, embedded as a subset (STACK.md: no WOFF, no standard 14). */
function notoFile(weight: '400Regular' | '700Bold'): string {
  let dir = dirname(require.resolve('@expo-google-fonts/noto-sans'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, weight, `NotoSans_${weight}.ttf`);
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const SIZE = 7.5;
const LEAD = 9.5;
const INK = rgb(0.1, 0.1, 0.12);
const RULE = rgb(0.6, 0.62, 0.66);
const HEAD_FILL = rgb(0.906, 0.925, 0.949);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  chars: Set<number>;
}

/** Characters the font lacks print as "?" rather than crash or vanish. */
const SUBSTITUTES: Record<string, string> = { '\u2192': '->', '\u2026': '...', '\u2013': '-', '\u2014': '-' };
const safe = (t: string, f: Fonts) =>
  [...t].map((c) => (f.chars.has(c.codePointAt(0)!) || c === '\n' ? c : (SUBSTITUTES[c] ?? '?'))).join('');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const tryLine = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(tryLine, size) <= width) line = tryLine;
      else {
        if (line) out.push(line);
        // A word longer than the column (a file name) is cut where it fits.
        let w = word;
        while (font.widthOfTextAtSize(w, size) > width && w.length > 1) {
          let cut = w.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(w.slice(0, cut), size) > width) cut--;
          out.push(w.slice(0, cut));
          w = w.slice(cut);
        }
        line = w;
      }
    }
    out.push(line);
  }
  return out;
}

/** Lines and tables on landscape A4 pages, a new page when one fills (also the bundle check's report). */
export class Writer {
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];
  constructor(
    private doc: PDFDocument,
    readonly f: Fonts,
    private onNewPage: () => void,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage(A4_LANDSCAPE);
    this.pages.push(this.page);
    this.y = A4_LANDSCAPE[1] - MARGIN;
    this.onNewPage();
  }
  ensure(h: number) {
    if (this.y - h < MARGIN + 14) this.newPage();
  }
  line(t: string, size: number, bold = false, gap = 2) {
    const font = bold ? this.f.bold : this.f.regular;
    for (const l of wrap(safe(t, this.f), font, size, A4_LANDSCAPE[0] - 2 * MARGIN)) {
      this.ensure(size + gap);
      this.page.drawText(l, { x: MARGIN, y: this.y - size, size, font, color: INK });
      this.y -= size + gap;
    }
  }
  table(header: string[], rows: string[][], widths: number[]) {
    const total = A4_LANDSCAPE[0] - 2 * MARGIN;
    const cols = widths.map((w) => (w / 100) * total);
    const drawRow = (cells: string[], head: boolean) => {
      const font = head ? this.f.bold : this.f.regular;
      const lines = cells.map((c, i) => wrap(safe(c, this.f), font, SIZE, cols[i]! - 6));
      const h = Math.max(...lines.map((l) => l.length)) * LEAD + 6;
      if (this.y - h < MARGIN + 14) {
        this.newPage();
        if (!head) drawRow(header, true);
      }
      let x = MARGIN;
      if (head) this.page.drawRectangle({ x, y: this.y - h, width: cols.reduce((a, b) => a + b, 0), height: h, color: HEAD_FILL });
      lines.forEach((ls, i) => {
        ls.forEach((l, j) => this.page.drawText(l, { x: x + 3, y: this.y - 3 - SIZE - j * LEAD, size: SIZE, font, color: INK }));
        this.page.drawRectangle({ x, y: this.y - h, width: cols[i]!, height: h, borderColor: RULE, borderWidth: 0.5 });
        x += cols[i]!;
      });
      this.y -= h;
    };
    drawRow(header, true);
    for (const r of rows) drawRow(r, false);
    this.y -= 10;
  }
}

/** Noto Sans regular and bold, subset-embedded, with the set of characters they can draw. */
export async function embedReportFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(readFileSync(notoFile('400Regular')), { subset: true });
  const bold = await doc.embedFont(readFileSync(notoFile('700Bold')), { subset: true });
  return { regular, bold, chars: new Set(regular.getCharacterSet()) };
}

/** Draws "title · page n of N" at the foot of every page. */
export function footPages(w: Writer, text: string): void {
  const count = w.pages.length;
  w.pages.forEach((p, i) => p.drawText(safe(`${text} · page ${i + 1} of ${count}`, w.f), { x: MARGIN, y: MARGIN - 12, size: 7, font: w.f.regular, color: RULE }));
}

/** The gap report as a PDF (landscape A4, Noto Sans embedded), for a solicitor or the tribunal bundle. */
export async function gapReportPdf(r: GapReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(r.title);
  doc.setCreator('Casebook');
  doc.setProducer('Casebook');
  const f = await embedReportFonts(doc);
  const w = new Writer(doc, f, () => undefined);
  w.line(r.title, 16, true, 6);
  w.line(`${r.childName} · ${r.planLine} · prepared ${r.generated}`, 9.5, false, 3);
  w.line(r.disclaimer, 8, false, 8);
  for (const n of r.notes) w.line(n, 9, true, 4);
  w.line('Summary', 12, true, 5);
  w.table(['Status', 'Count'], r.summary.map((s) => [s.label, String(s.count)]), [22, 8]);
  w.line('Recommendations', 12, true, 5);
  w.table(
    ['#', 'Source', 'Recommendation', 'What the plan says', 'Status', 'Lost specifics', 'Wording requested'],
    r.rows.map((x) => [x.n, x.source, x.recommendation, x.planSays, x.status, x.lost, x.wording]),
    [3, 11, 20, 17, 8, 18, 23],
  );
  w.ensure(80);
  w.line('Red pen: the plan itself', 12, true, 5);
  w.table(['Where', 'Plan wording', 'Issue', 'Specific version from a report'], r.flags.map((x) => [x.where, x.wording, x.issue, x.suggestion]), [9, 27, 39, 25]);
  footPages(w, `${r.title} · ${r.childName}`);
  return doc.save();
}
