import type { EvidencePlan, PlanParagraph, SectionId } from '../../../shared/evidence.ts';
import { sectionTitle } from './appealSections.ts';

/**
 * The working document's key (DOMAIN §4, as IPSEA and SENDIASS publish it), in typeface only:
 * plan = normal; insert/delete = the family's wording (bold; bold strikethrough); la-insert/
 * la-delete = the LA's (italic; italic strikethrough); agreed/agreed-delete = both agree
 * (underline; underlined strikethrough).
 */
export type Mark = 'plan' | 'insert' | 'delete' | 'la-insert' | 'la-delete' | 'agreed' | 'agreed-delete';

export interface Span {
  text: string;
  mark: Mark;
  /** 1-based footnote number placed after this span. */
  footnote?: number;
}

export interface WdBlock {
  kind: 'heading' | 'area' | 'para' | 'row';
  section?: SectionId;
  /** The plan's paragraph number, for finding the paragraph an amendment changes. */
  para?: string;
  runs: Span[];
  /** A table row: each cell's spans. */
  cells?: Span[][];
}

export interface WdLayout {
  blocks: WdBlock[];
  /** Footnote texts, numbered from 1 in order of adding. */
  footnotes: string[];
}

const plain = (text: string): Span[] => [{ text, mark: 'plan' }];

function paragraphBlock(section: SectionId, p: PlanParagraph): WdBlock {
  if (p.cells && p.cells.length > 1) return { kind: 'row', section, para: p.para, runs: [], cells: p.cells.map(plain) };
  return { kind: 'para', section, para: p.para, runs: plain(p.text) };
}

/**
 * The plan as the evidence map parsed it, in the plan's own section order and headings (Casebook's
 * titles where a heading was not kept), with its sub-headings,
 * paragraph numbers and table rows, all in normal type.
 */
export function layoutFromPlan(plan: EvidencePlan, headings: Partial<Record<SectionId, string>> = {}): WdLayout {
  const blocks: WdBlock[] = [];
  for (const [id, paras] of Object.entries(plan.sections) as [SectionId, PlanParagraph[]][]) {
    blocks.push({ kind: 'heading', section: id, runs: plain(headings[id] ?? sectionTitle(id)) });
    let area: string | undefined;
    for (const p of paras) {
      if (p.area && p.area !== area) blocks.push({ kind: 'area', section: id, runs: plain(p.area) });
      area = p.area;
      blocks.push(paragraphBlock(id, p));
    }
  }
  return { blocks, footnotes: [] };
}

export const blockText = (b: WdBlock): string =>
  b.cells ? b.cells.map((c) => c.map((s) => s.text).join('')).join(' | ') : b.runs.map((s) => s.text).join('');

/**
 * Numbers footnotes in the order their references appear. Word numbers them on screen by
 * position anyway, but LibreOffice pairs references with footnote texts in that order too, so
 * ids given in the order amendments were applied would print the wrong text under a number.
 */
export function renumberFootnotes(layout: WdLayout): void {
  const order = new Map<number, number>();
  const footnotes: string[] = [];
  for (const b of layout.blocks) {
    for (const spans of [b.runs, ...(b.cells ?? [])]) {
      for (const s of spans) {
        if (s.footnote === undefined) continue;
        let n = order.get(s.footnote);
        if (n === undefined) {
          footnotes.push(layout.footnotes[s.footnote - 1] ?? '');
          order.set(s.footnote, (n = footnotes.length));
        }
        s.footnote = n;
      }
    }
  }
  layout.footnotes = footnotes;
}
