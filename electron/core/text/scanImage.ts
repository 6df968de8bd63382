import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import { rotationOf, visibleBox } from '../bundle/pageGeometry.ts';
import { contentTokens, pageContentText, type ContentToken } from '../pdf/contentText.ts';

/** A scanned page as the JPEG file it is drawn from, with the page's size in points. */
export interface ScanJpeg {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

/** Points of slack when matching where the picture is drawn against the page's box. */
const SLACK = 1.5;
const near = (a: number, b: number) => Math.abs(a - b) <= SLACK;

const name = (dict: PDFDict, key: string) => {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFName ? v.decodeText() : undefined;
};

/** Grey or RGB, so the JPEG's own colours are the page's (CMYK JPEGs are often stored inverted). */
function plainColours(doc: PDFDocument, image: PDFDict): boolean {
  const cs = image.lookup(PDFName.of('ColorSpace'));
  if (cs instanceof PDFName) return cs.decodeText() === 'DeviceGray' || cs.decodeText() === 'DeviceRGB';
  if (!(cs instanceof PDFArray) || cs.size() !== 2) return false;
  const family = cs.lookup(0);
  const profile = doc.context.lookup(cs.get(1));
  const n = profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : undefined;
  return (
    family instanceof PDFName &&
    family.decodeText() === 'ICCBased' &&
    n instanceof PDFNumber &&
    (n.asNumber() === 1 || n.asNumber() === 3)
  );
}

/** The page's one picture, when it is a plain JPEG: DCTDecode alone, 8 bits, no mask or decode array. */
function onlyJpeg(doc: PDFDocument, page: PDFPage): { key: string; stream: PDFRawStream } | undefined {
  const resources = page.node.Resources();
  const xobjects = resources?.lookup(PDFName.of('XObject'));
  if (!(xobjects instanceof PDFDict) || xobjects.keys().length !== 1) return undefined;
  const key = xobjects.keys()[0]!;
  const stream = xobjects.lookup(key);
  if (!(stream instanceof PDFRawStream)) return undefined;
  const d = stream.dict;
  const filter = d.lookup(PDFName.of('Filter'));
  const dct =
    (filter instanceof PDFName && filter.decodeText() === 'DCTDecode') ||
    (filter instanceof PDFArray &&
      filter.size() === 1 &&
      filter.lookup(0) instanceof PDFName &&
      (filter.lookup(0) as PDFName).decodeText() === 'DCTDecode');
  const bits = d.lookup(PDFName.of('BitsPerComponent'));
  if (
    name(d, 'Subtype') !== 'Image' ||
    !dct ||
    !(bits instanceof PDFNumber && bits.asNumber() === 8) ||
    ['SMask', 'Mask', 'Decode', 'ImageMask', 'DecodeParms'].some((k) => d.has(PDFName.of(k))) ||
    !plainColours(doc, d)
  )
    return undefined;
  return { key: key.decodeText(), stream };
}

type Matrix = [number, number, number, number, number, number];

/** `m` then `ctm`: the matrix `cm` makes (PDF 32000-1 §8.3.4, CTM' = M × CTM). */
const times = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];

/**
 * The matrix the one picture on a page is drawn with, following saves, restores and every `cm`
 * before it; undefined unless the page draws exactly one thing, and that is the picture.
 */
function whereDrawn(content: string, key: string): Matrix | undefined {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let operands: ContentToken[] = [];
  let drawn: Matrix | undefined;
  for (const t of contentTokens(content)) {
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    if (t.value === 'q') saved.push(ctm);
    else if (t.value === 'Q') ctm = saved.pop() ?? ctm;
    else if (t.value === 'cm') {
      const m = operands.slice(-6).map((o) => Number(o.value));
      if (m.length !== 6 || operands.slice(-6).some((o) => o.kind !== 'number')) return undefined;
      ctm = times(m as Matrix, ctm);
    } else if (t.value === 'Do') {
      if (drawn || operands.at(-1)?.value !== key) return undefined;
      drawn = ctm;
    }
    operands = [];
  }
  return drawn;
}

/**
 * The JPEG a page shows, when the page is a plain scan: one picture, stored as a JPEG in grey or
 * RGB, drawn once over exactly the visible page, unrotated; anything else on the page is text
 * (a stamped label, an OCR layer) or paths, which OCR of the picture does not need. Decoding that
 * JPEG natively costs a fraction of pdf.js drawing the page, whose JPEG decoder is JavaScript.
 * Undefined for any other page, which pdf.js then draws.
 */
export function plainScanJpeg(doc: PDFDocument, index: number): ScanJpeg | undefined {
  const page = doc.getPage(index);
  if (rotationOf(page) !== 0) return undefined;
  const image = onlyJpeg(doc, page);
  if (!image) return undefined;
  const content = pageContentText(page);
  const drawn = content === undefined ? undefined : whereDrawn(content, image.key);
  if (!drawn) return undefined;
  const [a, b, c, d, e, f] = drawn;
  const box = visibleBox(page);
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  if (!near(b, 0) || !near(c, 0) || !near(a, width) || !near(d, height) || !near(e, box.x0) || !near(f, box.y0))
    return undefined;
  return { jpeg: image.stream.getContents(), width, height };
}
