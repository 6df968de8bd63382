import {
  beginText,
  endText,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSpacing,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  TextRenderingMode,
  showText,
  type PDFOperator,
  setCharacterSqueeze,
} from '@cantoo/pdf-lib';
import { displaySize, displayToUser, rotationOf, visibleBox } from './pageGeometry.ts';

/** A word with its box in display space, in points from the page's top-left (as OCR reports). */
export interface PlacedWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Characters the text-layer font cannot encode are dropped: the layer is for search, not show. */
function encodable(font: PDFFont, text: string): string {
  const set = new Set(font.getCharacterSet());
  return [...text].filter((c) => set.has(c.codePointAt(0) ?? -1)).join('');
}

/**
 * Adds an invisible text layer (rendering mode 3, PDF 32000-1 §9.3.6) so a scanned page can be
 * searched and copied from. Words with positions go where OCR saw them; plain text (OCR text
 * stored at import, without positions) is spread line by line down the page, which is enough for
 * search to find the page.
 */
export function addTextLayer(page: PDFPage, font: PDFFont, content: { words?: PlacedWord[]; text?: string }): void {
  const box = visibleBox(page);
  const rotation = rotationOf(page);
  const { width: W, height: H } = displaySize(page);
  const items: PlacedWord[] = content.words?.length
    ? content.words
    : (() => {
        const lines = (content.text ?? '')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean);
        const step = lines.length ? Math.min(14, (H * 0.9) / lines.length) : 0;
        return lines.map((text, i) => ({
          text,
          left: W * 0.05,
          top: H * 0.05 + i * step,
          width: W * 0.9,
          height: step * 0.8,
        }));
      })();
  if (items.length === 0) return;
  const key = page.node.newFontDictionary(font.name, font.ref);
  const rad = (rotation * Math.PI) / 180;
  const [c, s] = [Math.cos(rad), Math.sin(rad)];
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
    setCharacterSpacing(0),
  ];
  for (const w of items) {
    const text = encodable(font, w.text);
    if (!text) continue;
    const size = Math.max(1, w.height);
    const natural = font.widthOfTextAtSize(text, size);
    const origin = displayToUser(box, rotation, w.left, H - w.top - w.height * 0.8);
    ops.push(
      setFontAndSize(key, size),
      setCharacterSqueeze(natural > 0 ? (100 * w.width) / natural : 100),
      setTextMatrix(c, s, -s, c, origin.x, origin.y),
      showText(font.encodeText(text)),
    );
  }
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
}
