import type { OcrPage } from '../text/ocr.ts';

/** A printed page label: section letters and a number ("B12"). */
export interface PageLabel {
  prefix: string;
  number: number;
}

export const formatLabel = (l: PageLabel): string => `${l.prefix}${l.number}`;

/** Letters OCR reads in place of digits in a short label ("Al" for A1, "BS" for B5, "C1O"). */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  I: '1',
  l: '1',
  L: '1',
  i: '1',
  '|': '1',
  '!': '1',
  ']': '1',
  Z: '2',
  z: '2',
  d: '4',
  A: '4',
  S: '5',
  s: '5',
  G: '6',
  b: '6',
  T: '7',
  B: '8',
  g: '9',
  q: '9',
};

/** "B12", "B 12", "B-12", "Page B12": the whole line is a label (a stamp stands alone). */
const TEXT_LABEL = /^(?:page\s+)?([A-Z]{1,2})\s?[-./]?\s?(\d{1,4})$/;
/** The same as OCR may read it, digits possibly as look-alike letters. */
const OCR_LABEL = /^(?:page\s+)?([A-Z]{1,2})\s?[-./]?\s?([\dOoDQIlLi|!\]ZzdASsGbTBgq]{1,4})$/;

/** One label as printed ("B12"), or as OCR may read it ("Bl2", "|B12|") when `ocr`. */
export function parseLabel(token: string, ocr: boolean): PageLabel | undefined {
  // OCR reads the stamp's box as bars or brackets around it ("|B4|", "[B4]").
  const t = ocr ? token.trim().replace(/^[|[\](){}_]+|[|[\](){}_]+$/g, '') : token.trim();
  const exact = TEXT_LABEL.exec(t);
  if (exact) return { prefix: exact[1]!, number: Number(exact[2]) };
  if (!ocr) return undefined;
  const loose = OCR_LABEL.exec(t);
  if (!loose) return undefined;
  const digits = [...loose[2]!].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
  // A look-alike read needs at least one real digit or a single character ("Al", "BS", "C1O").
  if (!/^\d+$/.test(digits) || (!/\d/.test(loose[2]!) && loose[2]!.length > 1)) return undefined;
  return { prefix: loose[1]!, number: Number(digits) };
}

/**
 * The label printed on a page, from its text: a line (or the last word of a footer line) that is
 * only a label. Stamps are added last, so the last such line wins. `prefixes`, when known (from
 * the index), rules out words that merely look like labels.
 */
export function findLabel(text: string, opts: { ocr: boolean; prefixes?: ReadonlySet<string> }): PageLabel | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const candidates: PageLabel[] = [];
  for (const line of lines) {
    const whole = parseLabel(line, opts.ocr);
    // OCR joins a footer and a stamp on one line ("Page 1 of 4 B4"): take its last word.
    const last =
      whole ?? (opts.ocr || /\bpage\b/i.test(line) ? parseLabel(line.split(/\s+/).at(-1) ?? '', opts.ocr) : undefined);
    const found = whole ?? last;
    if (found && (!opts.prefixes?.size || opts.prefixes.has(found.prefix))) candidates.push(found);
  }
  return candidates.at(-1);
}

export interface LabelProblem {
  kind: 'skip' | 'repeat' | 'restart' | 'unlabelled';
  message: string;
  labels: string[];
}

/**
 * Labels should run on by one within a section (B1, B2, B3 …). Reports where they skip (B8 then
 * B10), repeat (B4 twice), go back or restart (C5 then C1, or section B again after C), and
 * labelled sections with pages that carry no label, except pages `unnumbered` says need none
 * (dividers between sections).
 */
export function labelSequenceProblems(
  labels: (PageLabel | undefined)[],
  unnumbered: (page: number) => boolean = () => false,
): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const lastOf = new Map<string, number>();
  let prev: PageLabel | undefined;
  const firstLabelled = labels.findIndex((l) => l !== undefined);
  labels.forEach((l, i) => {
    if (!l && unnumbered(i)) return;
    if (!l) {
      if (firstLabelled >= 0 && i > firstLabelled) {
        problems.push({
          kind: 'unlabelled',
          message: `Page ${i + 1} of the PDF has no page label${prev ? ` (it follows ${formatLabel(prev)})` : ''}.`,
          labels: prev ? [formatLabel(prev)] : [],
        });
      }
      return;
    }
    const here = formatLabel(l);
    const last = lastOf.get(l.prefix);
    if (last !== undefined) {
      const before = `${l.prefix}${last}`;
      if (prev && prev.prefix !== l.prefix) {
        problems.push({
          kind: 'restart',
          message: `Section ${l.prefix} starts again at ${here} after section ${prev.prefix} (${formatLabel(prev)}).`,
          labels: [formatLabel(prev), here],
        });
      } else if (l.number === last) {
        problems.push({ kind: 'repeat', message: `The label ${here} appears on two pages in a row.`, labels: [here] });
      } else if (l.number < last) {
        problems.push({
          kind: 'restart',
          message: `The labels go back from ${before} to ${here}.`,
          labels: [before, here],
        });
      } else if (l.number > last + 1) {
        const gap = l.number - last - 1;
        problems.push({
          kind: 'skip',
          message: `The labels jump from ${before} to ${here}: ${gap === 1 ? `${l.prefix}${last + 1} is` : `${l.prefix}${last + 1}–${l.prefix}${l.number - 1} are`} missing.`,
          labels: [before, here],
        });
      }
    } else if (l.number !== 1) {
      problems.push({
        kind: 'skip',
        message: `Section ${l.prefix} starts at ${here}, not ${l.prefix}1.`,
        labels: [here],
      });
    }
    lastOf.set(l.prefix, l.number);
    prev = l;
  });
  return problems;
}

/** "B4–B7" for a run, "B4" for one page. */
export const labelRange = (from: string, to: string): string => (from === to ? from : `${from}–${to}`);

/**
 * Labels as ranges of consecutive pages ("B4–B7, B9"), for a document's pages in bundle order.
 */
export function labelRuns(labels: PageLabel[]): string {
  const runs: [PageLabel, PageLabel][] = [];
  for (const l of labels) {
    const run = runs.at(-1);
    if (run && run[1].prefix === l.prefix && run[1].number + 1 === l.number) run[1] = l;
    else runs.push([l, l]);
  }
  return runs.map(([a, b]) => labelRange(formatLabel(a), formatLabel(b))).join(', ');
}

/** Two strings one insertion, deletion or change of a character apart. */
function oneCharacterOff(x: string, y: string): boolean {
  if (x === y || Math.abs(x.length - y.length) > 1) return x === y;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? short.slice(i + 1) : short.slice(i);
  return rest === long.slice(i + 1);
}

/**
 * OCR misreads a short label by a character ("A112", "A2" or "AS12" for A12: the box's edge read
 * as a 1, a narrow 1 lost, a 5 read as S) or cannot read it at all. On a scanned page between two
 * that agree on the label it must carry, such a read is that label. Labels from text layers are
 * never changed: there a label out of turn is the bundle's own fault, to report.
 */
export function repairScannedLabels(labels: (PageLabel | undefined)[], scanned: boolean[]): void {
  labels.forEach((l, i) => {
    const [a, b] = [labels[i - 1], labels[i + 1]];
    if (!scanned[i] || !a || !b || a.prefix !== b.prefix || b.number !== a.number + 2) return;
    const expected = { prefix: a.prefix, number: a.number + 1 };
    if (!l || (l.prefix[0] === a.prefix[0] && oneCharacterOff(formatLabel(l), formatLabel(expected))))
      labels[i] = expected;
  });
}

/**
 * Read as capitals and digits only, a footer ("Page 2 of 4") comes out squeezed into something
 * label-shaped ("P204"), and a label can lose a digit ("C14" as "C4"). Either way the characters
 * read are too few for the width they were read from: a label's capitals and digits are each
 * about as wide as they are tall (0.8–0.9 of the line's height in bold sans), so a line much
 * wider than that per character is dropped rather than misread.
 */
const MAX_CHARACTER_WIDTH = 1.15;

/** The lines of an edge read as capitals and digits that are as narrow as a label's characters. */
export function compactLines(page: OcrPage): string {
  return page.lines
    .map((l) => ({ text: l.text.trim(), width: l.x1 - l.x0, height: l.y1 - l.y0 }))
    .filter((l) => l.text && l.width <= MAX_CHARACTER_WIDTH * l.height * l.text.replace(/\s/g, '').length)
    .map((l) => l.text)
    .join('\n');
}
