import { PDFDocument } from '@cantoo/pdf-lib';
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { A4_LANDSCAPE, MARGIN, RULE, TABLE } from '../../evidence/report/gapPdf.ts';
import { PdfFonts } from '../../pdf/fonts.ts';
import { TextFlow } from '../../pdf/textFlow.ts';
import type { ReportBlock } from './checkReportModel.ts';

const FONT = 'Arial';
const paras = (t: string, bold = false, size = 20) =>
  t.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT, size, bold })] }));
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function docxTable(b: Extract<ReportBlock, { kind: 'table' }>): Table {
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: b.widths[i]!, type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border },
            ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E7ECF2', color: 'auto' } } : {}),
            margins: { top: 40, bottom: 40, left: 60, right: 60 },
            children: paras(c, head, 18),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}

/** The bundle check report as a Word file the family can edit before sending. */
export async function checkReportDocx(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const children = blocks.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'title':
        return [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: b.text, font: FONT, size: 36, bold: true })],
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun({ text: b.text, font: FONT, size: 26, bold: true })],
          }),
        ];
      case 'text':
        return paras(b.text, b.bold ?? false);
      case 'table':
        return [docxTable(b), new Paragraph({})];
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
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
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The bundle check report as a PDF (landscape A4, Noto Sans). */
export async function checkReportPdf(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Casebook');
  doc.setProducer('Casebook');
  // Every string goes through the shared fonts (Noto in runs per script): names print as written.
  const footer = (page: number, count: number) => `${title} · page ${page} of ${count}`;
  const isBold = (b: ReportBlock) =>
    b.kind === 'title' || b.kind === 'heading' || (b.kind === 'text' && b.bold === true);
  const texts = (b: ReportBlock): string[] =>
    b.kind === 'table' ? b.rows.flat() : b.kind === 'page-break' ? [] : [b.text];
  const fonts = new PdfFonts(doc);
  await fonts.prepare([footer(1, 1), ...blocks.filter((b) => !isBold(b)).flatMap(texts)]);
  await fonts.prepare(
    [...blocks.filter(isBold).flatMap(texts), ...blocks.flatMap((b) => (b.kind === 'table' ? b.header : []))],
    true,
  );
  const flow = new TextFlow(doc, fonts, A4_LANDSCAPE, MARGIN);
  for (const b of blocks) {
    if (b.kind === 'title') flow.line(b.text, 16, { bold: true, gap: 6 });
    else if (b.kind === 'heading') {
      flow.ensure(60);
      flow.line(b.text, 12, { bold: true, gap: 5 });
    } else if (b.kind === 'text') flow.line(b.text, 9.5, { bold: b.bold ?? false, gap: 4 });
    else if (b.kind === 'table') flow.table(b.header, b.rows, b.widths, TABLE);
    else flow.newPage();
  }
  flow.footers(footer, 7, RULE);
  return doc.save();
}
