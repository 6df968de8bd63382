/**
 * A damaged PDF that Casebook repaired can look fine and still have lost what matters: a file cut
 * short loses the fonts stored at its end, and its rescued copy then reads (and prints) as
 * gibberish or nothing. So the repaired copy's text is compared with what pdf.js reads of the
 * original, page by page, and pages that now read differently, or not at all, are named.
 */
const hasLetters = (s: string) => /[\p{L}\p{N}]/u.test(s);
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface RepairCheckInput {
  /** Text pdf.js read from the original, per page; undefined when the original did not open at all. */
  original?: string[];
  /** Text pdf.js read from the repaired copy, per page. */
  copy: string[];
  /** The text that will be stored (after OCR), per page. */
  final: string[];
  /** Whether pages without a text layer were read by OCR: only then is an empty page a loss. */
  ocred: boolean;
}

export type RepairVerdict = { refuse: true } | { refuse: false; warning: string };

const listPages = (pages: number[]) =>
  pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;

export function checkRepair({ original, copy, final, ocred }: RepairCheckInput): RepairVerdict {
  const suspect = final.flatMap((text, i) => {
    const changed = original !== undefined && normalise(original[i] ?? '') !== normalise(copy[i] ?? '');
    const unreadable = ocred && !hasLetters(text);
    return changed || unreadable ? [i + 1] : [];
  });
  if (ocred && suspect.length === final.length && final.every((t) => !hasLetters(t))) return { refuse: true };
  return {
    refuse: false,
    warning: suspect.length
      ? `Repaired: this PDF was damaged (it may have been cut short). Check ${listPages(suspect)} against the original; they may be missing text or show the wrong characters.`
      : 'Repaired: this PDF was damaged (it may have been cut short) and Casebook repaired it. Its text matches the original, but check the pages look right.',
  };
}
