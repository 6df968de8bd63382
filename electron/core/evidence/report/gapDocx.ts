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
import type { GapReport } from './gapModel.ts';

const FONT = 'Arial';
const text = (t: string, opts: { bold?: boolean; size?: number } = {}) =>
  t.split('\n').map(
    (line) =>
      new Paragraph({
        children: [
          new TextRun({ text: line, font: FONT, size: opts.size ?? 17, ...(opts.bold ? { bold: true } : {}) }),
        ],
      }),
  );
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(header: string[], rows: string[][], widths: number[]): Table {
  const mk = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: false,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.PERCENTAGE },
            borders,
            ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E7ECF2', color: 'auto' } } : {}),
            margins: { top: 40, bottom: 40, left: 60, right: 60 },
            children: text(c, { bold: head }),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [mk(header, true), ...rows.map((r) => mk(r, false))],
  });
}

/** The gap report as a Word file (landscape A4), for a solicitor to read or edit. */
export async function gapReportDocx(r: GapReport): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Casebook',
    title: r.title,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 14,
                    children: [
                      `${r.title} · ${r.childName} · page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: r.title, font: FONT, size: 36, bold: true })],
          }),
          ...text(`${r.childName} · ${r.planLine} · prepared ${r.generated}`, { size: 20 }),
          ...text(r.disclaimer, { size: 16 }),
          ...r.notes.flatMap((n) => text(n, { size: 18 })),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: 'Summary', font: FONT, size: 26, bold: true })],
          }),
          table(
            ['Status', 'Count'],
            r.summary.map((s) => [s.label, String(s.count)]),
            [70, 30],
          ),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: 'Recommendations', font: FONT, size: 26, bold: true })],
          }),
          table(
            ['#', 'Source', 'Recommendation', 'What the plan says', 'Status', 'Lost specifics', 'Wording requested'],
            r.rows.map((x) => [x.n, x.source, x.recommendation, x.planSays, x.status, x.lost, x.wording]),
            [3, 11, 20, 17, 9, 18, 22],
          ),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: 'Red pen: the plan itself', font: FONT, size: 26, bold: true })],
          }),
          table(
            ['Where', 'Plan wording', 'Issue', 'Specific version from a report'],
            r.flags.map((f) => [f.where, f.wording, f.issue, f.suggestion]),
            [10, 28, 37, 25],
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
