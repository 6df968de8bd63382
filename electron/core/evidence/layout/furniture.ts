import type { Line } from './lines.ts';

/** A page number standing alone: "3", "Page 3", "Page 3 of 14", "3 of 14", "- 3 -". */
export const PAGE_NUMBER = /^(page \d+( of \d+)?|\d+ of \d+|- ?\d+ ?-|\d{1,3})$/i;

/**
 * A protective marking standing alone ("OFFICIAL – SENSITIVE", "CONFIDENTIAL", "NHS CONFIDENTIAL"):
 * councils and NHS trusts print one at the top of every page (HM Government Security
 * Classifications, 2018; NHS records guidance). On a one-page letter it cannot be found by
 * repetition, so the marking itself says it is furniture.
 */
export const PROTECTIVE_MARKING =
  /^(nhs )?(not protectively marked|official|restricted|confidential|protect)([\s\-–—:]+(sensitive|personal|medical|commercial))*$/i;

/** Letters only, lower case: page numbers, dates and OCR's stray punctuation do not count. */
const key = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

interface Keyed {
  k: string;
  grams: Map<string, number>;
}

/** Dice similarity of two keys: OCR reads the same footer a little differently on each page. */
function alike(a: Keyed, b: Keyed): boolean {
  if (a.k === b.k) return true;
  if (Math.abs(a.k.length - b.k.length) > Math.max(a.k.length, b.k.length) * 0.15) return false;
  let shared = 0;
  for (const [g, n] of a.grams) shared += Math.min(n, b.grams.get(g) ?? 0);
  return (2 * shared) / Math.max(1, a.k.length + b.k.length - 2) >= 0.85;
}

/**
 * Running headers, footers and margin text: lines printed at the same height, near the top or
 * bottom of the page or in its margin, on at least half the pages (two at least), with the same
 * words once numbers are set aside ("Page 2 of 5", a date, a reference); and page numbers
 * standing alone. They are found by repetition, not by wording, so a
 * council's "OFFICIAL – SENSITIVE", a trust's confidentiality line or a child's name in the margin
 * all go, whatever they say, before anything reads the text.
 */
export function furnitureOf(lines: Line[]): Set<Line> {
  const pages = new Set(lines.map((l) => l.page)).size;
  const out = new Set<Line>();
  for (const l of lines)
    if (PAGE_NUMBER.test(l.text) || PROTECTIVE_MARKING.test(l.text) || l.runs.every((r) => PAGE_NUMBER.test(r.text)))
      out.add(l);
  if (pages < 2) return out;
  const need = Math.max(2, Math.ceil(pages * 0.5));
  // Furniture sits in the top or bottom eighth of where text is printed, or out in a side margin;
  // a heading that happens to fall at the same height on several pages is content.
  const ys = lines.map((l) => l.y);
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const band = (bottom - top) / 8;
  const x0s = lines.map((l) => l.x0).sort((a, b) => a - b);
  const left = x0s[Math.floor(x0s.length * 0.1)] ?? 0;
  const outer = (l: Line) => l.y <= top + band || l.y >= bottom - band || l.x1 <= left;
  const candidates = lines.filter((l) => !out.has(l) && outer(l) && l.text.length < 200 && key(l.text).length >= 3);
  const mark = (same: Line[]) => {
    if (new Set(same.map((o) => o.page)).size >= need) for (const o of same) out.add(o);
  };
  // A text layer prints the same words each time: group by them, then by height on the page.
  const byKey = new Map<string, Line[]>();
  for (const l of candidates.filter((c) => !c.ocr)) byKey.set(key(l.text), [...(byKey.get(key(l.text)) ?? []), l]);
  for (const group of byKey.values()) if (group.length >= need) for (const band of bands(group)) mark(band);
  // OCR reads the same footer a little differently on each page: compare near neighbours by likeness.
  const scanned = candidates
    .filter((c) => c.ocr)
    .map((l) => ({ l, k: key(l.text), grams: bigrams(key(l.text)) }))
    .sort((a, b) => a.l.y - b.l.y);
  for (const [i, c] of scanned.entries()) {
    if (out.has(c.l)) continue;
    const same = [c.l];
    for (let j = i + 1; j < scanned.length && scanned[j]!.l.y - c.l.y <= c.l.h * 2; j++)
      if (!out.has(scanned[j]!.l) && alike(scanned[j]!, c)) same.push(scanned[j]!.l);
    mark(same);
  }
  return out;
}

/** Lines split where their heights on the page are more than two text heights apart. */
function bands(group: Line[]): Line[][] {
  const sorted = [...group].sort((a, b) => a.y - b.y);
  const out: Line[][] = [];
  for (const l of sorted) {
    const band = out.at(-1);
    if (band && l.y - band.at(-1)!.y <= l.h * 2) band.push(l);
    else out.push([l]);
  }
  return out;
}
