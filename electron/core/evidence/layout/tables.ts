import { median, type Line, type Run } from './lines.ts';

/** A table row rebuilt from positions: one cell per column, wrapped lines joined. */
export interface TableRow {
  page: number;
  cells: string[];
  /** The table's first row when it reads as column titles ("Recommendation | Frequency | Delivered by"). */
  header: boolean;
}

export type LayoutEntry = { kind: 'line'; line: Line } | { kind: 'row'; row: TableRow };

/** Joins a wrapped line to the text before it: "deaf-" + "aware" is one word again. */
export const joinWrapped = (a: string, b: string): string => (!a ? b : !b ? a : /[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b) ? `${a}${b}` : `${a} ${b}`);

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
      if (!fits(cols, m)) break;
      // On a new page the table goes on only with its header row again, a full row, or a cut
      // cell's lower-case continuation: a lone capitalised line is the next heading.
      if (m.page !== prev.page && m.runs.length === 1 && !/^[a-z(]/.test(m.text)) break;
      if (m.page === prev.page && m.y - prev.y > Math.max(prev.h, m.h) * 3.2) break;
      // A lone line after a row gap is a heading or paragraph under the table, not a new row.
      if (m.runs.length === 1 && m.page === prev.page && m.y - prev.y > prev.h * 2.2 && !/^[a-z(]/.test(m.text)) break;
      region.push(m);
    }
    for (const row of rowsOf(region, cols)) out.push({ kind: 'row', row });
    i = j;
  }
  return out;
}

function rowsOf(region: Line[], cols: number[]): TableRow[] {
  const gaps = region.slice(1).filter((l, k) => l.page === region[k]!.page).map((l, k) => l.y - region[k]!.y);
  const h = median(region.map((l) => l.h));
  // The gap between wrapped lines of one cell: the smallest gaps seen, if any are line-like.
  const small = gaps.filter((g) => g < h * 1.9);
  const pitch = small.length ? median(small) : h * 1.4;
  const rows: (TableRow & { filled: number })[] = [];
  let header: string[] | undefined;
  let afterBreak = false;
  for (const [k, l] of region.entries()) {
    const prev = region[k - 1];
    const cells = new Array<string>(cols.length).fill('');
    for (const r of l.runs) {
      const c = columnOf(cols, r, l.h);
      cells[c] = cells[c] ? `${cells[c]} ${r.text}` : r.text;
    }
    const filled = cells.filter(Boolean).length;
    const pageBreak = prev !== undefined && prev.page !== l.page;
    if (pageBreak) afterBreak = true;
    const last = rows.at(-1);
    if (afterBreak && header && sameCells(cells, header)) continue;
    const newRow = !last || (pageBreak || afterBreak ? !continuesRow(cells, filled, last.filled) : l.y - prev!.y > pitch * 1.3);
    afterBreak = false;
    if (newRow) {
      rows.push({ page: l.page, cells, header: false, filled });
      if (rows.length === 1) header = cells;
    } else {
      last!.cells = last!.cells.map((c, n) => joinWrapped(c, cells[n] ?? ''));
      last!.filled = Math.max(last!.filled, filled);
    }
  }
  // Column titles are short and are not sentences ("No." and "Freq." end in a point all the same).
  if (rows.length >= 2 && rows[0]!.cells.every((c) => c.split(/\s+/).length <= 6 && (!/[.;]$/.test(c) || c.length <= 6))) rows[0]!.header = true;
  return rows.map(({ page, cells, header: isHeader }) => ({ page, cells, header: isHeader }));
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
