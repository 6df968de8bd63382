import sharp from 'sharp';
import { pgmRows, type GreyImage } from '../text/greyImage.ts';
import type { OcrPage, OcrWord } from '../text/ocr.ts';
import { renderScale } from '../text/renderPage.ts';
import type { ScanJpeg } from '../text/scanImage.ts';

/*
 * How a scanned bundle page is cut up and read: the resolution, the bands of the body read in
 * turn, the edges where labels are printed, and the words put back in printed rows.
 */

/**
 * Scanned pages are read at 150 dpi: on the sample scans it reads the same words as 200 dpi at
 * ~70% of the time (measured with bench/bundleCheck.ts); labels in 10 pt bold read reliably.
 */
export const READ_DPI = 150;
/** Bands of the page (top and share of its height): the edges, where labels are printed. */
export const TOP_EDGE: [number, number] = [0, 0.08];
export const BOTTOM_EDGE: [number, number] = [0.9, 0.1];
/**
 * Bands of the body read in turn in quick mode, until what is read settles which page it is:
 * OCR's cost grows with the text it reads, and a tenth of a typed page is usually enough.
 */
export const BODY_BANDS: [number, number][] = [
  [0.05, 0.08],
  [0.11, 0.12],
  [0.21, 0.29],
];
/**
 * A line within this many pixels of a band's top or bottom was cut by the band and reads as
 * junk. The bands overlap by more than a line's height, so each cut line is whole in the next.
 */
const CUT_EDGE_PX = 2;
/** What a page label is made of (the whitelist for reading the edges). */
export const LABEL_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A plain scan's JPEG decoded natively (libjpeg-turbo through sharp) to grey pixels at the size
 * pdf.js would draw the page; undefined when the JPEG does not decode, and pdf.js draws it.
 */
export async function decodeScan(scan: ScanJpeg): Promise<GreyImage | undefined> {
  const scale = renderScale(scan.width, scan.height, READ_DPI);
  const width = Math.max(1, Math.floor(scan.width * scale));
  const height = Math.max(1, Math.floor(scan.height * scale));
  try {
    const { data } = await sharp(scan.jpeg, { failOn: 'error' })
      .resize(width, height, { fit: 'fill' })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  } catch {
    return undefined;
  }
}

/** A band of the page (top and height as shares of the page's): its rows, as an image Tesseract reads. */
export const band = (page: GreyImage, [top, height]: [number, number]) =>
  pgmRows(page, page.height * top, page.height * height);

/**
 * A page's words in rows across its whole width, as printed. OCR's layout analysis reads a
 * contents page's titles and its page ranges, far apart on the right, as two columns; put back
 * on one line each, the index can be read. Words whose middles lie within half a line of a row's
 * are on that row.
 */
export function rowsOf(words: OcrWord[]): string {
  const mid = (w: OcrWord) => (w.y0 + w.y1) / 2;
  const rows: OcrWord[][] = [];
  for (const w of [...words].filter((x) => x.text.trim()).sort((a, b) => mid(a) - mid(b))) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(mid(w) - mid(first)) < Math.max(first.y1 - first.y0, w.y1 - w.y0) / 2) row.push(w);
    else rows.push([w]);
  }
  return rows
    .map((r) =>
      r
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(' '),
    )
    .join('\n');
}

/** The lines of a band the band did not cut, and their confidence weighted by length. */
export function wholeLines(page: OcrPage, height: number): { text: string; confidence: number; letters: number } {
  const lines = page.lines.filter((l) => l.y0 > CUT_EDGE_PX && l.y1 < height - CUT_EDGE_PX && l.text.trim());
  const letters = lines.reduce((n, l) => n + l.text.trim().length, 0);
  const confidence = letters ? lines.reduce((n, l) => n + l.confidence * l.text.trim().length, 0) / letters : 0;
  return { text: lines.map((l) => l.text.trim()).join('\n'), confidence, letters };
}
