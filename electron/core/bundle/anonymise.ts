/** "Zoë Łukasiewicz-O'Brien" → "Z. Ł.": what tribunal decisions use for a child's name. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toUpperCase()}.`)
    .join(' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the child's name (whole, then each part of two letters or more) with initials in the
 * text Casebook generates (cover, index, bookmarks). It cannot change what the documents
 * themselves say; the user must redact those before sharing.
 */
export function anonymiser(childName: string): (text: string) => string {
  const initials = initialsOf(childName);
  const parts = childName
    .trim()
    .split(/\s+/)
    .filter((p) => [...p].length >= 2);
  if (parts.length === 0) return (t) => t;
  const whole = new RegExp(escape(childName.trim()), 'giu');
  const each = new RegExp(`(?<![\\p{L}])(${parts.map(escape).join('|')})(?![\\p{L}])`, 'giu');
  return (text) => text.replace(whole, initials).replace(each, (m) => `${[...m][0]!.toUpperCase()}.`);
}
