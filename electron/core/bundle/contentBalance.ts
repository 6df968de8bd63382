import type { PDFPage } from '@cantoo/pdf-lib';
import { contentTokens, pageContentText } from '../pdf/contentText.ts';

/**
 * Some real files' pages restore the graphics state more often than they save it (a `Q` with no
 * `q`), or leave a text object open. Drawn on their own that is harmless; in a bundle, Casebook's
 * own drawing follows (the scaling wrapper, the label stamp), and poppler, on a `Q` with nothing
 * to restore, stops reading the rest of the page: the label disappeared from pdftotext, Evince
 * and Okular (pdf.js's issue6298.pdf in the corpus). So each copied page's content is measured
 * and padded: as many `q` before it as it over-restores, and `ET` and `Q` after it to close what
 * it left open, so whatever follows starts from the page's initial state.
 */

/** How a content stream's saves and restores balance, and whether it leaves a text object open. */
export function measureContent(text: string): { extraRestores: number; openSaves: number; openText: boolean } {
  let depth = 0;
  let lowest = 0;
  let inText = false;
  for (const t of contentTokens(text)) {
    if (t.kind !== 'op') continue;
    if (t.value === 'q') depth++;
    else if (t.value === 'Q') lowest = Math.min(lowest, --depth);
    else if (t.value === 'BT') inText = true;
    else if (t.value === 'ET') inText = false;
  }
  return { extraRestores: 0 - lowest, openSaves: depth - lowest, openText: inText };
}

/** Pads a copied page's content so it saves and restores in balance; returns whether it had to. */
export function balanceContent(page: PDFPage): boolean {
  let text: string | undefined;
  try {
    text = pageContentText(page);
  } catch {
    return false; // a stream that cannot be decoded is the rasteriser's business, not this one's
  }
  if (text === undefined) return false;
  const { extraRestores, openSaves, openText } = measureContent(text);
  if (!extraRestores && !openSaves && !openText) return false;
  const ctx = page.doc.context;
  const before = `${'q\n'.repeat(extraRestores)}`;
  const after = `${openText ? 'ET\n' : ''}${'Q\n'.repeat(openSaves)}`;
  page.node.normalize();
  page.node.wrapContentStreams(ctx.register(ctx.stream(before || ' ')), ctx.register(ctx.stream(after || ' ')));
  return true;
}
