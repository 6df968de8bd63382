import { PDFDocument } from '@cantoo/pdf-lib';
import { BorderStyle, Document, HeadingLevel, Packer, PageBreak, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { embedReportFonts, footPages, Writer } from '../../evidence/report/gapPdf.ts';
import type { ReportBlock } from './checkReportModel.ts';

const FONT = 'Arial';
const paras = (t: string, bold = false, size = 20) => t.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: FONT, size, bold })] }));
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
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))] });
}

/** The bundle check report as a Word file the family can edit before sending. */
export async function checkReportDocx(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const children = blocks.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'title':
        return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: b.text, font: FONT, size: 36, bold: true })] })];
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: b.text, font: FONT, size: 26, bold: true })] })];
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
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The bundle check report as a PDF (landscape A4, Noto Sans). */
export async function checkReportPdf(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Casebook');
  doc.setProducer('Casebook');
  const w = new Writer(doc, await embedReportFonts(doc), () => undefined);
  for (const b of blocks) {
    if (b.kind === 'title') w.line(b.text, 16, true, 6);
    else if (b.kind === 'heading') {
      w.ensure(60);
      w.line(b.text, 12, true, 5);
    } else if (b.kind === 'text') w.line(b.text, 9.5, b.bold ?? false, 4);
    else if (b.kind === 'table') w.table(b.header, b.rows, b.widths);
    else w.newPage();
  }
  footPages(w, title);
  return doc.save();
}
