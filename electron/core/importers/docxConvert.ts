import mammoth from 'mammoth';
import type { DocxStructure } from '../../../shared/importStructure.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import {
  markPageStarts,
  readCoreProperties,
  readZip,
  writeZip,
  type CoreProperties,
  type ZipEntry,
} from './docxPackage.ts';
import { sanitizeEntries } from './docxSanitize.ts';
import { LIST_LABEL_STYLE, labelListParagraphs } from './docxNumbering.ts';
import { SCANNED_TEXT_MAX_CHARS, type Picture } from './docxPictures.ts';
import { walkDocument, type MammothDocument } from './docxWalk.ts';

/**
 * A Word file's text, structure and printable HTML, read with mammoth. Runs in a worker thread
 * with a capped heap (docxWorkerClient.ts): the XML of a hostile file must not be able to take
 * the machine's memory, and a file that needs more than the cap is refused, not fatal.
 */
export interface ConvertedDocx {
  properties: CoreProperties;
  pages: string[];
  pageSplit: DocxStructure['pageSplit'];
  blocks: DocxStructure['blocks'];
  notes: DocxStructure['notes'];
  html: string;
  /** Only when the file has almost no text of its own: its pictures, for OCR. */
  pictures: Picture[];
}

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

export const DAMAGED_INSIDE =
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

export async function convertDocx(input: Uint8Array): Promise<Result<ConvertedDocx>> {
  const zip = readZip(input);
  if (!zip.ok) return zip;
  const { entries } = sanitizeEntries(zip.value);
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
  // mammoth reads only the parts we unpacked (within the limits), never the original archive.
  const bytes = writeZip(
    entries.map((e): ZipEntry => (e === documentPart ? { name: e.name, data: Buffer.from(marked, 'utf8') } : e)),
  );

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
          if (imageBytes > HTML_IMAGE_BUDGET)
            return { src: '', alt: '[picture left out: the document has too many large pictures]' };
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
  const pageSplit: DocxStructure['pageSplit'] =
    walked.pages.length === 1 ? 'none' : wordLayout ? 'word-layout' : 'explicit';
  const scanned = walked.pages.join('').replace(/\s/g, '').length <= SCANNED_TEXT_MAX_CHARS;
  return ok({
    properties,
    pages: walked.pages,
    pageSplit,
    blocks: walked.blocks,
    notes: walked.notes,
    html,
    pictures: scanned ? pictures : [],
  });
}
