import { PDFDocument } from '@cantoo/pdf-lib';
import { PageBreak, Paragraph, type Table } from 'docx';
import { docxHeading, docxLines, docxTable, landscapeDocx, type TableStyle } from '../../docx/reportDocx.ts';
import { A4_LANDSCAPE, MARGIN, RULE, TABLE } from '../../evidence/report/gapPdf.ts';
import { PdfFonts } from '../../pdf/fonts.ts';
import { TextFlow } from '../../pdf/textFlow.ts';
import type { ReportBlock } from './checkReportModel.ts';

const DOCX_TABLE: TableStyle = { text: { size: 18 }, headerFill: 'E7ECF2', ruleColor: '999999', sidePadding: 60 };

/** The bundle check report as a Word file the family can edit before sending. */
export async function checkReportDocx(blocks: ReportBlock[], title: string): Promise<Uint8Array> {
  const children = blocks.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'title':
        return [docxHeading(b.text, 'title')];
      case 'heading':
        return [docxHeading(b.text, 'section')];
      case 'text':
        return docxLines(b.text, { size: 20, ...(b.bold ? { bold: true } : {}) });
      case 'table':
        return [docxTable(b.header, b.rows, b.widths, DOCX_TABLE), new Paragraph({})];
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
  return landscapeDocx(title, children);
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
