import { formatLabel, parseLabel, type PageLabel } from './labels.ts';

/** One line of the bundle's index: a document's title and the pages printed against it. */
export interface IndexEntry {
  title: string;
  /** As printed, dashes made one kind ("B4–B8"). */
  listed: string;
  from: PageLabel;
  to: PageLabel;
  /** The section heading the entry sits under, if the index has them. */
  section?: { letter: string; title: string };
  /** Which PDF page (0-based) the entry was read from. */
  indexPage: number;
}

export interface SectionHeading {
  letter: string;
  title: string;
}

const LABEL = String.raw`([A-Z]{1,2})\s?(\d{1,4})`;
/** "Title …… B4-B8", "Title B4 to B8", "Title pages B4–8", "Title A1". */
const ENTRY = new RegExp(
  String.raw`^(.*?\S)[\s.·…_~]+(?:pages?\s+)?${LABEL}(?:\s*(?:-|–|—|to)\s*(?:([A-Z]{1,2})\s?)?(\d{1,4}))?$`,
);
const HEADING = /^(?:(?:section|part|tab)\s+([A-Z]{1,2})\b\s*[:.\-–—]?|([A-Z])[.):]|([A-Z])\s[–—-])\s*(.*)$/i;
/** The index is among the bundle's first pages. */
export const INDEX_LOOKAHEAD = 12;
const TITLE = /^\s*(index|contents|table of contents|bundle index|index to (?:the )?bundle)\b/i;

/** A table's header row over the index ("Document  Author  Date  Pages"): not part of a title. */
const TABLE_HEADER =
  /^(?:(?:no\.?|tab|document|documents|title|description|author|date|dated|pages?|page nos?\.?)\s*)+$/i;
/** A title wraps over this many lines at most; text further up is not part of it. */
const MAX_TITLE_LINES = 3;

/**
 * One index entry: `before` holds the lines above it that had no range, the start of a title that
 * wrapped (a contents page prints the range against the title's last line). Index lines read by
 * OCR may show the range's letters as look-alikes: keep what parses.
 */
function entryOf(
  line: string,
  indexPage: number,
  section: SectionHeading | undefined,
  before: string[],
): IndexEntry | undefined {
  const m = ENTRY.exec(line.trim());
  if (!m) return undefined;
  // Dotted leaders read by OCR come out as dots, rules or tildes.
  const title = [...before, m[1]!]
    .join(' ')
    .replace(/[\s.·…_~,;:]+$/, '')
    .trim();
  // A bare number or date is not a document title.
  if (!/\p{L}{3}/u.test(title)) return undefined;
  const from = { prefix: m[2]!, number: Number(m[3]) };
  const to = m[5] ? { prefix: m[4] ?? m[2]!, number: Number(m[5]) } : from;
  if (to.prefix === from.prefix && to.number < from.number) return undefined;
  const listed = from === to ? `${from.prefix}${from.number}` : `${from.prefix}${from.number}–${to.prefix}${to.number}`;
  return { title, listed, from, to, ...(section ? { section } : {}), indexPage };
}

/**
 * Finds the index pages among the first pages of the bundle and reads their entries. A page is
 * an index page when it is titled so ("Index", "Contents") or when most of its lines end in a
 * page label or range; index pages follow one another.
 */
export function readIndex(
  pages: string[],
  opts: { lookAhead?: number } = {},
): { entries: IndexEntry[]; headings: SectionHeading[]; indexPages: number[] } {
  const entries: IndexEntry[] = [];
  const headings: SectionHeading[] = [];
  const indexPages: number[] = [];
  const limit = Math.min(pages.length, opts.lookAhead ?? INDEX_LOOKAHEAD);
  let section: SectionHeading | undefined;
  for (let p = 0; p < limit; p++) {
    const lines = pages[p]!.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const titled = lines.slice(0, 3).some((l) => TITLE.test(l));
    const found: IndexEntry[] = [];
    const foundHeadings: SectionHeading[] = [];
    let current = section;
    let pending: string[] = [];
    let used = 0;
    for (const line of lines) {
      const h = HEADING.exec(line);
      const e = entryOf(line, p, current, pending);
      const letter = h ? (h[1] ?? h[2] ?? h[3]!).toUpperCase() : undefined;
      // "B. EHC plan … B1–B15": a section heading that carries its section's whole range is a
      // heading, not a document.
      const headingWithRange = e && letter === e.from.prefix && e.to.prefix === letter && e.from.number === 1;
      if (h && (!e || headingWithRange)) {
        const title = headingWithRange ? (HEADING.exec(ENTRY.exec(line)![1]!)?.[4] ?? e.title) : h[4]!;
        current = { letter: letter!, title: title.trim() };
        foundHeadings.push(current);
        used += 1;
        pending = [];
      } else if (e) {
        found.push(e);
        used += 1 + pending.length;
        pending = [];
      } else if (TITLE.test(line)) pending = [];
      else if (!TABLE_HEADER.test(line)) pending = [...pending, line].slice(-MAX_TITLE_LINES);
    }
    // A page that continues an index needs no title: most of its lines are entries or headings.
    const share = used / Math.max(1, lines.length);
    const isIndex =
      (titled && found.length > 0) ||
      (found.length >= 3 && share >= 0.4) ||
      (indexPages.at(-1) === p - 1 && found.length > 0 && share >= 0.5);
    if (!isIndex) {
      if (indexPages.length) break;
      continue;
    }
    indexPages.push(p);
    entries.push(...found);
    headings.push(...foundHeadings);
    section = current;
  }
  return { entries, headings, indexPages };
}

/** A label OCR read in an index line ("Al", "c2", "BS"), as printed; lower case is OCR's too. */
const ocrLabel = (token: string) => {
  const l = parseLabel(
    token.replace(/^[a-z]{1,2}(?=[\dOoIl|SsZ])/, (c) => c.toUpperCase()),
    true,
  );
  return l && formatLabel(l);
};

/**
 * An index line read by OCR with its page range put back as printed: "Decision letter Al" is at
 * A1, "Report c3-c4" at C3–C4, "Plan B1 - BS" at B1–B5. Lines that do not end in a range stay.
 */
export function ocrIndexLine(line: string): string {
  const words = line.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const dash = /^(\S+?)[-–—](\S+)$/.exec(last);
  if (dash) {
    const [a, b] = [ocrLabel(dash[1]!), /^\d+$/.test(dash[2]!) ? dash[2] : ocrLabel(dash[2]!)];
    if (a && b) return [...words.slice(0, -1), `${a}-${b}`].join(' ');
  }
  if (words.length >= 4 && /^(?:-|–|—|to)$/.test(words.at(-2)!)) {
    const [a, b] = [ocrLabel(words.at(-3)!), ocrLabel(last)];
    if (a && b) return [...words.slice(0, -3), `${a}-${b}`].join(' ');
  }
  const a = words.length > 1 ? ocrLabel(last) : undefined;
  return a ? [...words.slice(0, -1), a].join(' ') : line;
}

/**
 * Whether part of a page read so far may be an index: titled as one, or already reading as one
 * (a scan's page ranges may come out far from their titles until the page is read whole).
 */
export function looksLikeIndex(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(0, 3).some((l) => TITLE.test(l)) || readIndex([text], { lookAhead: 1 }).indexPages.length > 0;
}

/** A divider names its section in a few words, and says nothing else. */
const DIVIDER_MAX_WORDS = 15;

/**
 * A page between sections that only names the next one ("Section B", "EHC plan with Section K
 * appendices"): no one's evidence, and often without a label. Lines that are only a label or a
 * section letter are left out of the count.
 */
export function isDividerPage(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^[A-Z]{1,2}\s?\d{0,4}$/.test(l));
  const words = lines.join(' ').split(/\s+/).filter(Boolean).length;
  return (
    words > 0 && words <= DIVIDER_MAX_WORDS && lines.some((l) => HEADING.test(l) && /^(section|part|tab)\b/i.test(l))
  );
}

/** Every label an entry's range covers (B4–B8: B4, B5, B6, B7, B8); across sections only the ends. */
export function labelsInRange(e: IndexEntry): string[] {
  if (e.from.prefix !== e.to.prefix) return [`${e.from.prefix}${e.from.number}`, `${e.to.prefix}${e.to.number}`];
  return Array.from({ length: e.to.number - e.from.number + 1 }, (_, i) => `${e.from.prefix}${e.from.number + i}`);
}
