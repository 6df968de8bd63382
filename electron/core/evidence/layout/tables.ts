import { median, wouldHaveFitted, type Line, type Run } from './lines.ts';

/** A table row rebuilt from positions: one cell per column, wrapped lines joined. */
export interface TableRow {
  page: number;
  cells: string[];
  /** The table's first row when it reads as column titles ("Recommendation | Frequency | Delivered by"). */
  header: boolean;
}

export type LayoutEntry = { kind: 'line'; line: Line } | { kind: 'row'; row: TableRow };

/** Joins a wrapped line to the text before it: "deaf-" + "aware" is one word again. */
export const joinWrapped = (a: string, b: string): string =>
  !a ? b : !b ? a : /[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b) ? `${a}${b}` : `${a} ${b}`;

const tolerance = (h: number) => Math.max(2, h * 0.5);

/** The column a run sits in: its left edge at a column's, or wholly inside one (a centred cell). */
function columnOf(cols: number[], r: Run, h: number): number {
  const tol = tolerance(h);
  for (let c = cols.length - 1; c >= 0; c--) {
    const next = cols[c + 1] ?? Infinity;
    if (r.x0 >= cols[c]! - tol && r.x0 < next - tol) return r.x1 <= next + tol ? c : -1;
  }
  return -1;
}

/** Whether a line's runs include every column edge seen so far, plus more: a fuller row of the same table. */
function widen(cols: number[], l: Line): boolean {
  return cols.every((x) => l.runs.some((r) => Math.abs(r.x0 - x) <= tolerance(l.h)));
}

const fits = (cols: number[], l: Line) => l.runs.every((r) => columnOf(cols, r, l.h) >= 0);

/**
 * Finds tables among a document's lines and rebuilds them row by row. A table starts at a line of
 * two or more runs; it goes on while each line's runs start at the same column edges, including
 * onto the next page (a row broken by the page joins up again, and a header row the page repeats
 * is dropped). Rows are told apart by the taller gap above a row's first line (cell padding and
 * borders) than between the wrapped lines of one cell.
 */
export function findTables(lines: Line[]): LayoutEntry[] {
  const out: LayoutEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (first.runs.length < 2) {
      out.push({ kind: 'line', line: first });
      i++;
      continue;
    }
    const cols = first.runs.map((r) => r.x0);
    const region = [first];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = lines[j]!;
      const prev = region.at(-1)!;
      // The header row left a cell empty (or OCR lost it): the first full row adds its column.
      if (
        region.length === 1 &&
        !fits(cols, m) &&
        m.runs.length > cols.length &&
        m.page === prev.page &&
        widen(cols, m)
      ) {
        cols.splice(0, cols.length, ...m.runs.map((r) => r.x0));
      }
      // Text of another size (a heading) or runs off the column edges: the table has ended. OCR
      // boxes vary in height with the letters in them, so a scan is allowed more.
      if (!fits(cols, m) || Math.abs(m.h - first.h) > first.h * (m.ocr ? 0.45 : 0.15)) break;
      // On a new page the table goes on only with its header row again, a full row, or a cut
      // cell's lower-case continuation: a lone capitalised line is the next heading.
      if (m.page !== prev.page && m.runs.length === 1 && !/^[a-z(]/.test(m.text)) break;
      if (m.page === prev.page && m.y - prev.y > Math.max(prev.h, m.h) * 3.2) break;
      // A lone line after a row gap is a heading or paragraph under the table, not a new row.
      if (m.runs.length === 1 && m.page === prev.page && m.y - prev.y > prev.h * 2.2 && !/^[a-z(]/.test(m.text)) break;
      region.push(m);
    }
    // One line alone is no table: a justified line with wide spaces, or a letterhead's two sides.
    if (region.length === 1) out.push({ kind: 'line', line: first });
    else for (const row of rowsOf(region, cols)) out.push({ kind: 'row', row });
    i = j;
  }
  return out;
}

function rowsOf(region: Line[], cols: number[]): TableRow[] {
  const gaps = region
    .slice(1)
    .filter((l, k) => l.page === region[k]!.page)
    .map((l, k) => l.y - region[k]!.y);
  const h = median(region.map((l) => l.h));
  // The gap between wrapped lines of one cell: the smallest gaps seen, if any are line-like.
  const small = gaps.filter((g) => g < h * 1.9);
  const pitch = small.length ? median(small) : h * 1.4;
  const placed = region.map((l) => placeRuns(cols, l));
  // Where each column's text can reach: up to the next column less its padding, or its widest line.
  const right = cols.map((_, c) => Math.max(...placed.map((p) => p[c]?.x1 ?? 0), (cols[c + 1] ?? 0) - h));
  const rows: (TableRow & { filled: number })[] = [];
  let header: string[] | undefined;
  let afterBreak = false;
  // Per column, whether its cell in the current row has had text and then stopped.
  let had = cols.map(() => false);
  let ended = cols.map(() => false);
  let started = cols.map(() => false);
  for (const [k, l] of region.entries()) {
    const prev = region[k - 1];
    const here = placed[k]!;
    const cells = here.map((r) => r?.text ?? '');
    const filled = cells.filter(Boolean).length;
    const pageBreak = prev !== undefined && prev.page !== l.page;
    if (pageBreak) afterBreak = true;
    const last = rows.at(-1);
    if (afterBreak && header && sameCells(cells, header)) continue;
    let newRow: boolean;
    if (!last) newRow = true;
    else if (afterBreak) newRow = !continuesRow(cells, filled, last.filled);
    else {
      const before = placed[k - 1]!;
      // Cells are top-aligned: text starting in a column that was empty on the row's first line, or
      // coming back into a column whose cell had ended, is the next row.
      const reappears = here.some((r, c) => r && (ended[c] || !started[c]));
      // In the first column, a word that would have fitted on the line above: that cell had ended.
      const first = here[0];
      const fitted =
        first && before[0] && /^["'(]?[A-Z0-9]/.test(first.text) && wouldHaveFitted(before[0], first, right[0]!);
      newRow = l.y - prev!.y > pitch * 1.3 || reappears || Boolean(fitted);
    }
    afterBreak = false;
    if (newRow) {
      rows.push({ page: l.page, cells, header: false, filled });
      if (rows.length === 1) header = cells;
      had = cols.map(() => false);
      ended = cols.map(() => false);
      started = here.map(Boolean);
    } else {
      last!.cells = last!.cells.map((c, n) => joinWrapped(c, cells[n] ?? ''));
      last!.filled = Math.max(last!.filled, filled);
    }
    here.forEach((r, c) => {
      if (r) had[c] = true;
      else if (had[c] && !pageBreak) ended[c] = true;
    });
  }
  // Column titles are short and are not sentences ("No." and "Freq." end in a point all the same).
  if (
    rows.length >= 2 &&
    rows[0]!.cells.every((c) => c.split(/\s+/).length <= 6 && (!/[.;]$/.test(c) || c.length <= 6))
  )
    rows[0]!.header = true;
  return rows.map(({ page, cells, header: isHeader }) => ({ page, cells, header: isHeader }));
}

/** A line's runs by column (runs falling in one column joined). */
function placeRuns(cols: number[], l: Line): (Run | undefined)[] {
  const out: (Run | undefined)[] = cols.map(() => undefined);
  for (const r of l.runs) {
    const c = columnOf(cols, r, l.h);
    const had = out[c];
    out[c] = had ? { x0: had.x0, x1: r.x1, text: `${had.text} ${r.text}` } : { ...r };
  }
  return out;
}

/**
 * After a page break, a row carries on when the new page's first line fills fewer columns than
 * the row it follows, or starts in lower case: the page cut the row's longest cell.
 */
function continuesRow(cells: string[], filled: number, lastFilled: number): boolean {
  const firstText = cells.find(Boolean) ?? '';
  return filled < lastFilled || /^[a-z(]/.test(firstText);
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((c, k) => norm(c) === norm(b[k]!));
