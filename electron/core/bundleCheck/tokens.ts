/**
 * Words for comparing a case document with a page of someone else's bundle. The bundle's copy
 * may be a re-scan read by OCR, so characters OCR confuses are folded together before comparing
 * ("l", "1", "I" and "|"; "0" and "o"; "5" and "s"; "rn" and "m"): a scan of the same page then
 * gives the same words, while a changed date or sentence still gives different ones.
 */
export function foldOcr(word: string): string {
  return word
    .replace(/rn/g, 'm')
    .replace(/[1il|!]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/5/g, 's')
    .replace(/vv/g, 'w');
}

/** Lower-case words and numbers, accents and punctuation dropped, OCR confusions folded. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^a-z0-9|!]+/)
    .filter((w) => w.length > 0)
    .map(foldOcr);
}

/**
 * Overlapping runs of three words: a page is identified by the order of its words, not just
 * their set, so two letters on the same template with different contents score apart.
 */
export function shingles(ws: string[], k = 3): Set<string> {
  const out = new Set<string>();
  if (ws.length < k) {
    if (ws.length) out.add(ws.join(' '));
    return out;
  }
  for (let i = 0; i + k <= ws.length; i++) out.add(ws.slice(i, i + k).join(' '));
  return out;
}
