import type { CheckedDocument, IndexProblem } from '../../../shared/bundleCheck.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { labelsInRange, type IndexEntry } from './bundleIndex.ts';
import { formatLabel, labelRange, type PageLabel } from './labels.ts';
import type { Placement } from './documentStatus.ts';
import { words } from './tokens.ts';

/** How much of an index title's words a document's title, author and file name share (0–1). */
export function titleLikeness(
  entry: string,
  doc: Pick<DocumentSummary, 'title' | 'fileName' | 'author' | 'profession'>,
): number {
  const common = new Set(['report', 'the', 'and', 'of', 'for', 'dr', 'a', 'to', 'by', 'pdf', 'docx']);
  const e = new Set(words(entry).filter((w) => w.length > 2 && !common.has(w) && !/\d/.test(w)));
  const d = new Set(
    words(`${doc.title} ${doc.fileName.replace(/[-_.]/g, ' ')} ${doc.author ?? ''} ${doc.profession ?? ''}`),
  );
  if (e.size === 0) return 0;
  return [...e].filter((w) => d.has(w)).length / e.size;
}

export interface IndexCheckInput {
  entries: IndexEntry[];
  /** Bundle page (0-based) for each printed label. */
  labelPage: Map<string, number>;
  labels: (PageLabel | undefined)[];
  where: Map<number, Placement>;
  docs: DocumentSummary[];
  statuses: CheckedDocument[];
}

/** A document's range as its pages really sit: first to last label, in bundle order. */
function actualRange(p: Placement, labels: (PageLabel | undefined)[]): string | null {
  const ls = p.found.map((f) => labels[f.bundlePage]).filter((l): l is PageLabel => l !== undefined);
  return ls.length ? labelRange(formatLabel(ls[0]!), formatLabel(ls.at(-1)!)) : null;
}

/**
 * Every index entry against the bundle: its range against where the document really sits, and
 * whether its pages exist at all; then the case's documents that are in the bundle but in no
 * entry. An entry is tied to the case document whose pages fill most of its range.
 */
export function checkIndex(input: IndexCheckInput): { problems: IndexProblem[]; notes: Map<number, string> } {
  const problems: IndexProblem[] = [];
  const notes = new Map<number, string>();
  const indexed = new Set<number>();
  const byId = new Map(input.docs.map((d) => [d.documentId, d]));
  for (const e of input.entries) {
    const range = labelsInRange(e);
    const existing = range.filter((l) => input.labelPage.has(l));
    if (existing.length === 0) {
      problems.push({ entry: e.title, listed: e.listed, actual: null, problem: 'pages do not exist' });
      // Whose document was meant to be there: the missing case document the title names best.
      const missing = input.statuses.filter((s) => s.status === 'missing').map((s) => byId.get(s.documentId)!);
      const best = missing.map((d) => ({ d, like: titleLikeness(e.title, d) })).sort((a, b) => b.like - a.like)[0];
      if (best && best.like >= 0.34)
        notes.set(best.d.documentId, `listed in the index at ${e.listed}, but those pages do not exist`);
      continue;
    }
    const pages = new Set(existing.map((l) => input.labelPage.get(l)!));
    const owners = [...input.where.values()]
      .map((p) => ({
        p,
        inRange: p.found.filter((f) => pages.has(f.bundlePage)).length,
        like: titleLikeness(e.title, byId.get(p.documentId)!),
      }))
      .filter((o) => o.inRange > 0)
      .sort((a, b) => b.inRange + b.like - (a.inRange + a.like));
    const owner = owners[0];
    if (!owner) {
      if (existing.length < range.length) {
        problems.push({
          entry: e.title,
          listed: e.listed,
          actual: labelRange(existing[0]!, existing.at(-1)!),
          problem: 'range wrong',
        });
      }
      continue;
    }
    indexed.add(owner.p.documentId);
    const actual = actualRange(owner.p, input.labels);
    if (actual !== null && actual !== e.listed)
      problems.push({ entry: e.title, listed: e.listed, actual, problem: 'range wrong' });
  }
  // Documents the index does not list: found in the bundle, but inside no entry's range.
  const covered = new Set(
    input.entries
      .flatMap((e) => labelsInRange(e))
      .filter((l) => input.labelPage.has(l))
      .map((l) => input.labelPage.get(l)!),
  );
  if (input.entries.length) {
    for (const p of input.where.values()) {
      if (indexed.has(p.documentId) || p.found.some((f) => covered.has(f.bundlePage))) continue;
      const d = byId.get(p.documentId)!;
      problems.push({
        entry: d.title || d.fileName,
        listed: null,
        actual: actualRange(p, input.labels),
        problem: 'not in the index',
      });
    }
  }
  return { problems, notes };
}
