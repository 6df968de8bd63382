import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { PdfFonts } from '../../pdf/fonts.ts';
import { TextFlow } from '../../pdf/textFlow.ts';
import type { GapReport } from './gapModel.ts';

/** Landscape A4 report pages: the gap report's and the bundle check's. */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
export const MARGIN = 36;
export const RULE = rgb(0.6, 0.62, 0.66);
export const TABLE = { size: 7.5, lead: 9.5, border: RULE, headFill: rgb(0.906, 0.925, 0.949) };

const SUMMARY_HEAD = ['Status', 'Count'];
const ROWS_HEAD = [
  '#',
  'Source',
  'Recommendation',
  'What the plan says',
  'Status',
  'Lost specifics',
  'Wording requested',
];
const FLAGS_HEAD = ['Where', 'Plan wording', 'Issue', 'Specific version from a report'];

/**
 * The gap report as a PDF (landscape A4) for a solicitor or the tribunal bundle. Noto in runs per
 * script (the fonts every Casebook PDF uses), so a child's name in any script prints as written.
 */
export async function gapReportPdf(r: GapReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(r.title);
  doc.setCreator('Casebook');
  doc.setProducer('Casebook');
  const summary = r.summary.map((s) => [s.label, String(s.count)]);
  const rows = r.rows.map((x) => [x.n, x.source, x.recommendation, x.planSays, x.status, x.lost, x.wording]);
  const flags = r.flags.map((x) => [x.where, x.wording, x.issue, x.suggestion]);
  const fonts = new PdfFonts(doc);
  const footer = (page: number, count: number) => `${r.title} · ${r.childName} · page ${page} of ${count}`;
  await fonts.prepare([
    r.childName,
    r.planLine,
    r.generated,
    r.disclaimer,
    footer(1, 1),
    ...summary.flat(),
    ...rows.flat(),
    ...flags.flat(),
  ]);
  await fonts.prepare(
    [
      r.title,
      ...r.notes,
      'Summary Recommendations Red pen: the plan itself',
      ...SUMMARY_HEAD,
      ...ROWS_HEAD,
      ...FLAGS_HEAD,
    ],
    true,
  );

  const flow = new TextFlow(doc, fonts, A4_LANDSCAPE, MARGIN);
  flow.line(r.title, 16, { bold: true, gap: 6 });
  flow.line(`${r.childName} · ${r.planLine} · prepared ${r.generated}`, 9.5, { gap: 3 });
  flow.line(r.disclaimer, 8, { gap: 8 });
  for (const n of r.notes) flow.line(n, 9, { bold: true });
  flow.line('Summary', 12, { bold: true, gap: 5 });
  flow.table(SUMMARY_HEAD, summary, [22, 8], TABLE);
  flow.line('Recommendations', 12, { bold: true, gap: 5 });
  flow.table(ROWS_HEAD, rows, [3, 11, 20, 17, 8, 18, 23], TABLE);
  flow.ensure(80);
  flow.line('Red pen: the plan itself', 12, { bold: true, gap: 5 });
  flow.table(FLAGS_HEAD, flags, [9, 27, 39, 25], TABLE);
  flow.footers(footer, 7, RULE);
  return doc.save();
}
