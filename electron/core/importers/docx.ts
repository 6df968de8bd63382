import mammoth from 'mammoth';
import type { DocxStructure } from '../../../shared/importStructure.ts';
import { fail, ok } from '../../../shared/result.ts';
import { markPageStarts, readCoreProperties, readZip, writeZip, type ZipEntry } from './docxPackage.ts';
import { LIST_LABEL_STYLE, labelListParagraphs } from './docxNumbering.ts';
import { ocrPictures, SCANNED_TEXT_MAX_CHARS, type Picture } from './docxPictures.ts';
import { walkDocument, type MammothDocument } from './docxWalk.ts';
import type { Importer } from './types.ts';

/**
 * Word (.docx) files: text, headings, tables and footnotes through mammoth; the original bytes
 * are kept by the store, and the bundle attaches a PDF rendering later
 * (`setRendition(store, id, 'pdf', …)`), so nothing here depends on a word processor.
 *
 * Pages: a .docx has no fixed pages — the word processor lays them out when it opens the file.
 * We split the text where Word recorded that a page began last time it laid the file out
 * (`w:lastRenderedPageBreak`), and at explicit page and section breaks; a file with none of
 * these is one page. So "page 3" usually matches what the author saw in Word, and the PDF
 * rendering, when attached, is the authority for bundle page numbers. A file that is only
 * pictures (scans pasted into Word) is read by OCR, a page per picture (docxPictures.ts).
 */

/**
 * Keeps the Title/Subtitle look in the HTML the bundle renders (mammoth drops unknown styles),
 * and leaves our list-number runs out of it: the HTML's own <ol> numbers the items.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  `r.${LIST_LABEL_STYLE} => !`,
];

/** Pictures go into the HTML as data: URIs up to this total; past it they are left out. */
const HTML_IMAGE_BUDGET = 20 * 1024 * 1024;

const DAMAGED_INSIDE =
  'This Word file is damaged inside and cannot be read. Try opening it in Word and saving a new copy (or printing it to PDF), then import that.';

/** The main document part named by the package relationships (usually word/document.xml). */
function mainPartName(entries: ZipEntry[]): string {
  const rels = entries.find((e) => e.name === '_rels/.rels');
  const xml = rels ? Buffer.from(rels.data).toString('utf8') : '';
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = m[0].match(/Target="([^"]+)"/)?.[1];
    if (target) return target.replace(/^\/+/, '');
  }
  return 'word/document.xml';
}

export const importDocx: Importer = async (input, ctx) => {
  const zip = readZip(input.bytes);
  if (!zip.ok) return zip;
  const entries = zip.value;
  const documentPart = entries.find((e) => e.name === mainPartName(entries));
  if (!documentPart) {
    return fail(
      'docx-no-document',
      'This file is a ZIP archive with parts of a Word document but no document text in it. It may be damaged or made by an unusual program: open it in Word and save a new copy.',
    );
  }
  const coreXml = entries.find((e) => e.name === 'docProps/core.xml');
  const properties = coreXml ? readCoreProperties(Buffer.from(coreXml.data).toString('utf8')) : {};

  const xml = Buffer.from(documentPart.data).toString('utf8');
  const numberingPart = entries.find((e) => e.name === documentPart.name.replace(/[^/]*$/, 'numbering.xml'));
  const numberingXml = numberingPart ? Buffer.from(numberingPart.data).toString('utf8') : undefined;
  const marked = markPageStarts(labelListParagraphs(xml, numberingXml));
  const wordLayout = xml.includes('<w:lastRenderedPageBreak');
  const bytes = marked === xml ? input.bytes : writeZip(entries.map((e): ZipEntry => (e === documentPart ? { name: e.name, data: Buffer.from(marked, 'utf8') } : e)));

  if (ctx.signal?.aborted) return fail('cancelled', 'Import was cancelled before this file was read. Nothing from it was stored.');
  let doc: MammothDocument | undefined;
  let html: string;
  const pictures: Picture[] = [];
  try {
    let imageBytes = 0;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        transformDocument: (d: MammothDocument) => {
          doc = d;
          return d;
        },
        convertImage: mammoth.images.imgElement(async (image) => {
          const buffer = await image.readAsBuffer();
          pictures.push({ contentType: image.contentType, bytes: buffer });
          const b64 = buffer.toString('base64');
          imageBytes += b64.length;
          if (imageBytes > HTML_IMAGE_BUDGET) return { src: '', alt: '[picture left out: the document has too many large pictures]' };
          return { src: `data:${image.contentType};base64,${b64}` };
        }),
      },
    );
    html = result.value;
  } catch {
    return fail('docx-damaged', DAMAGED_INSIDE);
  }
  if (!doc) return fail('docx-damaged', DAMAGED_INSIDE);

  const walked = walkDocument(doc);
  let pageSplit: DocxStructure['pageSplit'] = walked.pages.length === 1 ? 'none' : wordLayout ? 'word-layout' : 'explicit';
  ctx.onPage?.(walked.pages.length, walked.pages.length, 'text');
  const pages: { text: string; ocr: boolean }[] = walked.pages.map((text) => ({ text, ocr: false }));
  if (walked.pages.join('').replace(/\s/g, '').length <= SCANNED_TEXT_MAX_CHARS && pictures.length) {
    const scanned = await ocrPictures(pictures, ctx);
    if (scanned === 'cancelled') return fail('cancelled', 'Import was cancelled. Nothing from this file was stored.');
    if (scanned.length) {
      // The file's few words (a caption, a heading) stay as the first page when there are any.
      pages.splice(0, pages.length, ...pages.filter((p) => p.text.trim()), ...scanned);
      pageSplit = 'pictures';
    }
  }
  const structure: DocxStructure = { format: 'docx/1', properties, pageSplit, blocks: walked.blocks, notes: walked.notes, html };
  return ok({
    sourceType: 'docx',
    pages,
    structure,
    metadata: {
      ...(properties.title ? { title: properties.title } : {}),
      ...(properties.creator ? { author: properties.creator } : {}),
    },
  });
};
