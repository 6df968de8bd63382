import type { BundleBuildResult, BundleChange } from '../../../shared/bundle.ts';

const range = (d: { startLabel: string; endLabel: string }) =>
  d.startLabel === d.endLabel ? d.startLabel : `${d.startLabel}–${d.endLabel}`;

/**
 * What changed between two builds, document by document, in the words a letter would use
 * ("B12–B20 moved to B15–B23"), so citations in the working document can be updated.
 */
export function diffVersions(before: BundleBuildResult, after: BundleBuildResult): BundleChange[] {
  const old = new Map(before.documents.map((d) => [d.documentId, d]));
  const now = new Map(after.documents.map((d) => [d.documentId, d]));
  const changes: BundleChange[] = [];
  for (const d of after.documents) {
    const o = old.get(d.documentId);
    if (!o) {
      changes.push({
        kind: 'added',
        documentId: d.documentId,
        fileName: d.fileName,
        after: range(d),
        message: `"${d.fileName}" added at ${range(d)}.`,
      });
    } else if (o.pages !== d.pages) {
      changes.push({
        kind: 'resized',
        documentId: d.documentId,
        fileName: d.fileName,
        before: range(o),
        after: range(d),
        message: `"${d.fileName}" now has ${d.pages} pages (was ${o.pages}): ${range(o)} is now ${range(d)}.`,
      });
    } else if (range(o) !== range(d)) {
      changes.push({
        kind: 'moved',
        documentId: d.documentId,
        fileName: d.fileName,
        before: range(o),
        after: range(d),
        message: `${range(o)} moved to ${range(d)} ("${d.fileName}").`,
      });
    } else {
      changes.push({
        kind: 'unchanged',
        documentId: d.documentId,
        fileName: d.fileName,
        before: range(o),
        after: range(d),
        message: `"${d.fileName}" still at ${range(d)}.`,
      });
    }
  }
  for (const o of before.documents) {
    if (!now.has(o.documentId)) {
      changes.push({
        kind: 'removed',
        documentId: o.documentId,
        fileName: o.fileName,
        before: range(o),
        message: `"${o.fileName}" (was ${range(o)}) is no longer in the bundle.`,
      });
    }
  }
  return changes;
}
