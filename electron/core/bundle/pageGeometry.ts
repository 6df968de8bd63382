import { PDFName, type PDFPage, popGraphicsState, pushGraphicsState, scale } from '@cantoo/pdf-lib';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A4 in points. US Letter is 612 wide: pages up to Letter width are left as they are. */
export const A4 = { width: 595.28, height: 841.89 };
const FIT_SHORT = 612;
const FIT_LONG = 842;

const norm = (r: { x: number; y: number; width: number; height: number }): Box => ({
  x0: Math.min(r.x, r.x + r.width),
  y0: Math.min(r.y, r.y + r.height),
  x1: Math.max(r.x, r.x + r.width),
  y1: Math.max(r.y, r.y + r.height),
});

/**
 * What a reader shows: the crop box clipped to the media box (PDF 32000-1 §14.11.2: the crop box
 * defaults to the media box and is intersected with it). Boxes with swapped corners are normalised.
 */
export function visibleBox(page: PDFPage): Box {
  const m = norm(page.getMediaBox());
  const c = norm(page.getCropBox());
  const box = {
    x0: Math.max(m.x0, c.x0),
    y0: Math.max(m.y0, c.y0),
    x1: Math.min(m.x1, c.x1),
    y1: Math.min(m.y1, c.y1),
  };
  // A crop box outside the media box is an error readers ignore: fall back to the media box.
  return box.x1 - box.x0 < 1 || box.y1 - box.y0 < 1 ? m : box;
}

/** Page rotation as 0, 90, 180 or 270 (clockwise, as /Rotate means); odd values read as 0. */
export function rotationOf(page: PDFPage): 0 | 90 | 180 | 270 {
  const r = (((Math.round(page.getRotation().angle / 90) * 90) % 360) + 360) % 360;
  return r === 90 || r === 180 || r === 270 ? r : 0;
}

/** Width and height as displayed (after rotation). */
export function displaySize(page: PDFPage): { width: number; height: number } {
  const b = visibleBox(page);
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  return rotationOf(page) % 180 === 0 ? { width: w, height: h } : { width: h, height: w };
}

/**
 * Maps a point in display space (origin bottom-left of the page as seen, u right, v up) to the
 * page's user space. A page with /Rotate 90 is turned clockwise for display, so the display's
 * bottom-left is the user space's bottom-right corner, and so on.
 */
export function displayToUser(box: Box, rotation: 0 | 90 | 180 | 270, u: number, v: number): { x: number; y: number } {
  switch (rotation) {
    case 90:
      return { x: box.x1 - v, y: box.y0 + u };
    case 180:
      return { x: box.x1 - u, y: box.y1 - v };
    case 270:
      return { x: box.x0 + v, y: box.y1 - u };
    default:
      return { x: box.x0 + u, y: box.y0 + v };
  }
}

/** Pages whose long side is under 2 inches (labels, fragments) are enlarged to A6 size. */
const TINY_LONG = 144;
const A6_LONG = 420;

/**
 * The scale that fits the displayed page within A4 (either orientation), or 1 if it already fits.
 * A tiny page is enlarged so its content can be read and the page label does not cover it.
 */
export function fitScale(width: number, height: number): number {
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (long < TINY_LONG && long > 0) return Math.min(A6_LONG / long, A4.width / Math.max(short, 1e-3));
  if (long <= FIT_LONG + 0.5 && short <= FIT_SHORT + 0.5) return 1;
  return Math.min(A4.height / long, A4.width / short);
}

/**
 * Scales a page larger than A4 down to fit (or a tiny one up), content and annotations together,
 * so nothing is cropped. The visible box becomes the media box at the origin's scale and other boxes go, so a
 * crop box cannot hide the scaled content. Returns the scale applied.
 */
export function fitPageToA4(page: PDFPage): number {
  const { width, height } = displaySize(page);
  const s = fitScale(width, height);
  if (s === 1) return 1;
  const b = visibleBox(page);
  // Not page.scaleContent: it creates the page's own drawing stream first and wraps it with the
  // content, so the stamp drawn later would be scaled too. Wrap only the existing content.
  const ctx = page.doc.context;
  page.node.normalize();
  const start = ctx.register(ctx.contentStream([pushGraphicsState(), scale(s, s)]));
  const end = ctx.register(ctx.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  page.scaleAnnotations(s, s);
  page.setMediaBox(b.x0 * s, b.y0 * s, (b.x1 - b.x0) * s, (b.y1 - b.y0) * s);
  for (const name of ['CropBox', 'BleedBox', 'TrimBox', 'ArtBox']) page.node.delete(PDFName.of(name));
  return s;
}
