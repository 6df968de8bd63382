import type { SectionId } from '../../../shared/evidence.ts';
import { sectionFromTitle, sectionHeading } from './sectionHeadings.ts';
import { PAGE_NUMBER, PROTECTIVE_MARKING } from './layout/furniture.ts';
import { BULLET, isNext, listStart } from './listMarkers.ts';
import { normalise } from './text.ts';

/** A unit of a document's text: a heading, a numbered/lettered/bulleted item, a paragraph, a table row. */
export interface Block {
  kind: 'heading' | 'item' | 'para' | 'row';
  text: string;
  page: number;
  /** The printed number or letter of an item ("3", "b", "7.2"). */
  number?: string;
  /** Table row cells, left to right. */
  cells?: string[];
  /** A heading that opens an EHC plan section. */
  section?: SectionId;
  /** The printed lines the block was made from. */
  lines?: string[];
}

export interface PageInput {
  page: number;
  text: string;
}

const DOTTED_HEADING = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S.*)$/;

/** Lines printed on most pages (letterheads, "OFFICIAL-SENSITIVE", "Page 2 of 5") are not content. */
function furniture(pages: PageInput[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const lines = new Set(
      p.text
        .split('\n')
        .map((l) => normalise(l).replace(/\d+/g, '#'))
        .filter(Boolean),
    );
    for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(pages.length * 0.6));
  return new Set([...seen].filter(([l, n]) => n >= min && l.length < 80).map(([l]) => l));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string) => /[.!?;:]["')\]]?$/.test(s);

/** Short, no closing full stop, starts with a capital or digit: how headings look once wrapping is gone. */
function headingLike(text: string, typical: number): boolean {
  return (
    words(text) <= 10 && text.length < Math.max(40, typical * 0.75) && !/[.;,]$/.test(text) && /^[A-Z0-9"']/.test(text)
  );
}

/**
 * Turns pages of text (one line per printed line, as the PDF and Word readers store them) into
 * blocks. Layout is gone by now, so the rules are about line shapes: a line that ends a sentence
 * well short of the typical line length ends its paragraph; a numbered line is a heading when it
 * reads like one and does not continue the current list.
 */
export function toBlocks(pages: PageInput[]): Block[] {
  const skip = furniture(pages);
  const lines: { text: string; page: number }[] = [];
  for (const p of pages) {
    for (const raw of p.text.split('\n')) {
      const text = normalise(raw);
      if (!text) {
        lines.push({ text: '', page: p.page });
        continue;
      }
      if (PAGE_NUMBER.test(text) || PROTECTIVE_MARKING.test(text) || skip.has(text.replace(/\d+/g, '#'))) continue;
      lines.push({ text, page: p.page });
    }
  }
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.85)] ?? 80;

  const blocks: Block[] = [];
  let open: Block | undefined;
  let lastLine = '';
  let listNumber: string | undefined;
  const close = () => {
    open = undefined;
  };
  const start = (b: Block) => {
    b.lines = [b.text];
    blocks.push(b);
    open = b.kind === 'heading' ? undefined : b;
  };
  const next = (i: number) => lines.slice(i + 1).find((l) => l.text)?.text ?? '';
  // What may follow a heading: a capital, a number, a bullet or a lettered item "a) …".
  const opensBlock = (s: string) => !s || /^[A-Z0-9•(]/.test(s) || listStart(s) !== undefined || BULLET.test(s);

  for (const [i, { text, page }] of lines.entries()) {
    if (!text) {
      // OCR puts blank lines inside paragraphs: carry on when the sentence plainly continues.
      const n = next(i);
      if (
        open &&
        !endsSentence(lastLine) &&
        n &&
        (/^[a-z(]/.test(n) ||
          !(listStart(n) !== undefined || BULLET.test(n) || sectionHeading(n) || headingLike(n, typical)))
      )
        continue;
      close();
      lastLine = '';
      continue;
    }
    // A letter alone in a table cell or margin ("F"), its title on the next line.
    const lone = /^(A|B|C|D|E|F|G|H ?[12]|I|J|K)[.:]?$/.exec(text);
    const section =
      sectionHeading(text) ??
      (lone && sectionFromTitle(next(i)) === lone[1]!.replace(' ', '')
        ? (lone[1]!.replace(' ', '') as SectionId)
        : undefined);
    if (section) {
      start({ kind: 'heading', text, page, section });
      listNumber = undefined;
      lastLine = text;
      continue;
    }
    // A wrapped heading: its second line starts in lower case ("… of the child and his / parents").
    const prev = blocks.at(-1);
    if (
      !open &&
      prev?.kind === 'heading' &&
      lastLine === prev.text.split('\n').at(-1) &&
      /^[a-z(]/.test(text) &&
      !listStart(text) &&
      !endsSentence(lastLine)
    ) {
      prev.text += ` ${text}`;
      lastLine = text;
      continue;
    }
    const dotted = DOTTED_HEADING.exec(text);
    // "7.1 Weekly sessions" or "1.5 hours a week" wrapped to a new line: a decimal is a number only after a sentence ends.
    const listed = ((l) => (l?.dotted && lastLine && !endsSentence(lastLine) && !/:$/.test(lastLine) ? undefined : l))(
      listStart(text),
    );
    const bullet = BULLET.exec(text);
    if (dotted && headingLike(dotted[2]!, typical)) {
      start({ kind: 'heading', text, page, number: dotted[1]! });
      listNumber = undefined;
    } else if (listed) {
      const { num, rest } = listed;
      const continues = listNumber !== undefined && isNext(listNumber, num);
      const sibling = listStart(next(i));
      const nextIsSibling = sibling && isNext(num, sibling.num);
      // A numbered heading ("7. Recommendations") has no date: "1. EP advice, 12 May 2026" is a list entry.
      if (
        !continues &&
        !nextIsSibling &&
        headingLike(rest, typical) &&
        /^\d/.test(num) &&
        !/\b(19|20)\d\d\b/.test(rest)
      ) {
        start({ kind: 'heading', text, page, number: num });
        listNumber = undefined;
      } else {
        start({ kind: 'item', text: rest, page, number: num });
        listNumber = num;
      }
    } else if (bullet) {
      start({ kind: 'item', text: bullet[1]!, page });
    } else if (
      endsSentence(lastLine) &&
      headingLike(text, typical) &&
      opensBlock(next(i)) &&
      !/^(signed|yours|dated)\b/i.test(text)
    ) {
      start({ kind: 'heading', text, page });
    } else if (
      open &&
      !(endsSentence(lastLine) && lastLine.length < typical * 0.7) &&
      !/^(signed|yours|dated)\b/i.test(text)
    ) {
      open.text += ` ${text}`;
      open.lines?.push(text);
    } else if (headingLike(text, typical) && opensBlock(next(i))) {
      start({ kind: 'heading', text, page });
    } else {
      start({ kind: 'para', text, page });
    }
    lastLine = text;
  }
  for (const b of blocks)
    b.text = b.text.replace(/(\w)- (\w)/g, (m, a: string, c: string) =>
      /[a-z]/.test(c) && /[a-z]/.test(a) ? `${a}-${c}` : m,
    );
  return blocks;
}
