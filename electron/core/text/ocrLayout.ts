import type { PdfLayoutItem } from '../../../shared/importStructure.ts';
import type { OcrWord } from './ocr.ts';

/**
 * OCR words as layout items (shared/importStructure.ts PdfLayout), in image pixels: each word on
 * its printed line's bottom edge and as tall as the line, so a slanted scan's lines stay whole.
 */
export function ocrLayoutItems(words: OcrWord[]): PdfLayoutItem[] {
  return words.filter((w) => w.text.trim()).map((w) => [w.x0, w.lineY1, w.x1 - w.x0, w.lineY1 - w.lineY0, w.text]);
}
