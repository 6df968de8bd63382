/**
 * Wraps the words of a query found in pdf.js text-layer spans in <mark>. The spans sit exactly
 * over the rendered glyphs, so a mark's background lands on the words in the page image.
 */
export function highlightWords(spans: HTMLElement[], words: string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  if (words.length === 0) return marks;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(${escaped.join('|')})`, 'giu');
  for (const span of spans) {
    const text = span.textContent ?? '';
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (at > last) frag.append(text.slice(last, at));
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.textContent = m[0];
      frag.append(mark);
      marks.push(mark);
      last = at + m[0].length;
    }
    if (last < text.length) frag.append(text.slice(last));
    span.replaceChildren(frag);
  }
  return marks;
}
