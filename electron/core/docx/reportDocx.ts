import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/*
 * The pieces every Word report Casebook writes is made of (the gap report, the amendments sought,
 * the bundle check report): landscape A4 with half-inch margins, Arial, tables with a shaded
 * header row that repeats on each page, and an optional "… · page N of M" footer.
 */

const FONT = 'Arial';

export interface TextStyle {
  bold?: boolean;
  /** Half-points, as Word counts them (20 = 10 pt). */
  size?: number;
  color?: string;
}

const run = (text: string, s: TextStyle) =>
  new TextRun({
    text,
    font: FONT,
    ...(s.size ? { size: s.size } : {}),
    ...(s.bold ? { bold: true } : {}),
    ...(s.color ? { color: s.color } : {}),
  });

/** One paragraph per line of `text`. */
export const docxLines = (text: string, style: TextStyle = {}): Paragraph[] =>
  text.split('\n').map((line) => new Paragraph({ children: [run(line, style)] }));

/** The report's title, or a section heading (`spaced`: room above and below it). */
export const docxHeading = (
  text: string,
  level: 'title' | 'section',
  opts: { color?: string; spaced?: boolean } = {},
): Paragraph =>
  new Paragraph({
    heading: level === 'title' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1,
    ...(opts.spaced ? { spacing: { before: 240, after: 120 } } : {}),
    children: [
      run(text, { bold: true, size: level === 'title' ? 36 : 26, ...(opts.color ? { color: opts.color } : {}) }),
    ],
  });

export interface TableStyle {
  /** Cell text. */
  text: TextStyle;
  /** The header row's shading and the rules' colour. */
  headerFill: string;
  ruleColor: string;
  /** Left and right padding of a cell, in twentieths of a point. */
  sidePadding: number;
  /** Whether a row may break across pages (Word's default) — said outright where a report needs it. */
  cantSplit?: boolean;
}

/** A full-width table: the header row shaded and repeated on each page, widths in percent. */
export function docxTable(header: string[], rows: string[][], widths: number[], style: TableStyle): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: style.ruleColor };
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      ...(style.cantSplit !== undefined ? { cantSplit: style.cantSplit } : {}),
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border },
            ...(head ? { shading: { type: ShadingType.CLEAR, fill: style.headerFill, color: 'auto' } } : {}),
            margins: { top: 40, bottom: 40, left: style.sidePadding, right: style.sidePadding },
            children: docxLines(c, { ...style.text, ...(head ? { bold: true } : {}) }),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

export interface ReportFooter {
  /** Printed before "page N of M". */
  text: string;
  style: TextStyle;
  centred?: boolean;
}

/** A landscape A4 Word file of these paragraphs and tables, with the footer if given. */
export async function landscapeDocx(
  title: string,
  children: (Paragraph | Table)[],
  footer?: ReportFooter,
): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Casebook',
    title,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        ...(footer
          ? {
              footers: {
                default: new Footer({
                  children: [
                    new Paragraph({
                      ...(footer.centred ? { alignment: AlignmentType.CENTER } : {}),
                      children: [
                        new TextRun({
                          font: FONT,
                          ...(footer.style.size ? { size: footer.style.size } : {}),
                          ...(footer.style.color ? { color: footer.style.color } : {}),
                          children: [`${footer.text} · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                        }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
