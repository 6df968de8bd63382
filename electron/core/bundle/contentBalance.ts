import { decodePDFRawStream, PDFArray, PDFContentStream, PDFName, PDFRawStream, type PDFPage } from '@cantoo/pdf-lib';

/**
 * Some real files' pages restore the graphics state more often than they save it (a `Q` with no
 * `q`), or leave a text object open. Drawn on their own that is harmless; in a bundle, Casebook's
 * own drawing follows (the scaling wrapper, the label stamp), and poppler, on a `Q` with nothing
 * to restore, stops reading the rest of the page: the label disappeared from pdftotext, Evince
 * and Okular (pdf.js's issue6298.pdf in the corpus). So each copied page's content is measured
 * and padded: as many `q` before it as it over-restores, and `ET` and `Q` after it to close what
 * it left open, so whatever follows starts from the page's initial state.
 */

/** Walks content-stream operators, skipping strings, hex strings, comments and inline image data. */
export function measureContent(text: string): { extraRestores: number; openSaves: number; openText: boolean } {
  let depth = 0;
  let lowest = 0;
  let inText = false;
  let i = 0;
  const n = text.length;
  const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelim = (c: string) => '()<>[]{}/%'.includes(c);
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) i++;
    else if (c === '%') while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '(') {
      let nest = 0;
      for (; i < n; i++) {
        const d = text[i];
        if (d === '\\') i++;
        else if (d === '(') nest++;
        else if (d === ')' && --nest === 0) break;
      }
      i++;
    } else if (c === '<' && text[i + 1] !== '<') {
      while (i < n && text[i] !== '>') i++;
      i++;
    } else if (isDelim(c)) i++;
    else {
      let j = i;
      while (j < n && !isSpace(text[j]!) && !isDelim(text[j]!)) j++;
      const op = text.slice(i, j);
      i = j;
      if (op === 'q') depth++;
      else if (op === 'Q') lowest = Math.min(lowest, --depth);
      else if (op === 'BT') inText = true;
      else if (op === 'ET') inText = false;
      else if (op === 'ID') {
        // Inline image data runs to the next whitespace-delimited EI.
        const end = text.slice(i).search(/\sEI(?=[\s]|$)/);
        i = end < 0 ? n : i + end + 3;
      }
    }
  }
  return { extraRestores: 0 - lowest, openSaves: depth - lowest, openText: inText };
}

function contentText(page: PDFPage): string | undefined {
  const ctx = page.doc.context;
  const contents = ctx.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
  let text = '';
  for (const s of streams) {
    if (s instanceof PDFRawStream) text += `${Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')}\n`;
    else if (s instanceof PDFContentStream) text += `${Buffer.from(s.getContents()).toString('latin1')}\n`;
    else if (s !== undefined) return undefined;
  }
  return text;
}

/** Pads a copied page's content so it saves and restores in balance; returns whether it had to. */
export function balanceContent(page: PDFPage): boolean {
  let text: string | undefined;
  try {
    text = contentText(page);
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
