/** Marks around matched words in search snippets; the UI turns them into highlights. */
export const HIT_OPEN = '⟦';
export const HIT_CLOSE = '⟧';

/**
 * Turns what a person types into a safe FTS5 query: every word must appear (any order), and
 * "quoted words" must appear together. FTS5 operators typed by accident (AND, -, *, :) are
 * treated as plain words, so no input can raise a syntax error.
 */
export function toFtsQuery(input: string): string | undefined {
  const parts: string[] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (const m of input.matchAll(re)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    parts.push(m[1] !== undefined ? `"${words.join(' ')}"` : words.map((w) => `"${w}"`).join(' '));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Words to highlight in a page for a query (for the viewer). */
export function queryWords(input: string): string[] {
  return [...new Set((input.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))];
}
