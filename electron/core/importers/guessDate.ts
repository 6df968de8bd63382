import { DATE_EXCLUDED_CONTEXT, DATE_LABELS, LETTER_DATE_LINES, SIGNATURE_DATE_LINES } from './metadataRules.ts';

/**
 * Finds a document's own date (the report's or letter's date, never a date of birth) in its text
 * and returns it as ISO yyyy-mm-dd. UK formats: "12 May 2026", "12th May 2026", "Tuesday 12 May
 * 2026", "12/05/2026", "12.05.26", "2026-05-12"; day before month, as written in England.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_WORDS = '(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?';

/** One pattern per format; each yields [day, month, year] from its groups. */
const FORMATS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // "12 May 2026", "12th of May, 2026", "12-May-2026" (as some case systems print dates).
  {
    re: new RegExp(`\\b${DAY_WORDS}(?:\\s+|-)${MONTH}(?:,?\\s+|-)(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[1]!, m[2]!, m[3]!],
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[2]!, m[1]!, m[3]!],
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
];

export interface FoundDate {
  iso: string;
  /** Where the date starts in the searched text. */
  index: number;
  length: number;
}

function toIso(day: string, month: string, year: string): string | undefined {
  const d = Number(day);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase().slice(0, 3)];
  let y = Number(year);
  if (year.length === 2) y += 2000;
  if (!m || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined; // 31 June, 29 February in a common year
  return date.toISOString().slice(0, 10);
}

/** Every full date in the text, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, parts } of FORMATS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = toIso(...parts(m));
      if (iso && !found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) {
        found.push({ iso, index: m.index, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const HEAD_CHARS = 10_000;
const TAIL_CHARS = 3_000;

const excluded = new RegExp(DATE_EXCLUDED_CONTEXT, 'i');
const isBirthDate = (text: string, d: FoundDate) => excluded.test(text.slice(Math.max(0, d.index - 60), d.index));

const labelRes = DATE_LABELS.flatMap((l) => [
  // At a line start or after a table-cell tab; then a separator; the date within that line or the next.
  { re: new RegExp(`(?:^|\\t|\\|)[ \\t]*(?:${l.pattern})\\b[ \\t]*(?:[:\\-–—|\\t][ \\t]*)?`, 'gim'), rank: l.rank },
  // The best labels may run on before their colon ("Date of issue of final plan: …").
  ...(l.rank === 1
    ? [{ re: new RegExp(`(?:^|\\t|\\|)[ \\t]*(?:${l.pattern})\\b[^:\\n\\d]{1,40}:[ \\t]*`, 'gim'), rank: l.rank }]
    : []),
  // Anywhere when a colon follows: email headers printed on one line ("… Date: 16 June 2026 …").
  { re: new RegExp(`\\b(?:${l.pattern})[ \\t]*:[ \\t]*`, 'gi'), rank: l.rank },
]);

/** The date a label introduces: on the rest of its line, or alone on the next line. */
function dateAfter(text: string, from: number): FoundDate | undefined {
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd < 0 ? undefined : lineEnd);
  // A label followed by other words ("Date the parent contacted…") is a different field.
  if (
    /^\s*\p{L}/u.test(rest) &&
    !/^\s*(?:\p{L}+day,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu.test(rest)
  )
    return undefined;
  const window = rest.trim()
    ? rest
    : text
        .slice(from, from + 80)
        .split('\n')
        .slice(0, 2)
        .join('\n');
  const d = findDates(window)[0];
  return d && { ...d, index: d.index + from };
}

/**
 * The document's date: the best-ranked labelled date; else a letter's date line near the top;
 * else the latest date in the opening lines that is not a date of birth.
 */
export function guessDate(fullText: string): string | undefined {
  // A document's own date is on its front sheet or under its signature; dates deep inside a long
  // file belong to the letters and reports it quotes or appends.
  const text =
    fullText.length <= HEAD_CHARS + TAIL_CHARS
      ? fullText
      : `${fullText.slice(0, HEAD_CHARS)}\n${fullText.slice(-TAIL_CHARS)}`;
  let best: { iso: string; rank: number; index: number } | undefined;
  const consider = (iso: string, rank: number, index: number) => {
    if (!best || rank < best.rank || (rank === best.rank && index < best.index)) best = { iso, rank, index };
  };
  for (const { re, rank } of labelRes) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = dateAfter(text, m.index + m[0].length);
      if (d && !isBirthDate(text, d)) consider(d.iso, rank, m.index);
      if (re.lastIndex === m.index) re.lastIndex++;
    }
  }
  const lines = text.split('\n');
  let at = 0;
  const nonEmpty = lines.map((l) => ({ l, i: (at += l.length + 1) - l.length - 1 })).filter(({ l }) => l.trim());
  const dateLines = [...nonEmpty.slice(0, LETTER_DATE_LINES), ...nonEmpty.slice(-SIGNATURE_DATE_LINES)];
  for (const { l, i } of dateLines) {
    const bare = l
      .trim()
      .replace(/^\p{L}+day,?\s+/iu, '')
      .replace(/[.,]$/, '');
    const only = findDates(bare);
    const at = { ...only[0]!, index: i + l.length - l.trimStart().length };
    if (only.length === 1 && only[0]!.index === 0 && only[0]!.length === bare.length && !isBirthDate(text, at))
      consider(only[0]!.iso, 3, i);
  }
  if (best) return best.iso;
  const opening = lines.slice(0, 40).join('\n');
  const candidates = findDates(opening).filter((d) => !isBirthDate(opening, d));
  return candidates
    .map((d) => d.iso)
    .sort()
    .at(-1);
}
