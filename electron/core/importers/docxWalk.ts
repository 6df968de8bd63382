import type { DocxBlock, DocxStructure, DocxTableCell } from '../../../shared/importStructure.ts';
import { LIST_LABEL_STYLE } from './docxNumbering.ts';

/**
 * The parts of mammoth's document model (node_modules/mammoth/lib/documents.js) we read. mammoth
 * has already resolved styles, numbering, tracked insertions (kept) and deletions (dropped).
 */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
  breakType?: 'line' | 'page' | 'column';
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
  noteType?: 'footnote' | 'endnote';
  noteId?: string;
  checked?: boolean;
  altText?: string;
}
export interface MammothDocument extends MammothElement {
  notes?: { resolve(ref: { noteType?: string; noteId?: string }): { body?: MammothElement[] } | null };
}

/** `label`: a list number we wrote in (docxNumbering.ts): in the page text, not the block text. */
type Token = { text: string; label?: true } | { pageBreak: true } | { note: MammothElement };

/** Lays text out page by page; a page break on an empty page starts no new page. */
class PageWriter {
  private pages: string[][] = [[]];
  private line = '';
  private footnotesHere: string[] = [];
  private endnotes: string[] = [];
  private noteCount = 0;
  readonly notes: DocxStructure['notes'] = [];

  constructor(private readonly noteText: (ref: MammothElement) => string) {}

  get page(): number {
    return this.pages.length;
  }

  write(tokens: Token[]): void {
    for (const t of tokens) {
      if ('pageBreak' in t) this.pageBreak();
      else if ('note' in t) this.note(t.note);
      else {
        const parts = t.text.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) this.endLine();
          this.line += part;
        });
      }
    }
  }

  endLine(): void {
    const text = this.line.replace(/[ \t]+$/, '');
    if (text.trim()) this.pages.at(-1)!.push(text);
    this.line = '';
  }

  pageBreak(): void {
    this.endLine();
    if (this.pages.at(-1)!.length === 0) return;
    this.flushFootnotes();
    this.pages.push([]);
  }

  finish(): string[] {
    this.endLine();
    this.flushFootnotes();
    if (this.endnotes.length) this.pages.at(-1)!.push('', ...this.endnotes);
    return this.pages.map((lines) => lines.join('\n'));
  }

  /** Notes are numbered in reading order and printed at the foot of the page that cites them. */
  private note(ref: MammothElement): void {
    const number = ++this.noteCount;
    const kind = ref.noteType === 'endnote' ? 'endnote' : 'footnote';
    const text = this.noteText(ref);
    this.line += `[${number}]`;
    this.notes.push({ kind, number, text, page: this.page });
    (kind === 'endnote' ? this.endnotes : this.footnotesHere).push(`[${number}] ${text}`);
  }

  private flushFootnotes(): void {
    if (!this.footnotesHere.length) return;
    this.pages.at(-1)!.push('', ...this.footnotesHere);
    this.footnotesHere = [];
  }
}

/** Inline content of a paragraph as tokens: text, page breaks, note references. */
function inlineTokens(el: MammothElement, out: Token[] = []): Token[] {
  switch (el.type) {
    case 'text':
      out.push({ text: el.value ?? '' });
      break;
    case 'tab':
      out.push({ text: '\t' });
      break;
    case 'break':
      if (el.breakType === 'page') out.push({ pageBreak: true });
      else out.push({ text: '\n' });
      break;
    case 'checkbox':
      out.push({ text: el.checked ? '☒ ' : '☐ ' });
      break;
    case 'noteReference':
      out.push({ note: el });
      break;
    case 'run':
      if (el.styleId === LIST_LABEL_STYLE) {
        out.push({ text: (el.children ?? []).map((c) => c.value ?? '').join(''), label: true });
        break;
      }
      for (const c of el.children ?? []) inlineTokens(c, out);
      break;
    case 'image':
      if (el.altText?.trim()) out.push({ text: `[picture: ${el.altText.trim()}]` });
      break;
    default:
      for (const c of el.children ?? []) inlineTokens(c, out);
  }
  return out;
}

const plain = (tokens: Token[]) =>
  tokens
    .map((t) => ('text' in t && !t.label ? t.text : ''))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();

function headingLevel(p: MammothElement): number | undefined {
  const name = (p.styleName ?? p.styleId ?? '').trim();
  if (/^title$/i.test(name)) return 0;
  const m = name.match(/^heading\s*([1-9])$/i);
  return m ? Number(m[1]) : undefined;
}

function allBold(el: MammothElement): boolean {
  let runs = 0;
  let bold = true;
  const visit = (e: MammothElement) => {
    if (e.type === 'run') {
      if ((e.children ?? []).some((c) => c.type === 'text' && c.value?.trim())) {
        runs++;
        bold &&= !!e.isBold;
      }
      return;
    }
    (e.children ?? []).forEach(visit);
  };
  visit(el);
  return runs > 0 && bold;
}

const hasPageBreak = (el: MammothElement): boolean =>
  (el.type === 'break' && el.breakType === 'page') || (el.children ?? []).some(hasPageBreak);

export interface WalkResult {
  pages: string[];
  blocks: DocxBlock[];
  notes: DocxStructure['notes'];
}

/**
 * Turns mammoth's document into page text and a block structure. A table row whose cells are
 * each one short paragraph becomes one line, cells separated by tabs ("Date of report⇥12 May
 * 2026"), so label/value tables read as they look; any other row is written cell by cell.
 */
export function walkDocument(doc: MammothDocument): WalkResult {
  const noteText = (ref: MammothElement) => {
    const note = doc.notes?.resolve({ noteType: ref.noteType, noteId: ref.noteId });
    return (note?.body ?? [])
      .map((p) => plain(inlineTokens(p)))
      .filter(Boolean)
      .join(' ');
  };
  const writer = new PageWriter(noteText);

  const blocksOf = (children: MammothElement[]): DocxBlock[] => {
    const blocks: DocxBlock[] = [];
    for (const el of children) {
      if (el.type === 'paragraph') {
        const tokens = inlineTokens(el);
        // A page that starts with this paragraph: count the paragraph on the new page.
        const lead = tokens.findIndex((t) => !('pageBreak' in t) && !('text' in t && !t.text.trim()));
        writer.write(tokens.slice(0, lead < 0 ? tokens.length : lead));
        const page = writer.page;
        writer.write(lead < 0 ? [] : tokens.slice(lead));
        writer.endLine();
        const text = plain(tokens);
        if (text) blocks.push(paragraphBlock(el, text, page));
      } else if (el.type === 'table') {
        blocks.push(table(el));
      } else if (el.children) {
        blocks.push(...blocksOf(el.children));
      }
    }
    return blocks;
  };

  const table = (el: MammothElement): DocxBlock => {
    const page = writer.page;
    const rows = (el.children ?? [])
      .filter((r) => r.type === 'tableRow')
      .map((row) => {
        const cells = (row.children ?? []).filter((c) => c.type === 'tableCell');
        const simple = cells.every((c) => {
          const kids = (c.children ?? []).filter((k) => k.type !== 'paragraph' || plain(inlineTokens(k)));
          return kids.length <= 1 && kids.every((k) => k.type === 'paragraph' && !hasPageBreak(k));
        });
        let out: DocxTableCell[];
        if (simple && cells.length > 1) {
          const rowTokens: Token[] = [];
          out = cells.map((c, i) => {
            const tokens = (c.children ?? []).flatMap((k) => inlineTokens(k));
            if (i > 0) rowTokens.push({ text: '\t' });
            rowTokens.push(...tokens.map((t) => ('text' in t ? { text: t.text.replace(/\n/g, ' ') } : t)));
            const text = plain(tokens);
            const para = (c.children ?? []).find((k) => k.type === 'paragraph' && plain(inlineTokens(k)));
            return cellOf(c, text, para ? [paragraphBlock(para, text, writer.page)] : []);
          });
          writer.write(rowTokens);
          writer.endLine();
        } else {
          out = cells.map((c) => {
            const blocks = blocksOf(c.children ?? []);
            return cellOf(c, blocks.map(blockText).join('\n'), blocks);
          });
        }
        return { cells: out, ...(row.isHeader ? { header: true } : {}) };
      });
    return { type: 'table', page, rows };
  };

  const blocks = blocksOf(doc.children ?? []);
  const pages = writer.finish();
  return { pages, blocks, notes: writer.notes };
}

const labelOf = (el: MammothElement) =>
  inlineTokens(el)
    .find((t): t is { text: string; label: true } => 'label' in t && !!t.label)
    ?.text.trim();

function paragraphBlock(el: MammothElement, text: string, page: number): DocxBlock {
  const level = headingLevel(el);
  const style = el.styleName ?? undefined;
  if (level !== undefined) return { type: 'heading', level, text, page, ...(style ? { style } : {}) };
  const n = el.numbering;
  return {
    type: 'paragraph',
    text,
    page,
    ...(style ? { style } : {}),
    ...(allBold(el) ? { bold: true } : {}),
    ...(n
      ? {
          list: {
            level: Number(n.level ?? 0),
            ordered: !!n.isOrdered,
            ...(labelOf(el) ? { label: labelOf(el)! } : {}),
          },
        }
      : {}),
  };
}

function cellOf(c: MammothElement, text: string, blocks: DocxBlock[]): DocxTableCell {
  return {
    text,
    blocks,
    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
  };
}

function blockText(b: DocxBlock): string {
  if (b.type !== 'table') return b.text;
  return b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
}
