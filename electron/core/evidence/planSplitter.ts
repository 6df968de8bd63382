import type { PlanParagraph, PlanSections, SectionId } from '../../../shared/evidence.ts';
import { toBlocks, type Block, type PageInput } from './blocks.ts';
import { sectionHeading } from './sectionHeadings.ts';

export interface SplitPlan {
  sections: PlanSections;
  /** Advice documents listed in Section K, as written. */
  adviceListed: string[];
  /** How many distinct sections were found: an EHC plan has most of A–K. */
  found: number;
}

/** At least this many distinct section headings and a document is taken for an EHC plan. */
export const PLAN_MIN_SECTIONS = 6;

/**
 * Splits a plan into sections A–K by their headings (in whatever order the LA used), keeping each
 * paragraph's number, page and text. Numbered items keep their printed number; unnumbered
 * paragraphs get their position in the section. Sub-headings (Section B's areas of need) are kept
 * as the area of the paragraphs under them.
 */
export function splitPlan(pages: PageInput[], extraBlocks?: Block[]): SplitPlan {
  const blocks = extraBlocks ?? toBlocks(pages);
  const sections: PlanSections = {};
  let current: SectionId | undefined;
  let area: string | undefined;
  for (const b of blocks) {
    const opens =
      b.section ??
      (b.kind === 'heading' || b.kind === 'row' ? sectionHeading(b.cells?.[0] ?? b.text, true) : undefined);
    if (opens && (b.kind === 'heading' || b.kind === 'row')) {
      if (b.kind === 'row' && !b.section && b.cells && b.cells.slice(1).some(Boolean) && current) {
        // A row in a section's table whose first cell merely mentions another section's words.
        addPara(sections[current]!, b, area);
        continue;
      }
      // A repeated heading (a table header on every page, a continuation "Section F (cont.)") carries on.
      current = opens;
      area = undefined;
      sections[current] ??= [];
      // A table row whose first cell names the section carries the content in its other cells.
      const rest = b.cells?.slice(1).join(' | ').trim();
      if (b.kind === 'row' && rest) addPara(sections[current]!, { ...b, text: rest, cells: b.cells!.slice(1) }, area);
      continue;
    }
    if (!current) continue;
    if (b.kind === 'heading') {
      area = b.text;
      continue;
    }
    addPara(sections[current]!, b, area);
  }
  const adviceListed = (sections.K ?? [])
    .filter((p) => !/^(the following|signed|this plan)\b/i.test(p.text) && !/:$/.test(p.text))
    .map((p) => p.text.replace(/\s+(signed|dated)\b.*$/i, '').trim())
    .filter(Boolean);
  return { sections, adviceListed, found: Object.keys(sections).length };
}

/**
 * A run of printed lines with hardly a sentence end among them: a table whose columns the PDF
 * text lost (need | provision | who | how often), not prose.
 */
function tableLike(b: Block): boolean {
  if (b.kind !== 'para' || !b.lines || b.lines.length < 3 || b.text.split(/\s+/).length <= 30) return false;
  const ends = (b.text.match(/[.!?](\s|$)/g) ?? []).length;
  return ends * 3 < b.lines.length;
}

function addPara(list: PlanParagraph[], b: Block, area: string | undefined): void {
  const text = b.text.trim();
  if (!text) return;
  list.push({
    para: b.number ?? String(list.length + 1),
    page: b.page,
    text,
    ...(b.cells ? { cells: b.cells } : {}),
    ...(area ? { area } : {}),
    ...(tableLike(b) ? { lines: b.lines } : {}),
  });
}
