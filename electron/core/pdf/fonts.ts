import fontkit from '@cantoo/fontkit';
import { degrees, type PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from '@cantoo/pdf-lib';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Fonts for every PDF Casebook writes (the bundle's cover, index and stamps, the gap report, the
 * correspondence log). The standard 14 PDF fonts cannot print
 * "Ł", Arabic or Chinese, so we embed Noto (OFL, shipped as npm packages) in subsets. TTF/OTF
 * only: WOFF embeds without error and prints blank (../shared/STACK.md). There is no automatic
 * fallback in pdf-lib, so text is split into runs per font here.
 */
const require = createRequire(import.meta.url);
/** A file inside a package; some packages do not export package.json, so walk up from main. */
function pkgFile(pkg: string, rel: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, rel);
}

const FONT_FILES = {
  regular: () => pkgFile('@expo-google-fonts/noto-sans', '400Regular/NotoSans_400Regular.ttf'),
  bold: () => pkgFile('@expo-google-fonts/noto-sans', '700Bold/NotoSans_700Bold.ttf'),
  arabic: () => pkgFile('@expo-google-fonts/noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf'),
  chinese: () => pkgFile('@embedpdf/fonts-sc', 'fonts/NotoSansHans-Regular.otf'),
} as const;
type FontName = keyof typeof FONT_FILES;

interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

const bytesCache = new Map<FontName, Uint8Array>();
const kitCache = new Map<FontName, FontkitFont>();
const fontBytes = (n: FontName) => {
  let b = bytesCache.get(n);
  if (!b) bytesCache.set(n, (b = readFileSync(FONT_FILES[n]())));
  return b;
};
const kitFont = (n: FontName) => {
  let f = kitCache.get(n);
  if (!f) kitCache.set(n, (f = fontkit.create(fontBytes(n) as Buffer) as unknown as FontkitFont));
  return f;
};

/** Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;

export interface TextRun {
  text: string;
  font: FontName;
  rtl: boolean;
}

/**
 * Splits text into runs a single font can draw. Neutral characters (spaces, punctuation, digits)
 * stay in the current run when its font has them, so "محمد علي" is one run that fontkit shapes and
 * lays out right to left as a whole.
 */
export function splitRuns(text: string, bold = false): TextRun[] {
  const latin: FontName = bold ? 'bold' : 'regular';
  const order: FontName[] = [latin, 'arabic', 'chinese'];
  const runs: TextRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    const cur = runs[runs.length - 1];
    if (cur && NEUTRAL.test(ch) && kitFont(cur.font).hasGlyphForCodePoint(cp)) {
      cur.text += ch;
      continue;
    }
    const font = order.find((f) => kitFont(f).hasGlyphForCodePoint(cp));
    // No font has it (an emoji, a rare script): print a visible placeholder, never a blank.
    const useFont = font ?? latin;
    const useCh = font ? ch : '?';
    const rtl = RTL.test(ch);
    if (cur && cur.font === useFont && (cur.rtl === rtl || NEUTRAL.test(ch))) cur.text += useCh;
    else {
      // Spaces after a right-to-left run belong to the text that follows it, or reversing the
      // run would move them to its left ("محمد علي wrote" must not print as "علي محمدwrote").
      const trailing = cur?.rtl && !rtl ? (/\s+$/u.exec(cur.text)?.[0] ?? '') : '';
      if (cur && trailing) cur.text = cur.text.slice(0, -trailing.length);
      runs.push({ text: trailing + useCh, font: useFont, rtl });
    }
  }
  return orderRuns(runs);
}

/**
 * Our lines are left-to-right (English pages). fontkit reverses the glyphs inside one RTL run;
 * consecutive RTL runs (e.g. an Arabic name then digits in another font) must also be drawn in
 * reverse order so the whole right-to-left stretch reads correctly.
 */
function orderRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let i = 0;
  while (i < runs.length) {
    if (!runs[i]!.rtl) {
      out.push(runs[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < runs.length && (runs[j + 1]!.rtl || (NEUTRAL.test(runs[j + 1]!.text) && runs[j + 2]?.rtl))) j++;
    out.push(...runs.slice(i, j + 1).reverse());
    i = j + 1;
  }
  return out;
}

/** The fonts embedded in one output document, embedded (as subsets) only when first used. */
export class PdfFonts {
  private embedded = new Map<FontName, PDFFont>();
  constructor(private doc: PDFDocument) {
    doc.registerFontkit(fontkit);
  }

  private async font(n: FontName): Promise<PDFFont> {
    let f = this.embedded.get(n);
    if (!f) this.embedded.set(n, (f = await this.doc.embedFont(fontBytes(n), { subset: true })));
    return f;
  }

  /** Embeds what `texts` need ahead of drawing (drawing itself is synchronous). */
  async prepare(texts: string[], bold = false): Promise<void> {
    const needed = new Set<FontName>([bold ? 'bold' : 'regular']);
    for (const t of texts) for (const r of splitRuns(t, bold)) needed.add(r.font);
    for (const n of needed) await this.font(n);
  }

  private get(n: FontName): PDFFont {
    const f = this.embedded.get(n);
    if (!f) throw new Error(`Font ${n} used before prepare()`);
    return f;
  }

  /** The Latin text font, for invisible OCR text layers (call prepare first). */
  latin(): PDFFont {
    return this.get('regular');
  }

  /** Width at size 1, cached: fontkit shapes text on every measurement, and wrapping measures a lot. */
  private widths = new Map<string, number>();

  widthOf(text: string, size: number, bold = false): number {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = splitRuns(text, bold).reduce((sum, r) => sum + this.get(r.font).widthOfTextAtSize(r.text, 1), 0);
      this.widths.set(key, w);
    }
    return w * size;
  }

  /** Draws text at (x, y) baseline, run by run; returns the width drawn. */
  draw(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    opts: { bold?: boolean; color?: RGB } = {},
  ): number {
    return this.drawRotated(page, text, x, y, size, 0, opts);
  }

  /** Draws text turned `angle` degrees counter-clockwise about (x, y), runs following each other. */
  drawRotated(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    angle: number,
    opts: { bold?: boolean; color?: RGB } = {},
  ): number {
    const rad = (angle * Math.PI) / 180;
    const [dx, dy] = [Math.cos(rad), Math.sin(rad)];
    let advance = 0;
    for (const r of splitRuns(text, opts.bold)) {
      const font = this.get(r.font);
      page.drawText(r.text, {
        x: x + dx * advance,
        y: y + dy * advance,
        size,
        font,
        color: opts.color ?? rgb(0, 0, 0),
        ...(angle ? { rotate: degrees(angle) } : {}),
      });
      advance += font.widthOfTextAtSize(r.text, size);
    }
    return advance;
  }

  /**
   * Breaks text into lines no wider than `width` (a word longer than a line is cut). Words are
   * measured once each and added up, which ignores kerning across a space: close enough to wrap.
   */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    const lines: string[] = [];
    for (const para of text.split(/\r?\n/)) {
      let line = '';
      let lineW = 0;
      for (const token of para.split(/(\s+)/)) {
        if (token === '') continue;
        const w = this.widthOf(token, size, bold);
        if (lineW + w <= width || (line === '' && /^\s+$/.test(token))) {
          line += token;
          lineW += w;
          continue;
        }
        if (/^\s+$/.test(token)) {
          lines.push(line.trimEnd());
          line = '';
          lineW = 0;
          continue;
        }
        if (line.trim()) lines.push(line.trimEnd());
        line = '';
        lineW = 0;
        if (w <= width) {
          line = token;
          lineW = w;
          continue;
        }
        // A single word wider than the line: cut it by character.
        for (const ch of token) {
          const cw = this.widthOf(ch, size, bold);
          if (lineW + cw > width && line !== '') {
            lines.push(line);
            line = '';
            lineW = 0;
          }
          line += ch;
          lineW += cw;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }
}
