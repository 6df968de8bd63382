import type { DocumentSummary } from '../../../shared/documents.ts';
import { reportName } from '../../../shared/reportName.ts';

/** documentId → the report's name, for every document in the case (shared/reportName.ts). */
export const reportNames = (docs: DocumentSummary[]): Map<number, string> =>
  new Map(docs.map((d) => [d.documentId, reportName(d, { withDate: false })]));
