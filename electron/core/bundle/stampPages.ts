import { degrees, type PDFPage, rgb } from '@cantoo/pdf-lib';
import type { BundleProfile } from '../../../shared/bundle.ts';
import type { PdfFonts } from '../pdf/fonts.ts';
import { displaySize, displayToUser, rotationOf, visibleBox } from './pageGeometry.ts';
import type { PageLayer } from './preparedDocument.ts';
import { addTextLayer } from './textLayer.ts';

export type StampCorner = BundleProfile['stampCorner'];

/**
 * Stamps a page label ("B12") in the same corner of every page as the reader sees it: on a white
 * box with a thin border so it is legible on any background, inside the crop box, and turned with
 * the page's /Rotate so it reads upright.
 */
export function stampPage(page: PDFPage, label: string, fonts: PdfFonts, corner: StampCorner = 'bottom-right'): void {
  const box = visibleBox(page);
  const rotation = rotationOf(page);
  const { width: W, height: H } = displaySize(page);
  // Tiny pages (labels, receipts) get a smaller stamp so it never covers the whole page.
  const size = Math.max(4, Math.min(11, W / 12, H / 8));
  const padX = size * 0.5;
  const padY = size * 0.35;
  const textW = fonts.widthOf(label, size, true);
  const w = textW + 2 * padX;
  const h = size * 1.2 + 2 * padY;
  const margin = Math.min(14, W * 0.03, H * 0.03);
  const u = corner.endsWith('right') ? W - margin - w : margin;
  const v = corner.startsWith('bottom') ? margin : H - margin - h;
  const anchor = displayToUser(box, rotation, u, v);
  // pdf-lib rotates about (x, y) counter-clockwise; the page turns clockwise, so they cancel.
  const rotate = degrees(rotation);
  page.drawRectangle({
    x: anchor.x,
    y: anchor.y,
    width: w,
    height: h,
    color: rgb(1, 1, 1),
    borderColor: rgb(0.25, 0.25, 0.25),
    borderWidth: Math.max(0.3, size / 20),
    rotate,
  });
  const text = displayToUser(box, rotation, u + padX, v + padY + size * 0.28);
  fonts.drawRotated(page, label, text.x, text.y, size, rotation, { bold: true });
}

/**
 * The stamp stage: the invisible text over pages that have none of their own (scans, pictures),
 * so the bundle is searchable, then every page's label on top.
 */
export function stampPages(
  laid: { labels: [PDFPage, string][]; textLayers: [PDFPage, NonNullable<PageLayer>][] },
  fonts: PdfFonts,
  corner: StampCorner,
): void {
  const textFont = fonts.latin();
  for (const [page, layer] of laid.textLayers) addTextLayer(page, textFont, layer);
  for (const [page, label] of laid.labels) stampPage(page, label, fonts, corner);
}
