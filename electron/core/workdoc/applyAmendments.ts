import type { SectionId } from '../../../shared/evidence.ts';
import type { Amendment } from '../../../shared/papers.ts';
import { sectionTitle, SECTION_ORDER } from './appealSections.ts';
import { blockText, type Mark, type Span, type WdBlock, type WdLayout } from './layout.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `needle` is in `text`, ignoring case and how whitespace was wrapped. */
function locate(text: string, needle: string): { start: number; end: number } | undefined {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const m = new RegExp(words.map(escape).join('\\s+'), 'iu').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** What a struck span becomes: the family strikes plan text; the other parties' marks stay theirs. */
const STRUCK: Partial<Record<Mark, Mark>> = { plan: 'delete' };

/** Strikes `needle` in the spans (plan text only) and returns the index of the span after it. */
function strike(spans: Span[], needle: string, footnote?: number): { spans: Span[]; after: number } | undefined {
  const text = spans.map((s) => s.text).join('');
  const at = locate(text, needle);
  if (!at) return undefined;
  const out: Span[] = [];
  let pos = 0;
  let after = -1;
  for (const s of spans) {
    const [a, b] = [pos, pos + s.text.length];
    pos = b;
    const cutStart = Math.max(a, at.start);
    const cutEnd = Math.min(b, at.end);
    if (cutStart >= cutEnd) {
      out.push(s);
      continue;
    }
    const { footnote: fn, ...bare } = s;
    if (cutStart > a) out.push({ ...bare, text: s.text.slice(0, cutStart - a) });
    out.push({ ...bare, text: s.text.slice(cutStart - a, cutEnd - a), mark: STRUCK[s.mark] ?? s.mark });
    after = out.length;
    if (cutEnd < b) out.push({ ...s, text: s.text.slice(cutEnd - a) });
    else if (fn) out[out.length - 1]!.footnote = fn;
  }
  if (footnote !== undefined && after > 0 && out[after - 1]!.footnote === undefined)
    out[after - 1]!.footnote = footnote;
  return { spans: out, after };
}

function insertAt(spans: Span[], index: number, text: string, footnote: number): Span[] {
  const before = spans.slice(0, index);
  const needsSpace = before.length > 0 && !/\s$/.test(before.at(-1)!.text);
  return [
    ...before,
    ...(needsSpace ? [{ text: ' ', mark: 'plan' as const }] : []),
    { text, mark: 'insert', footnote },
    ...spans.slice(index),
  ];
}

function sectionRange(layout: WdLayout, section: SectionId): { start: number; end: number } | undefined {
  const idx = layout.blocks.map((b, i) => (b.section === section ? i : -1)).filter((i) => i >= 0);
  return idx.length ? { start: idx[0]!, end: idx.at(-1)! } : undefined;
}

/** A section the plan left out (or a document without it) gains its heading, in letter order. */
function ensureSection(layout: WdLayout, section: SectionId): { start: number; end: number } {
  const found = sectionRange(layout, section);
  if (found) return found;
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1);
  const at = layout.blocks.findIndex((b) => b.kind === 'heading' && b.section && later.includes(b.section));
  const pos = at < 0 ? layout.blocks.length : at;
  layout.blocks.splice(pos, 0, { kind: 'heading', section, runs: [{ text: sectionTitle(section), mark: 'plan' }] });
  return { start: pos, end: pos };
}

/** The block an amendment changes: its paragraph number when the plan gave one, else its words. */
function findBlock(layout: WdLayout, section: SectionId, para: string | null, current: string): number {
  const range = sectionRange(layout, section);
  const inRange = (i: number) => !range || (i >= range.start && i <= range.end);
  const byWords = current
    ? layout.blocks.findIndex((b, i) => inRange(i) && b.kind !== 'heading' && locate(blockText(b), current))
    : -1;
  if (byWords >= 0) return byWords;
  return para ? layout.blocks.findIndex((b, i) => inRange(i) && b.para === para && b.kind !== 'heading') : -1;
}

function addFootnote(layout: WdLayout, text: string): number {
  layout.footnotes.push(text);
  return layout.footnotes.length;
}

/** Strikes and inserts inside one block (a table row: in the cell that holds the words). */
function changeBlock(block: WdBlock, current: string, sought: string | undefined, footnote: number): void {
  const apply = (spans: Span[]): Span[] | undefined => {
    const struck = current ? strike(spans, current, sought ? undefined : footnote) : undefined;
    if (current && !struck) return undefined;
    if (!sought) return struck!.spans;
    return struck
      ? insertAt(struck.spans, struck.after, sought, footnote)
      : insertAt(spans, spans.length, sought, footnote);
  };
  if (block.cells) {
    const i = Math.max(
      0,
      block.cells.findIndex((c) => current && locate(c.map((s) => s.text).join(''), current)),
    );
    block.cells[i] =
      apply(block.cells[i]!) ?? insertAt(block.cells[i]!, block.cells[i]!.length, sought ?? '', footnote);
    return;
  }
  block.runs = apply(block.runs) ?? (sought ? insertAt(block.runs, block.runs.length, sought, footnote) : block.runs);
}

/**
 * Lays the family's amendments over the document in the key's typefaces, each with a footnote
 * citing its evidence. A move is a struck passage in one section and an insertion in another.
 * Wording already in the document (from the family's earlier version) is not added twice.
 */
export function applyAmendments(layout: WdLayout, amendments: Amendment[]): { applied: number; warnings: string[] } {
  const warnings: string[] = [];
  let applied = 0;
  const present = () => squash(layout.blocks.map(blockText).join('\n'));
  for (const a of amendments) {
    if (a.excluded) continue;
    const cite = a.citations.map((c) => c.text).join('; ') || 'Requested by the family.';
    if (present().includes(squash(a.sought))) {
      applied++;
      continue;
    }
    if (a.kind === 'move' && a.fromSection) {
      const from = findBlock(layout, a.fromSection, a.fromPara, a.current);
      if (from >= 0)
        changeBlock(
          layout.blocks[from]!,
          a.current,
          undefined,
          addFootnote(layout, `Moved to Section ${a.section}: ${cite}`),
        );
      else
        warnings.push(
          `Could not find "${a.current.slice(0, 60)}" in Section ${a.fromSection} to strike it; only the wording for Section ${a.section} was added.`,
        );
    }
    const footnote = addFootnote(layout, cite);
    const target = a.kind === 'amend' ? findBlock(layout, a.section, a.para, a.current) : -1;
    if (target >= 0) {
      changeBlock(layout.blocks[target]!, a.current, a.sought, footnote);
    } else {
      const range = ensureSection(layout, a.section);
      const after = a.para
        ? layout.blocks.findIndex((b, i) => i >= range.start && i <= range.end && b.para === a.para)
        : -1;
      const pos = (after >= 0 ? after : range.end) + 1;
      layout.blocks.splice(pos, 0, {
        kind: 'para',
        section: a.section,
        runs: [{ text: a.sought, mark: 'insert', footnote }],
      });
      if (a.kind === 'amend' && a.current)
        warnings.push(
          `Section ${a.section}: the words "${a.current.slice(0, 60)}" were not found, so the new wording was added as its own paragraph.`,
        );
    }
    applied++;
  }
  return { applied, warnings };
}
