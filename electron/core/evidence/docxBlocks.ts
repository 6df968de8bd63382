import { DocxStructure, type DocxBlock } from '../../../shared/importStructure.ts';
import type { Block } from './blocks.ts';
import { listStart } from './listMarkers.ts';
import { sectionHeading } from './sectionHeadings.ts';
import { normalise } from './text.ts';

/**
 * Blocks from a Word file's own structure (the DOCX importer keeps headings, list paragraphs and
 * tables). Word's automatic numbering is not in the text, so list items are numbered here by
 * position, as Word would print them. Table rows become one block each with their cells kept;
 * a row or single cell that names a section opens it (plans often put headings in tables).
 */
export function docxBlocks(structure: unknown): Block[] | undefined {
  const parsed = DocxStructure.safeParse(structure);
  if (!parsed.success) return undefined;
  const out: Block[] = [];
  walk(parsed.data.blocks, out);
  return out;
}

function walk(blocks: DocxBlock[], out: Block[]): void {
  let counter = 0;
  let parent: Block | undefined;
  for (const b of blocks) {
    // Sub-items do not restart their parent list's numbering.
    if (b.type !== 'paragraph' || !b.list || (!b.list.ordered && b.list.level === 0)) counter = 0;
    if (b.type !== 'paragraph' || !b.list) parent = undefined;
    if (b.type === 'heading') {
      const text = normalise(b.text);
      if (text) out.push({ kind: 'heading', text, page: b.page, ...sectionOf(text) });
    } else if (b.type === 'paragraph') {
      const text = normalise(b.text);
      if (!text) continue;
      const section = sectionHeading(text, Boolean(b.bold));
      if (section || (b.bold && text.split(/\s+/).length <= 12 && !/[.;]$/.test(text))) {
        out.push({ kind: 'heading', text, page: b.page, ...(section ? { section } : {}) });
      } else if (b.list && b.list.level > 0 && parent?.kind === 'item') {
        // A sub-bullet belongs to the recommendation above it: one recommendation is the bullet and its sub-bullets.
        parent.text += ` ${text}`;
      } else if (b.list) {
        if (b.list.ordered) counter++;
        const label = b.list.label?.replace(/[.)]$/, '').replace(/^\(/, '');
        parent = { kind: 'item', text, page: b.page, ...(b.list.ordered ? { number: label || String(counter) } : {}) };
        out.push(parent);
      } else {
        // A number typed into the text ("3.", "7.2", "F4."), not made by Word's numbering.
        const typed = listStart(text);
        out.push(
          typed
            ? { kind: 'item', text: typed.rest, page: b.page, number: typed.num }
            : { kind: 'para', text, page: b.page },
        );
      }
    } else {
      for (const row of b.rows) {
        const cells = row.cells.map((c) => normalise(c.text.replace(/\n/g, ' ')));
        if (cells.every((c) => !c)) continue;
        if (row.cells.length === 1) {
          walk(row.cells[0]!.blocks, out);
          continue;
        }
        const section = sectionHeading(cells[0]!, true);
        if (row.header && !section) continue;
        out.push({
          kind: 'row',
          text: cells.filter(Boolean).join(' | '),
          page: b.page,
          cells,
          ...(section ? { section } : {}),
        });
      }
    }
  }
}

function sectionOf(text: string): { section?: NonNullable<Block['section']> } {
  const section = sectionHeading(text, true);
  return section ? { section } : {};
}
