/**
 * How list items are marked at the start of a printed line: numbers ("3.", "3)", "(iv)", "b)"),
 * decimal schemes ("7.1", "7.3(a)", "2.4.1."), a plan's section-lettered paragraphs ("F3.", "H2.1"), and bullets as fonts and OCR give them.
 */
const NUMBERED =
  /^(?:\(?((?:\d{1,2}\.)+\d{1,2}(?:\([a-z0-9]{1,4}\))?|\d{1,2}\([a-z0-9]{1,4}\)|[A-K]\d{1,2}(?:\.\d{1,2})*)\.?|\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(\S.*)$/i;

/** A numbered or lettered line: its printed number and the text after it. */
export function listStart(text: string): { num: string; rest: string; dotted: boolean } | undefined {
  // OCR reads a plan's "E1." as "El." or "EI.": a section letter then l or I is a 1.
  const m = NUMBERED.exec(text.replace(/^([A-K])[lI](?=\d?\.?\s)/, '$11'));
  if (!m) return undefined;
  return { num: (m[1] ?? m[2])!, rest: m[3]!, dotted: m[1] !== undefined };
}

// Private-use Symbol/Wingdings glyphs, and what OCR makes of bullets ("o", "»", "e", "¢", "+", "=").
export const BULLET =
  /^(?:[•●▪◦‣·*\u2013\u2014\-\uf0b7\uf0a7\uf076\uf0d8\u25aa\u25cf\u2022\u27a2\u2713\u2714\u25a0\u25a1\u25cb]\s*|[o»«e¢©®.+=]\s+(?=[A-Z]))(\S.*)$/u;
/** On a scanned page, a sub-bullet read by OCR: a lone mark or letter before lower-case text too. */
export const OCR_BULLET = /^(?:[•●▪◦‣·*+=»«¢©®■□○oe°~-])\s+(\S.*)$/u;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Whether `b` follows `a` in a list: 3 → 4, c → d, iv → v, 7.1 → 7.2, 7.3(a) → 7.3(b). */
export function isNext(a: string, b: string): boolean {
  const sub = /^(.*)\(([a-z0-9]+)\)$/i;
  const [sa, sb] = [sub.exec(a), sub.exec(b)];
  if (sa && sb) return sa[1] === sb[1] && isNext(sa[2]!, sb[2]!);
  if (a.includes('.') || b.includes('.')) {
    const [pa, pb] = [a.split('.'), b.split('.')];
    return (
      pa.length === pb.length &&
      pa.slice(0, -1).join('.') === pb.slice(0, -1).join('.') &&
      isNext(pa.at(-1)!, pb.at(-1)!)
    );
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) === Number(a) + 1;
  const ra = ROMAN.indexOf(a.toLowerCase());
  if (ra >= 0 && ROMAN[ra + 1] === b.toLowerCase()) return true;
  if (/^[a-z]$/i.test(a) && /^[a-z]$/i.test(b))
    return b.toLowerCase().charCodeAt(0) === a.toLowerCase().charCodeAt(0) + 1;
  return false;
}
