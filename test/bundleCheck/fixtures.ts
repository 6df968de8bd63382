import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreApi } from '../../electron/core/api/index.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';
import { renderPageJpeg } from '../../electron/core/text/renderPage.ts';

/**
 * Documents and bundles made in the test: pages of plain English sentences, each page its own,
 * so a page can be told from every other page only by what it says.
 */

const SUBJECTS = [
  'The child',
  'Her teacher',
  'The assessment',
  'The therapist',
  'The school',
  'Her mother',
  'The specialist',
  'The report',
];
const VERBS = ['found', 'noted', 'described', 'recommended', 'observed', 'explained', 'suggested', 'recorded'];
const OBJECTS = [
  'difficulties with reading aloud',
  'a need for quiet space',
  'weekly therapy sessions',
  'anxiety in the playground',
  'slow handwriting in lessons',
  'a visual timetable each morning',
  'support during transitions',
  'trouble following spoken instructions',
  'progress in number work',
  'a reduced timetable since March',
];
const WHEN = [
  'during the autumn term',
  'in every lesson',
  'at lunchtime',
  'over six weeks',
  'before the review meeting',
  'since the last plan',
  'in small groups',
  'at home and at school',
];

/** Deterministic sentences for page `seed`: different seeds give different pages. */
export function pageSentences(seed: number, count = 14): string[] {
  let x = seed * 7919 + 13;
  const pick = <T>(list: T[]) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return list[Math.floor(x / 65536) % list.length]!;
  };
  return Array.from(
    { length: count },
    (_, i) => `${i + 1}. ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(WHEN)} (${seed}-${i + 1}).`,
  );
}

export interface PageSpec {
  heading: string;
  lines: string[];
  /** The label printed in the bottom-right corner, as a bundle stamp. */
  label?: string;
  /** A footer printed at the bottom centre, as documents have ("Page 1 of 2"). */
  footer?: string;
}

function drawPage(page: PDFPage, font: PDFFont, bold: PDFFont, spec: PageSpec): void {
  const { height } = page.getSize();
  page.drawText(spec.heading, { x: 56, y: height - 72, size: 15, font: bold });
  spec.lines.forEach((line, i) =>
    page.drawText(line, { x: 56, y: height - 110 - i * 22, size: 11, font, maxWidth: 480 }),
  );
  if (spec.footer) {
    const size = 9;
    page.drawText(spec.footer, {
      x: (page.getWidth() - font.widthOfTextAtSize(spec.footer, size)) / 2,
      y: 30,
      size,
      font,
    });
  }
  if (spec.label) {
    page.drawRectangle({
      x: 500,
      y: 22,
      width: 60,
      height: 24,
      color: rgb(1, 1, 1),
      borderColor: rgb(0, 0, 0),
      borderWidth: 1,
    });
    page.drawText(spec.label, { x: 510, y: 29, size: 13, font: bold });
  }
}

/** A PDF with a text layer, one page per spec (A4). */
export async function textPdf(pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const spec of pages) drawPage(doc.addPage([595.28, 841.89]), font, bold, spec);
  return doc.save();
}

/** Each page drawn, then rendered to a JPEG: a scan with no text layer at all. */
export async function scannedPages(pages: PageSpec[], dpi = 150): Promise<Uint8Array[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ ...pdfjsDocumentOptions(), data: await textPdf(pages) }).promise;
  const out: Uint8Array[] = [];
  for (let n = 1; n <= doc.numPages; n++) out.push((await renderPageJpeg(doc, await doc.getPage(n), dpi, 85)).jpeg);
  await doc.destroy();
  return out;
}

export type BundlePart =
  { kind: 'text'; spec: PageSpec } | { kind: 'scan'; jpeg: Uint8Array } | { kind: 'blank'; label?: string };

/** A bundle: text pages, scanned pages and blank pages in order. */
export async function bundlePdf(parts: BundlePart[], opts: { userPassword?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const part of parts) {
    const page = doc.addPage([595.28, 841.89]);
    if (part.kind === 'text') drawPage(page, font, bold, part.spec);
    else if (part.kind === 'scan')
      page.drawImage(await doc.embedJpg(part.jpeg), { x: 0, y: 0, width: 595.28, height: 841.89 });
    else if (part.label) drawPage(page, font, bold, { heading: '', lines: [], label: part.label });
  }
  if (opts.userPassword) doc.encrypt({ userPassword: opts.userPassword, ownerPassword: `${opts.userPassword}-owner` });
  return doc.save();
}

/** A new case in `dir` with each document printed to a PDF and imported; their ids by file name. */
export async function caseOf(
  api: CoreApi,
  dir: string,
  docs: Record<string, PageSpec[]>,
): Promise<{ caseDir: string; ids: Map<string, number> }> {
  const caseDir = join(dir, 'case');
  await api.call('createCase', { caseDir, childName: 'Alex Example' });
  const ids = new Map<string, number>();
  for (const [name, pages] of Object.entries(docs)) {
    writeFileSync(join(dir, name), await textPdf(pages));
    const r = await api.call('importFiles', { caseDir, paths: [join(dir, name)] });
    if (!r.ok || r.value[0]!.status !== 'imported') throw new Error(`import of ${name} failed`);
    ids.set(name, r.value[0]!.documentId!);
  }
  return { caseDir, ids };
}
