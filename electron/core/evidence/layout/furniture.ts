import type { Line } from './lines.ts';

/** A page number standing alone: "3", "Page 3", "Page 3 of 14", "3 of 14", "- 3 -". */
export const PAGE_NUMBER = /^(page \d+( of \d+)?|\d+ of \d+|- ?\d+ ?-|\d{1,3})$/i;

/** Letters only, lower case: page numbers, dates and OCR's stray punctuation do not count. */
const key = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Dice similarity of two keys: OCR reads the same footer a little differently on each page. */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) * 0.15) return false;
  const [ba, bb] = [bigrams(a), bigrams(b)];
  let shared = 0;
  for (const [g, n] of ba) shared += Math.min(n, bb.get(g) ?? 0);
  return (2 * shared) / Math.max(1, a.length + b.length - 2) >= 0.85;
}

/**
 * Running headers, footers and margin text: lines printed at the same height on at least half the
 * pages (two at least) with the same words once numbers are set aside ("Page 2 of 5", a date, a
 * reference), and page numbers standing alone. They are found by repetition, not by wording, so a
 * council's "OFFICIAL – SENSITIVE", a trust's confidentiality line or a child's name in the margin
 * all go, whatever they say, before anything reads the text.
 */
export function furnitureOf(lines: Line[]): Set<Line> {
  const pages = new Set(lines.map((l) => l.page)).size;
  const out = new Set<Line>();
  for (const l of lines) if (PAGE_NUMBER.test(l.text) || l.runs.every((r) => PAGE_NUMBER.test(r.text))) out.add(l);
  if (pages < 2) return out;
  const need = Math.max(2, Math.ceil(pages * 0.5));
  const candidates = lines
    .filter((l) => !out.has(l) && l.text.length < 200 && key(l.text).length >= 3)
    .map((l) => ({ l, k: key(l.text) }))
    .sort((a, b) => a.l.y - b.l.y);
  for (const [i, { l, k }] of candidates.entries()) {
    if (out.has(l)) continue;
    const same = [l];
    // Sorted by height on the page: only neighbours within two text heights can be the same line.
    for (let j = i + 1; j < candidates.length && candidates[j]!.l.y - l.y <= l.h * 2; j++) {
      const o = candidates[j]!;
      if (!out.has(o.l) && alike(o.k, k)) same.push(o.l);
    }
    if (new Set(same.map((o) => o.page)).size >= need) for (const o of same) out.add(o);
  }
  return out;
}
