import { PdfLayout } from '../../../../shared/importStructure.ts';
import type { Block, PageInput } from '../blocks.ts';
import { BULLET, OCR_BULLET, isNext, listStart } from '../listMarkers.ts';
import { sectionHeading } from '../sectionHeadings.ts';
import { furnitureOf } from './furniture.ts';
import { median, pageLines, wouldHaveFitted, type Line } from './lines.ts';
import { findTables, joinWrapped, type TableRow } from './tables.ts';

const endsSentence = (s: string) => /[.!?;:]["')\]]?$/.test(s);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Short, no closing full stop, starts with a capital or digit: a heading on a line of its own. */
// A line with a year in it ("Speech and language advice, 3 March 2026") is an entry, not a heading.
const headingLike = (s: string) =>
  words(s) <= 12 && s.length < 90 && !/[.;,]$/.test(s) && /^[A-Z0-9"'(]/.test(s) && !/\b(19|20)\d\d\b/.test(s);

/**
 * Blocks (headings, list items with their sub-items, paragraphs, table rows) from a PDF's
 * positioned text, with running headers and footers taken out first. Also the page text without
 * them, for everything else that reads the document. Undefined when the structure is not a layout.
 */
export function layoutBlocks(structure: unknown): { blocks: Block[]; pages: PageInput[] } | undefined {
  const parsed = PdfLayout.safeParse(structure);
  if (!parsed.success || parsed.data.pages.every((p) => p.items.length === 0)) return undefined;
  const all = parsed.data.pages.flatMap(pageLines);
  const furniture = furnitureOf(all);
  const content = all.filter((l) => !furniture.has(l));
  const byPage = new Map<number, string[]>();
  for (const l of content) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l.text]);
  const pages = parsed.data.pages.map((p) => ({ page: p.page, text: (byPage.get(p.page) ?? []).join('\n') }));
  return { blocks: toLayoutBlocks(content), pages };
}

function rowBlock(row: TableRow): Block | undefined {
  const cells = row.cells;
  const section = sectionHeading(cells.find(Boolean) ?? '', true);
  // A table's column titles are not content, unless they name a plan section.
  if (row.header && !section) return undefined;
  const filled = cells.filter(Boolean);
  if (!filled.length) return undefined;
  return { kind: 'row', text: filled.join(' | '), page: row.page, cells, ...(section ? { section } : {}) };
}

function toLayoutBlocks(lines: Line[]): Block[] {
  // Line spacing of body text, as a multiple of text height: wider gaps end paragraphs.
  // OCR boxes are as tall as the letters in them ("board." is shorter than "Typing"): a scanned
  // page's lines are measured by the page's usual height instead.
  const ocrHeight = median(lines.filter((l) => l.ocr).map((l) => l.h));
  const size = (l: Line) => (l.ocr ? ocrHeight : l.h);
  const ratios = lines
    .slice(1)
    .flatMap((l, k) => (l.page === lines[k]!.page && l.runs.length === 1 ? [(l.y - lines[k]!.y) / size(l)] : []))
    .filter((r) => r > 0.8 && r < 2.6);
  const pitch = median(ratios) || 1.45;
  // Where full lines of body text end: a line well short of it ends its paragraph or is a heading.
  const right = percentile(
    lines.filter((l) => l.runs.length === 1).map((l) => l.x1),
    0.9,
  );
  const left = percentile(
    lines.map((l) => l.x0),
    0.1,
  );
  const short = (l: Line) => l.x1 < right - (right - left) * 0.2;
  const breakBefore = (l: Line, prev: Line | undefined): boolean => {
    if (!prev) return true;
    // Across a page break a paragraph goes on unless its last line ended a sentence well short of
    // the margin, or a heading opens the new page.
    if (prev.page !== l.page) return endsSentence(prev.text) && (short(prev) || headingLike(l.text));
    // A sentence ended well short of the margin: the paragraph ended, however little space follows.
    if (endsSentence(prev.text) && /^["'(]?[A-Z0-9]/.test(l.text) && (short(prev) || wouldHaveFitted(prev, l, right)))
      return true;
    return (
      (l.y - prev.y) / size(l) > pitch * 1.3 || Math.abs(l.h - prev.h) > Math.max(prev.h, l.h) * (l.ocr ? 0.45 : 0.12)
    );
  };
  const entries = findTables(lines);

  const blocks: Block[] = [];
  let open: (Block & { indent: number; textIndent: number }) | undefined;
  let item: typeof open;
  let prev: Line | undefined;
  let listNumber: string | undefined;
  const push = (b: Block, l: Line, textIndent = l.x0) => {
    const withIndent = { ...b, lines: [b.text], indent: l.x0, textIndent };
    blocks.push(withIndent);
    open = b.kind === 'heading' ? undefined : withIndent;
    if (b.kind === 'item') item = withIndent;
    else if (b.kind !== 'heading' || !b.section) item = b.kind === 'heading' ? undefined : item;
  };
  for (const [e, entry] of entries.entries()) {
    if (entry.kind === 'row') {
      const b = rowBlock(entry.row);
      if (b) blocks.push(b);
      open = undefined;
      item = undefined;
      prev = undefined;
      continue;
    }
    const l = entry.line;
    const text = l.text;
    const next = entries[e + 1];
    const breakAfter = !next || next.kind === 'row' || breakBefore(next.line, l);
    const isBreak = breakBefore(l, prev);
    const marker = BULLET.exec(text) ?? (l.ocr ? OCR_BULLET.exec(text) : null);
    const numbered = ((n) => (n?.dotted && open && prev && !isBreak && !endsSentence(prev.text) ? undefined : n))(
      listStart(text),
    );
    const section = sectionHeading(text);
    prev = l;
    if (section) {
      push({ kind: 'heading', text, page: l.page, section }, l);
      listNumber = undefined;
      continue;
    }
    // A sub-bullet (indented further than the bullet above it) belongs to that bullet's recommendation.
    if (
      (marker || numbered) &&
      item &&
      l.x0 > item.indent + l.h * 0.8 &&
      l.page === item.page + (l.page > item.page ? 1 : 0)
    ) {
      const rest = marker ? marker[1]! : numbered!.rest;
      item.text = joinWrapped(item.text, rest);
      item.lines!.push(text);
      open = item;
      continue;
    }
    if (marker) {
      const rest = marker[1]!;
      push({ kind: 'item', text: rest, page: l.page }, l, l.x0 + (text.length - rest.length) * l.h * 0.5);
      continue;
    }
    if (numbered) {
      const continues = listNumber !== undefined && isNext(listNumber, numbered.num);
      // "7. Recommendations" is a heading; "1. By July 2027, …" and a dated K entry are items.
      if (
        !continues &&
        isBreak &&
        headingLike(numbered.rest) &&
        /^\d/.test(numbered.num) &&
        !/\b(19|20)\d\d\b/.test(numbered.rest) &&
        !endsSentence(numbered.rest)
      ) {
        push({ kind: 'heading', text, page: l.page, number: numbered.num }, l);
        listNumber = undefined;
      } else {
        push({ kind: 'item', text: numbered.rest, page: l.page, number: numbered.num }, l);
        listNumber = numbered.num;
      }
      continue;
    }
    // Back at the margin, left of the bullet above: the list has ended.
    const outdented = open && open.kind === 'item' && l.x0 < open.indent - l.h * 0.5;
    if (open && !isBreak && !outdented) {
      open.text = joinWrapped(open.text, text);
      open.lines!.push(text);
      continue;
    }
    // A heading wrapped onto a second line that carries on in lower case.
    const last = blocks.at(-1);
    if (last?.kind === 'heading' && !isBreak && /^[a-z(]/.test(text)) {
      last.text = joinWrapped(last.text, text);
      continue;
    }
    // A heading stands alone: a short line with space (or a new size) below it.
    if (headingLike(text) && (breakAfter || short(l)) && !/^(signed|yours|dated)\b/i.test(text)) {
      push({ kind: 'heading', text, page: l.page }, l);
      listNumber = undefined;
      continue;
    }
    push({ kind: 'para', text, page: l.page }, l);
    if (!/^\d/.test(text)) listNumber = listNumber && blocks.at(-2)?.kind === 'item' ? listNumber : undefined;
  }
  return blocks.map((b) => {
    // Rows are real here: the printed lines are not kept, so no reader mistakes prose for a table that lost its columns.
    const { indent: _i, textIndent: _t, lines: _l, ...rest } = b as Block & { indent?: number; textIndent?: number };
    return rest;
  });
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
}
