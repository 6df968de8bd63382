export { buildGapReport, FLAG_LABELS, type GapReport } from './gapModel.ts';
export { gapReportDocx } from './gapDocx.ts';
export { gapReportPdf } from './gapPdf.ts';
