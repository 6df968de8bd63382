import {
  concatTransformationMatrix,
  drawObject,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  popGraphicsState,
  pushGraphicsState,
  type PDFPage,
} from '@cantoo/pdf-lib';

/**
 * Annotations as a bundle needs them: drawn into the page, never left as annotations. A damaged
 * /Annots (poppler refuses an array it judges "too big" for the file) makes poppler-based readers
 * (Evince, Okular, pdftotext) fail on that page and show every later page blank, while pdf.js and
 * qpdf are happy. So each page's annotations are flattened — an annotation's normal appearance
 * (ISO 32000-1 §12.5.5) is drawn as a form XObject where the annotation sat — and /Annots is
 * removed. Links go: they pointed into the original file, and Casebook draws its own index links.
 * Anything malformed (no appearance, no usable Rect, a hidden one) is dropped, not copied.
 */

/** More than this on one page is damage, not a document: the rest are dropped. */
const MAX_ANNOTATIONS = 500;
const HIDDEN = 1 << 1;
const NO_VIEW = 1 << 5;
const NOT_DRAWN = new Set(['Link', 'Popup']);

type Matrix = [number, number, number, number, number, number];

function numbers(value: unknown, count: number): number[] | undefined {
  if (!(value instanceof PDFArray) || value.size() !== count) return undefined;
  const out = value.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  return out.every(Number.isFinite) ? out : undefined;
}

/** The normal appearance stream: /AP /N, or for a state-dependent one (/N << /On … /Off … >>) the state /AS names. */
function normalAppearance(annot: PDFDict): { ref: PDFRef | undefined; stream: PDFStream } | undefined {
  const ap = annot.lookupMaybe(PDFName.of('AP'), PDFDict);
  if (!ap) return undefined;
  let raw = ap.get(PDFName.of('N'));
  let n = ap.context.lookup(raw);
  if (n instanceof PDFDict && !(n instanceof PDFStream)) {
    const state = annot.lookupMaybe(PDFName.of('AS'), PDFName);
    raw = state ? n.get(state) : undefined;
    n = ap.context.lookup(raw);
  }
  return n instanceof PDFStream ? { ref: raw instanceof PDFRef ? raw : undefined, stream: n } : undefined;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The matrix that maps the appearance's transformed BBox onto the annotation's Rect (§12.5.5, Algorithm 8.1). */
function placement(rect: number[], bbox: number[], matrix: Matrix): Matrix | undefined {
  const corners = [
    apply(matrix, bbox[0]!, bbox[1]!),
    apply(matrix, bbox[2]!, bbox[1]!),
    apply(matrix, bbox[0]!, bbox[3]!),
    apply(matrix, bbox[2]!, bbox[3]!),
  ];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [rx0, rx1, ry0, ry1] = [
    Math.min(rect[0]!, rect[2]!),
    Math.max(rect[0]!, rect[2]!),
    Math.min(rect[1]!, rect[3]!),
    Math.max(rect[1]!, rect[3]!),
  ];
  if (x1 - x0 <= 0 || y1 - y0 <= 0 || rx1 - rx0 <= 0 || ry1 - ry0 <= 0) return undefined;
  const sx = (rx1 - rx0) / (x1 - x0);
  const sy = (ry1 - ry0) / (y1 - y0);
  const out: Matrix = [sx, 0, 0, sy, rx0 - x0 * sx, ry0 - y0 * sy];
  return out.every(Number.isFinite) ? out : undefined;
}

/** Flattens one copied page's annotations into its content; returns how many were drawn and dropped. */
export function flattenAnnotations(page: PDFPage): { drawn: number; dropped: number } {
  const node = page.node;
  const ctx = page.doc.context;
  const raw = node.get(PDFName.of('Annots'));
  if (raw === undefined) return { drawn: 0, dropped: 0 };
  node.delete(PDFName.of('Annots'));
  const list = ctx.lookup(raw);
  if (!(list instanceof PDFArray)) return { drawn: 0, dropped: 1 };
  const ops = [];
  let drawn = 0;
  for (const item of list.asArray().slice(0, MAX_ANNOTATIONS)) {
    const annot = ctx.lookup(item);
    if (!(annot instanceof PDFDict)) continue;
    const subtype = annot.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
    const flags = annot.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
    if (!subtype || NOT_DRAWN.has(subtype) || flags & HIDDEN || flags & NO_VIEW) continue;
    const rect = numbers(annot.lookup(PDFName.of('Rect')), 4);
    const appearance = normalAppearance(annot);
    const bbox = appearance ? numbers(appearance.stream.dict.lookup(PDFName.of('BBox')), 4) : undefined;
    if (!rect || !appearance || !bbox) continue;
    const matrix = (numbers(appearance.stream.dict.lookup(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0]) as Matrix;
    const at = placement(rect, bbox, matrix);
    if (!at) continue;
    const name = node.newXObject('CbAnnot', appearance.ref ?? ctx.register(appearance.stream));
    ops.push(pushGraphicsState(), concatTransformationMatrix(...at), drawObject(name), popGraphicsState());
    drawn += 1;
  }
  if (ops.length) {
    // The page's own drawing may leave its graphics state changed: wrap it, then draw on top.
    node.normalize();
    node.wrapContentStreams(
      ctx.register(ctx.contentStream([pushGraphicsState()])),
      ctx.register(ctx.contentStream([popGraphicsState()])),
    );
    node.addContentStream(ctx.register(ctx.contentStream(ops)));
  }
  return { drawn, dropped: list.size() - drawn };
}
