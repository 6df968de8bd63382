import { docxHeading, docxLines, docxTable, landscapeDocx, type TableStyle } from '../../docx/reportDocx.ts';
import type { GapReport } from './gapModel.ts';

const TABLE: TableStyle = {
  text: { size: 17 },
  headerFill: 'E7ECF2',
  ruleColor: '999999',
  sidePadding: 60,
  cantSplit: false,
};

/** The gap report as a Word file (landscape A4), for a solicitor to read or edit. */
export async function gapReportDocx(r: GapReport): Promise<Uint8Array> {
  return landscapeDocx(
    r.title,
    [
      docxHeading(r.title, 'title'),
      ...docxLines(`${r.childName} · ${r.planLine} · prepared ${r.generated}`, { size: 20 }),
      ...docxLines(r.disclaimer, { size: 16 }),
      ...r.notes.flatMap((n) => docxLines(n, { size: 18 })),
      docxHeading('Summary', 'section'),
      docxTable(
        ['Status', 'Count'],
        r.summary.map((s) => [s.label, String(s.count)]),
        [70, 30],
        TABLE,
      ),
      docxHeading('Recommendations', 'section'),
      docxTable(
        ['#', 'Source', 'Recommendation', 'What the plan says', 'Status', 'Lost specifics', 'Wording requested'],
        r.rows.map((x) => [x.n, x.source, x.recommendation, x.planSays, x.status, x.lost, x.wording]),
        [3, 11, 20, 17, 9, 18, 22],
        TABLE,
      ),
      docxHeading('Red pen: the plan itself', 'section'),
      docxTable(
        ['Where', 'Plan wording', 'Issue', 'Specific version from a report'],
        r.flags.map((f) => [f.where, f.wording, f.issue, f.suggestion]),
        [10, 28, 37, 25],
        TABLE,
      ),
    ],
    { text: `${r.title} · ${r.childName}`, style: { size: 14 }, centred: true },
  );
}
