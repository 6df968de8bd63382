import { z } from 'zod';

/**
 * The shape each importer keeps of a file, stored as JSON beside its page text
 * (`document_structure`). Later jobs read it instead of re-parsing the original: the evidence map
 * splits a Word plan into Sections A–K from `blocks`, the bundle renders a Word file from `html`,
 * the correspondence log fills itself from an email's headers. Parse with these schemas.
 */

export interface DocxHeading {
  type: 'heading';
  /** 0 for the document's Title style, else the Heading level (1–9). */
  level: number;
  text: string;
  /** Page (1-based, as split by the importer) on which the block starts. */
  page: number;
  style?: string;
}
export interface DocxParagraph {
  type: 'paragraph';
  text: string;
  page: number;
  style?: string;
  /** Every run bold: many plans make headings this way instead of with heading styles. */
  bold?: boolean;
  /** `label`: the number Word prints before the item ("3.", "b)"), computed from numbering.xml. */
  list?: { level: number; ordered: boolean; label?: string };
}
export interface DocxTableCell {
  /** The cell's blocks as plain text, one line per paragraph. */
  text: string;
  /** Headings, paragraphs and nested tables inside the cell (plans often put headings here). */
  blocks: DocxBlock[];
  colSpan?: number;
  rowSpan?: number;
}
export interface DocxTable {
  type: 'table';
  page: number;
  rows: { cells: DocxTableCell[]; header?: boolean }[];
}
export type DocxBlock = DocxHeading | DocxParagraph | DocxTable;

const Block: z.ZodType<DocxBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('heading'),
      level: z.number().int(),
      text: z.string(),
      page: z.number().int(),
      style: z.string().optional(),
    }),
    z.object({
      type: z.literal('paragraph'),
      text: z.string(),
      page: z.number().int(),
      style: z.string().optional(),
      bold: z.boolean().optional(),
      list: z.object({ level: z.number().int(), ordered: z.boolean(), label: z.string().optional() }).optional(),
    }),
    z.object({
      type: z.literal('table'),
      page: z.number().int(),
      rows: z.array(
        z.object({
          cells: z.array(
            z.object({
              text: z.string(),
              blocks: z.array(Block),
              colSpan: z.number().int().optional(),
              rowSpan: z.number().int().optional(),
            }),
          ),
          header: z.boolean().optional(),
        }),
      ),
    }),
  ]),
);

export const DocxStructure = z.object({
  format: z.literal('docx/1'),
  /** docProps/core.xml: what Word shows under File › Info. */
  properties: z.object({
    title: z.string().optional(),
    creator: z.string().optional(),
    lastModifiedBy: z.string().optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
  }),
  /**
   * How pages were split: 'word-layout' when Word recorded where its pages began, 'explicit'
   * when only page/section breaks were found, 'none' when the file is one page of text,
   * 'pictures' when the file held only scans, read by OCR a page per picture. A PDF rendering
   * attached later (rendition 'pdf') is the authority for bundle page numbers.
   */
  pageSplit: z.enum(['word-layout', 'explicit', 'none', 'pictures']),
  blocks: z.array(Block),
  /** Footnotes and endnotes, numbered [1], [2]… in reading order as in the page text. */
  notes: z.array(
    z.object({
      kind: z.enum(['footnote', 'endnote']),
      number: z.number().int(),
      text: z.string(),
      page: z.number().int(),
    }),
  ),
  /** mammoth's HTML of the whole file (pictures inline as data: URIs), for rendering to PDF. */
  html: z.string(),
});
export type DocxStructure = z.infer<typeof DocxStructure>;

/**
 * Where each piece of a PDF's text sits on its page, kept so that tables can be rebuilt (a cell
 * that wraps stays in its row, a row that breaks across a page joins up again), running headers
 * and footers found, and bullets told from their sub-bullets by indentation. An item is
 * `[x, baseline, width, height, text]` with the origin at the page's top left, y growing down: in
 * points for a text layer, in image pixels for a page read by OCR (`source: 'ocr'`), where items
 * of one printed line share one baseline.
 */
export const PdfLayoutItem = z.tuple([z.number(), z.number(), z.number(), z.number(), z.string()]);
export type PdfLayoutItem = z.infer<typeof PdfLayoutItem>;
export const PdfLayoutPage = z.object({
  page: z.number().int().positive(),
  source: z.enum(['text', 'ocr']),
  items: z.array(PdfLayoutItem),
});
export type PdfLayoutPage = z.infer<typeof PdfLayoutPage>;
export const PdfLayout = z.object({ format: z.literal('pdf-layout/1'), pages: z.array(PdfLayoutPage) });
export type PdfLayout = z.infer<typeof PdfLayout>;

const Address = z.object({ name: z.string().optional(), address: z.string().optional() });
export type EmailAddress = z.infer<typeof Address>;

export const EmailStructure = z.object({
  format: z.literal('email/1'),
  from: z.array(Address),
  to: z.array(Address),
  cc: z.array(Address),
  replyTo: z.array(Address),
  subject: z.string().optional(),
  /** The Date header as an ISO 8601 instant (UTC); `dateLocal` is the same day in England. */
  date: z.string().optional(),
  dateLocal: z.iso.date().optional(),
  messageId: z.string().optional(),
  inReplyTo: z.string().optional(),
  references: z.array(z.string()),
  /** Every part that was a file, and whether it became its own document. */
  attachments: z.array(
    z.object({
      fileName: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      imported: z.boolean(),
      /** Why a part was not imported (e.g. a logo in the signature). */
      skipped: z.string().optional(),
    }),
  ),
});
export type EmailStructure = z.infer<typeof EmailStructure>;
