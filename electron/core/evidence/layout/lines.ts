import type { PdfLayoutPage } from '../../../../shared/importStructure.ts';
import { BULLET, OCR_BULLET, listStart } from '../listMarkers.ts';
import { normalise } from '../text.ts';

/** A stretch of one printed line with no wide gap in it: a table cell's line, or the whole line. */
export interface Run {
  x0: number;
  x1: number;
  text: string;
}

/** One printed line rebuilt from positioned text: its runs left to right, baseline and size. */
export interface Line {
  page: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Text height (font size for a text layer, line height for OCR). */
  h: number;
  x0: number;
  x1: number;
  runs: Run[];
  text: string;
  ocr: boolean;
}

/**
 * A gap wider than this many text heights separates two runs (table cells, a letterhead's left and
 * right blocks); narrower gaps are spaces between words. Justified prose stretches spaces to well
 * under one height; cell padding is wider.
 */
const RUN_GAP = 0.8;

/**
 * Groups a page's positioned items into printed lines (items whose baselines lie within a third of
 * their height of each other), sorted top to bottom, each split into runs at wide gaps.
 */
export function pageLines(page: PdfLayoutPage): Line[] {
  const items = page.items
    .map(([x, y, w, h, text]) => ({ x, y, w, h: h > 0 ? h : 10, text }))
    .filter((i) => i.text.trim())
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: (typeof items)[] = [];
  for (const item of items) {
    const g = groups.at(-1);
    const ref = g?.[0];
    if (ref && Math.abs(item.y - ref.y) <= Math.min(item.h, ref.h) * 0.35) g!.push(item);
    else groups.push([item]);
  }
  return groups
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      const h = median(g.map((i) => i.h));
      const runs: Run[] = [];
      let ruled = false;
      for (const i of g) {
        // OCR reads a table's vertical rules as "|": a cell boundary, not text.
        if (page.source === 'ocr' && /^[|¦]+$/.test(i.text.trim())) {
          ruled = true;
          continue;
        }
        const last = runs.at(-1);
        const gap = last ? i.x - last.x1 : Infinity;
        const joins = last && gap < h * RUN_GAP && !ruled;
        ruled = false;
        if (joins) {
          // pdf.js splits words into several items; a small gap (or a space at either side) is a space.
          const space = gap > h * 0.12 && !/\s$/.test(last.text) && !/^\s/.test(i.text);
          last.text += (space ? ' ' : '') + i.text;
          last.x1 = Math.max(last.x1, i.x + i.w);
        } else runs.push({ x0: i.x, x1: i.x + i.w, text: i.text });
      }
      for (const r of runs) r.text = normalise(r.text);
      const kept = runs.filter((r) => r.text);
      // A list marker printed at a tab stop ("1.", "(b)", "•") starts the line's text, not a table cell.
      if (kept.length >= 2 && isMarker(kept[0]!.text)) {
        const [marker, first] = kept.splice(0, 2) as [Run, Run];
        kept.unshift({ x0: marker.x0, x1: first.x1, text: `${marker.text} ${first.text}` });
      }
      return {
        page: page.page,
        y: median(g.map((i) => i.y)),
        h,
        x0: kept[0]?.x0 ?? 0,
        x1: Math.max(...kept.map((r) => r.x1)),
        runs: kept,
        text: kept.map((r) => r.text).join(' '),
        ocr: page.source === 'ocr',
      };
    })
    .filter((l) => l.runs.length > 0);
}

/** The next line's first word would have fitted at the end of this one: the writer ended the line. */
export function wouldHaveFitted(
  prev: { x1: number; text: string; x0: number },
  next: { text: string },
  reach: number,
): boolean {
  const charWidth = (prev.x1 - prev.x0) / Math.max(1, prev.text.length);
  return prev.x1 + charWidth * (next.text.split(' ')[0]!.length + 1) < reach;
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A run that is only a list marker: a number, letter or bullet as the list styles print them. */
function isMarker(text: string): boolean {
  const probe = `${text} x`;
  return text.length <= 8 && (listStart(probe)?.rest === 'x' || BULLET.test(`${text} X`) || OCR_BULLET.test(probe));
}
