import type { PdfLayoutItem } from '../../../shared/importStructure.ts';
import type { PdfjsPage } from './pdfjs.ts';

/**
 * A page's text layer as plain text, one line per line on the page. pdf.js marks line ends with
 * hasEOL; items are otherwise runs of a line in reading order.
 */
export async function pageText(page: PdfjsPage): Promise<string> {
  return (await pageTextAndLayout(page)).text;
}

/** Rounded to a tenth of a point: positions finer than that say nothing and bloat the store. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The page's text and where each run of it sits (PdfLayoutItem: x, baseline, width, height from
 * the top left, in points). Tables and running headers are rebuilt from these positions later.
 */
export async function pageTextAndLayout(page: PdfjsPage): Promise<{ text: string; items: PdfLayoutItem[] }> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: 1 });
  const [va, vb, vc, vd, ve, vf] = viewport.transform as number[];
  let out = '';
  const items: PdfLayoutItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
    const str = item.str.replaceAll('\u0000', '');
    if (!str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // The item's origin and size in viewport space (top-left origin, y down), as pdf.js's Util.transform.
    const x = va! * e! + vc! * f! + ve!;
    const y = vb! * e! + vd! * f! + vf!;
    const height = Math.hypot(va! * c! + vc! * d!, vb! * c! + vd! * d!) || Math.hypot(a!, b!);
    items.push([r1(x), r1(y), r1(item.width), r1(height || item.height), str]);
  }
  return { text: tidyText(out), items };
}

/** Collapses runs of spaces and blank lines that PDF generators leave between text runs. */
export function tidyText(text: string): string {
  return text
    .replaceAll('\u0000', '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Fewer readable characters than this and a page is treated as a scan (or a photo of text). */
const MIN_READABLE_CHARS = 12;

/**
 * Whether a text layer is worth keeping instead of OCR. Scanned pages have none; some have only
 * a page number or a scanner's stamp. Subset fonts without a ToUnicode map yield glyph numbers:
 * control characters (a space coming out as U+0003), private-use characters, U+FFFD, or letters
 * shifted along the alphabet ("6WDWXWRU\\ DGYLFH" for "Statutory advice"), which has almost no
 * vowels. Any of those: OCR the page.
 */
export function isUsableText(text: string): boolean {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < MIN_READABLE_CHARS) return false;
  const visible = text.replace(/\s/g, '');
  const junk = visible.match(/[\p{Co}\p{Cc}\p{Cs}\uFFFD]/gu)?.length ?? 0;
  if (junk / visible.length > 0.03 || letters / visible.length < 0.5) return false;
  const latin = text.match(/[A-Za-z]/g) ?? [];
  if (latin.length < 40) return true;
  const vowels = latin.filter((c) => 'aeiouyAEIOUY'.includes(c)).length;
  // English runs at ~38% vowels, other European languages higher; shifted glyph codes at ~10%.
  return vowels / latin.length > 0.2;
}
