/** A picture as 8-bit grey pixels, row by row (what OCR reads). */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Rows `top` to `top + rows` of a grey image as a binary PGM file, which Tesseract's image
 * library (Leptonica) reads as it is: a band of a page is a slice of its rows, with no encoding.
 */
export function pgmRows(image: GreyImage, top = 0, rows = image.height - top): { pgm: Uint8Array; rows: number } {
  const from = Math.max(0, Math.min(image.height - 1, Math.round(top)));
  const count = Math.max(1, Math.min(image.height - from, Math.round(rows)));
  const header = new TextEncoder().encode(`P5\n${image.width} ${count}\n255\n`);
  const out = new Uint8Array(header.length + image.width * count);
  out.set(header);
  out.set(image.pixels.subarray(from * image.width, (from + count) * image.width), header.length);
  return { pgm: out, rows: count };
}
