import { foldOcr } from './tokens.ts';

interface Word {
  /** Lower case, unfolded: for recognising page furniture. */
  plain: string;
  key: string;
  line: number;
  /** The first word on its line (where list numbers stand). */
  first: boolean;
}

/** One place where the bundle's copy says something else than the case's copy. */
export interface Difference {
  case: string;
  bundle: string;
}

function splitWords(text: string): { words: Word[]; lines: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: Word[] = [];
  lines.forEach((line, i) => {
    for (const raw of line.split(/\s+/)) {
      for (const part of raw
        .normalize('NFKD')
        .toLowerCase()
        .replace(/['\u2018\u2019]/g, '')
        .split(/[^a-z0-9|!]+/)) {
        if (part) out.push({ plain: part, key: foldOcr(part), line: i, first: out.at(-1)?.line !== i });
      }
    }
  });
  return { words: out, lines };
}

/** Longest common subsequence of word keys, as aligned pairs of indexes (a, b). */
function align(a: Word[], b: Word[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        a[i]!.key === b[j]!.key
          ? dp[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) pairs.push([i++, j++]);
    else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Share of character pairs two strings have in common (Dice over bigrams), 0–1. */
export function bigramSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const c = grams.get(g) ?? 0;
    if (c > 0) {
      shared++;
      grams.set(g, c - 1);
    }
  }
  return (2 * shared) / (x.length + y.length - 2);
}

/** Most of these words occur elsewhere on the other side. */
const moved = (ws: Word[], other: Set<string>) =>
  ws.length === 0 || ws.filter((w) => other.has(w.key)).length >= ws.length * 0.8;

/** A printed page label or page footer the bundle adds ("B12", "Page 3 of 4"): not a change. */
const furniture = (ws: Word[], bareNumber: boolean) =>
  ws.every((w) => /^[a-z]{1,2}\d{1,4}$/.test(w.plain)) ||
  (bareNumber ? /^(page )?\d{1,4}( of \d{1,4})?$/ : /^(page \d{1,4}( of \d{1,4})?|\d{1,4} of \d{1,4})$/).test(
    ws.map((w) => w.plain).join(' '),
  );

/**
 * The places where a bundle page's text differs from the case page it reproduces, as the lines
 * on each side. Words are aligned (longest common subsequence); a gap is a real difference
 * unless it is what OCR does to the same words (similar letters), page furniture the bundle
 * adds (its label), or, for a partly read scan, the cut edges of what was read.
 */
export function differences(
  caseText: string,
  bundleText: string,
  opts: { ocr: boolean; partial: boolean },
): Difference[] {
  const a = splitWords(caseText);
  const b = splitWords(bundleText);
  const pairs = align(a.words, b.words);
  const hunks: { a: [number, number]; b: [number, number] }[] = [];
  let pi = 0;
  let pj = 0;
  for (const [i, j] of [...pairs, [a.words.length, b.words.length] as [number, number]]) {
    if (i > pi || j > pj) hunks.push({ a: [pi, i], b: [pj, j] });
    pi = i + 1;
    pj = j + 1;
  }
  if (opts.partial) {
    // Only a band of the scan was read: what lies outside it, and the lines it cut, are unknown.
    if (hunks[0] && hunks[0].b[0] === 0) hunks.shift();
    const last = hunks.at(-1);
    if (last && last.b[1] === b.words.length) hunks.pop();
  }
  const aKeys = new Set(a.words.map((w) => w.key));
  const bKeys = new Set(b.words.map((w) => w.key));
  // Gaps that touch the same lines (on either side) are one difference, shown once.
  const groups: { a: Set<number>; b: Set<number> }[] = [];
  for (const h of hunks) {
    const del = a.words.slice(...h.a);
    const ins = b.words.slice(...h.b);
    const delKey = del.map((w) => w.key).join('');
    const insKey = ins.map((w) => w.key).join('');
    // A bare number added or dropped is a page number; one number changed to another is a change.
    const oneSided = del.length === 0 || ins.length === 0;
    if (furniture(ins, oneSided) && furniture(del, oneSided)) continue;
    // Words only moved (table cells or columns read in another order) are not a change.
    if (moved(del, bKeys) && moved(ins, aKeys)) continue;
    if (opts.ocr) {
      if (bigramSimilarity(delKey, insKey) >= 0.7) continue;
      // Specks and rules read as stray letters; a real change is made of words.
      const junk = ins.length <= 2 || insKey.length / ins.length <= 2.5;
      if (del.length === 0 && junk) continue;
      // List numbers and bullets in a column of their own are read as stray marks, not lost;
      // a short number inside a line ("27 May" read as "13 May") is a change.
      if (del.every((w) => w.key.length <= 2 && w.first) && junk) continue;
    }
    // A gap on one side only is shown against the line it falls in on the other.
    const la = new Set((del.length ? del : a.words.slice(Math.max(0, h.a[0] - 1), h.a[0])).map((w) => w.line));
    const lb = new Set((ins.length ? ins : b.words.slice(Math.max(0, h.b[0] - 1), h.b[0])).map((w) => w.line));
    const last = groups.at(-1);
    if (last && ([...la].some((l) => last.a.has(l)) || [...lb].some((l) => last.b.has(l)))) {
      la.forEach((l) => last.a.add(l));
      lb.forEach((l) => last.b.add(l));
    } else groups.push({ a: la, b: lb });
  }
  const text = (lines: Set<number>, all: string[]) =>
    [...lines]
      .sort((x, y) => x - y)
      .map((l) => all[l])
      .join('\n');
  return groups.map((g) => ({ case: text(g.a, a.lines), bundle: text(g.b, b.lines) }));
}
