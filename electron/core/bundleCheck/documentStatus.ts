import { formatDay } from '../../../shared/deadlineWords.ts';
import type { CheckedDocument, VersionDifference } from '../../../shared/bundleCheck.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { guessDate } from '../importers/guessDate.ts';
import { formatLabel, labelRuns, type PageLabel } from './labels.ts';
import type { PageMatch } from './pageMatch.ts';
import type { BundlePage } from './readBundle.ts';
import { differences } from './textDiff.ts';

export interface CaseDocument {
  doc: DocumentSummary;
  pages: string[];
}

/** Where one case document is in the bundle: its pages and the bundle pages holding them. */
export interface Placement {
  documentId: number;
  /** Bundle page (0-based) per document page (1-based) it was found on, in bundle order. */
  found: { page: number; bundlePage: number }[];
}

export function placements(matches: PageMatch[][]): Map<number, Placement> {
  const out = new Map<number, Placement>();
  matches.forEach((list, bundlePage) => {
    for (const m of list) {
      const p = out.get(m.documentId) ?? { documentId: m.documentId, found: [] };
      p.found.push({ page: m.page, bundlePage });
      out.set(m.documentId, p);
    }
  });
  return out;
}

/**
 * Differences that show another version. From text layers, any. From OCR, at least two places
 * on one page: a single misread line in a scan (a smudged date, a word lost in a fold) is not a
 * new version, however many copies of the document the bundle holds.
 */
const substantial = (perPage: number[], allOcr: boolean) => perPage.some((n) => n >= (allOcr ? 2 : 1));

/**
 * Each case document's status in the bundle: present (every page found), incomplete (some pages
 * absent), older-version (found, but its text differs: the lines are returned side by side),
 * or missing.
 */
export function documentStatuses(
  docs: CaseDocument[],
  where: Map<number, Placement>,
  bundle: BundlePage[],
  labels: (PageLabel | undefined)[],
): { documents: CheckedDocument[]; differences: VersionDifference[]; toReadWhole: number[] } {
  const documents: CheckedDocument[] = [];
  const diffs: VersionDifference[] = [];
  // Documents a difference was seen in on a partly read scan, too little to call a version yet.
  const toReadWhole: number[] = [];
  for (const { doc, pages } of docs) {
    const placed = where.get(doc.documentId);
    if (!placed || placed.found.length === 0) {
      documents.push({ documentId: doc.documentId, fileName: doc.fileName, status: 'missing' });
      continue;
    }
    const pagesFound = [...new Set(placed.found.map((f) => f.page))].sort((a, b) => a - b);
    const pagesMissing = pages.map((_, i) => i + 1).filter((p) => !pagesFound.includes(p));
    const docDiffs: VersionDifference[] = [];
    const perPage: number[] = [];
    for (const f of placed.found) {
      const before = docDiffs.length;
      const bp = bundle[f.bundlePage]!;
      const label = labels[f.bundlePage];
      for (const d of differences(pages[f.page - 1] ?? '', bp.text, { ocr: bp.ocr, partial: bp.partial })) {
        docDiffs.push({
          documentId: doc.documentId,
          page: f.page,
          ...(label ? { label: formatLabel(label) } : {}),
          ...d,
        });
      }
      perPage.push(docDiffs.length - before);
    }
    const pageLabels = placed.found.map((f) => labels[f.bundlePage]).filter((l): l is PageLabel => l !== undefined);
    const labelText = pageLabels.length ? labelRuns(pageLabels) : undefined;
    const scanned = placed.found.filter((f) => bundle[f.bundlePage]!.ocr).length;
    if (docDiffs.length && placed.found.some((f) => bundle[f.bundlePage]!.partial)) toReadWhole.push(doc.documentId);
    const base = { documentId: doc.documentId, fileName: doc.fileName, ...(labelText ? { labels: labelText } : {}) };
    if (
      substantial(
        perPage,
        placed.found.every((f) => bundle[f.bundlePage]!.ocr),
      )
    ) {
      diffs.push(...docDiffs);
      const bundleDate = guessDate(placed.found.map((f) => bundle[f.bundlePage]!.text).join('\n'));
      const dated =
        bundleDate && doc.date && bundleDate !== doc.date
          ? `the bundle holds a version dated ${formatDay(bundleDate)}; the case holds the ${formatDay(doc.date)} version`
          : 'the bundle holds a different version';
      documents.push({
        ...base,
        status: 'older-version',
        pagesFound,
        ...(pagesMissing.length ? { pagesMissing } : {}),
        note: `${dated}: ${docDiffs.length} passage${docDiffs.length === 1 ? ' differs' : 's differ'}`,
      });
      continue;
    }
    const note = scanned
      ? scanned === placed.found.length
        ? 'included as a scanned copy (read by OCR)'
        : `${scanned} of its pages are scanned copies (read by OCR)`
      : undefined;
    if (pagesMissing.length) {
      documents.push({ ...base, status: 'incomplete', pagesFound, pagesMissing, ...(note ? { note } : {}) });
    } else {
      documents.push({ ...base, status: 'present', pagesFound, ...(note ? { note } : {}) });
    }
  }
  return { documents, differences: diffs, toReadWhole };
}
