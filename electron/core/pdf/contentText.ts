import { decodePDFRawStream, PDFArray, PDFContentStream, PDFName, PDFRawStream, type PDFPage } from '@cantoo/pdf-lib';

/**
 * A page's content streams decoded and joined, as Latin-1 text (the operators are ASCII; strings
 * and inline images pass through byte for byte). Undefined when /Contents is not streams.
 */
export function pageContentText(page: PDFPage): string | undefined {
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

export interface ContentToken {
  kind: 'op' | 'number' | 'name';
  value: string;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
const isDelim = (c: string) => '()<>[]{}/%'.includes(c);

/**
 * The tokens of a content stream that drawing is decided by: operators, numbers and names.
 * Strings, hex strings, comments, dictionary and array brackets and inline image data are
 * stepped over (PDF 32000-1 §7.2, §8.9.7), so nothing inside them is taken for an operator.
 */
export function* contentTokens(text: string): Generator<ContentToken> {
  let i = 0;
  const n = text.length;
  const word = () => {
    let j = i;
    while (j < n && !isSpace(text[j]!) && !isDelim(text[j]!)) j++;
    const w = text.slice(i, j);
    i = j;
    return w;
  };
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
    } else if (c === '/') {
      i++;
      yield { kind: 'name', value: word() };
    } else if (isDelim(c)) i++;
    else {
      const w = word();
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) yield { kind: 'number', value: w };
      else {
        yield { kind: 'op', value: w };
        if (w === 'ID') {
          // Inline image data runs to the next whitespace-delimited EI.
          const end = text.slice(i).search(/\sEI(?=[\s]|$)/);
          i = end < 0 ? n : i + end + 3;
        }
      }
    }
  }
}
