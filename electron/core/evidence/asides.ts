import { anyOf, rules } from './rules/index.ts';
import { normalise } from './text.ts';

const starts = anyOf([...rules.asides.illustrations, ...rules.asides.targets]);
const startsG = new RegExp(starts.source, 'giu');

/**
 * The recommendation without its asides (asides.json): illustrations, targets and reasons run
 * from their opening words to the end of the clause. What is left is the provision a plan must
 * keep — "a reading group, for example paired reading, to reach 25 words per minute" keeps
 * "a reading group". A text that is all aside is returned whole rather than emptied.
 */
export function provisionPart(text: string): string {
  const t = normalise(text);
  if (!starts.test(t)) return t;
  let out = '';
  let from = 0;
  for (const m of t.matchAll(startsG)) {
    if (m.index < from) continue;
    out += t.slice(from, m.index).replace(/\s+$/, '');
    const rest = t.slice(m.index);
    const end = /[;.)](\s|$)|\s[–—-]\s/.exec(rest);
    from = end ? m.index + end.index : t.length;
  }
  out += t.slice(from);
  const cleaned = out
    .replace(/\s*,\s*([,;.)]|\s[–—-]\s)/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/,\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return cleaned.split(/\s+/).length >= 3 ? cleaned : t;
}
