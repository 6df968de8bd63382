import type { BundleProfile } from '../../../shared/bundle.ts';
import type { BundleCheckReport, CheckWarning, ExtraPages, VersionDifference } from '../../../shared/bundleCheck.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { INDEX_LOOKAHEAD, isDividerPage, looksLikeIndex, ocrIndexLine, readIndex } from './bundleIndex.ts';
import { indexedDocumentRules, sectionLimits } from './bundleLimits.ts';
import { documentStatuses, placements, type CaseDocument } from './documentStatus.ts';
import { checkIndex } from './indexChecks.ts';
import {
  findLabel,
  formatLabel,
  labelRuns,
  labelSequenceProblems,
  repairScannedLabels,
  type PageLabel,
} from './labels.ts';
import { CasePageIndex, matchPages, SURE_MATCH } from './pageMatch.ts';
import type { BundlePage } from './readBundle.ts';

/** What the check needs from a reader: every page, and all of a page read only in part. */
export interface PageSource {
  pageCount: number;
  damaged: boolean;
  failedPages: number[];
  readAll(settles?: (text: string) => boolean): Promise<BundlePage[]>;
  readWhole(page: number): Promise<BundlePage>;
}

export interface CheckInput {
  documents: CaseDocument[];
  profile: BundleProfile;
  appealType?: string;
  /** The day expert reports' age is judged on: the hearing date when known. */
  today: string;
}

const LETTERS = /\p{L}/gu;

/** A page's text as the index is read from it: a scan's words in printed rows, ranges as printed. */
const indexText = (p: BundlePage) => (p.rows ? p.rows.split('\n').map(ocrIndexLine).join('\n') : p.text);

/**
 * A scanned index is read whole, page by page while it goes on: its entries run down the page,
 * past the part read to identify it. A later page is read whole only when what was read of it
 * goes on with the index.
 */
async function readScannedIndex(bundle: BundlePage[], readWhole: (page: number) => Promise<void>): Promise<void> {
  const start = bundle.slice(0, INDEX_LOOKAHEAD).findIndex((p) => p.partial && looksLikeIndex(p.text));
  if (start < 0) return;
  for (let p = start; p < Math.min(bundle.length, INDEX_LOOKAHEAD) && bundle[p]!.partial; p++) {
    const continues = readIndex(bundle.slice(start, p + 1).map(indexText)).indexPages.at(-1) === p - start;
    if (p > start && !continues) return;
    await readWhole(p);
  }
}

const warnings = (code: CheckWarning['code'], message: string, labels: string[] = []): CheckWarning => ({
  code,
  message,
  labels,
});

/**
 * Checks a bundle against the case's documents: statuses per document, pages that match nothing
 * (extra), the index against the pages, labels, blank pages, page limits and expert reports.
 */
export async function checkBundle(
  source: PageSource,
  input: CheckInput,
  job: JobOptions = {},
): Promise<{ report: BundleCheckReport; differences: VersionDifference[]; ocrPages: number; partialPages: number }> {
  const casePages = input.documents.flatMap((d) =>
    d.pages.map((text, i) => ({ documentId: d.doc.documentId, page: i + 1, text })),
  );
  const caseIndex = new CasePageIndex(casePages);
  const bundle = await source.readAll((text) => caseIndex.settles(text));
  const readWhole = async (pages: number[], message: (i: number) => string) => {
    for (const [n, i] of pages.entries()) {
      if (job.signal?.aborted) throw new DOMException('The bundle check was cancelled.', 'AbortError');
      job.onProgress?.({ message: message(i), done: n, total: pages.length });
      bundle[i] = await source.readWhole(i);
    }
  };
  await readScannedIndex(bundle, (p) => readWhole([p], (i) => `Reading the index on scanned page ${i + 1}`));
  const index = readIndex(bundle.map(indexText));
  const prefixes = new Set([
    ...index.entries.flatMap((e) => [e.from.prefix, e.to.prefix]),
    ...index.headings.map((h) => h.letter),
  ]);
  const indexPages = new Set(index.indexPages);
  const forMatching = () => bundle.map((p, i) => (indexPages.has(i) ? { text: '', partial: false } : p));

  let matches = matchPages(caseIndex, forMatching());
  // Partly read scans that are neither surely a case page nor surely foreign: read whole, match again.
  const unsure = bundle.flatMap((p, i) =>
    p.partial && (!caseIndex.settles(p.text) || (matches[i]![0]?.score ?? 1) < SURE_MATCH) ? [i] : [],
  );
  await readWhole(unsure, (i) => `Reading all of scanned page ${i + 1}`);
  if (unsure.length) matches = matchPages(caseIndex, forMatching());

  const labels: (PageLabel | undefined)[] = bundle.map((p, i) =>
    indexPages.has(i) ? undefined : findLabel(p.edgeText, { ocr: p.ocr, prefixes }),
  );
  repairScannedLabels(
    labels,
    bundle.map((p) => p.ocr),
  );
  let where = placements(matches);
  let statuses = documentStatuses(input.documents, where, bundle, labels);
  // A document that seems to differ, however little: its partly read pages are read whole, so
  // every difference shown is real and none further down its pages is missed.
  const recheck = [
    ...new Set(
      [...new Set([...statuses.differences.map((d) => d.documentId), ...statuses.toReadWhole])].flatMap((id) =>
        where
          .get(id)!
          .found.filter((f) => bundle[f.bundlePage]!.partial)
          .map((f) => f.bundlePage),
      ),
    ),
  ];
  if (recheck.length) {
    await readWhole(recheck, (i) => `Reading all of scanned page ${i + 1}, to show what differs`);
    matches = matchPages(caseIndex, forMatching());
    where = placements(matches);
    statuses = documentStatuses(input.documents, where, bundle, labels);
  }

  const labelPage = new Map<string, number>();
  labels.forEach((l, i) => {
    if (l && !labelPage.has(formatLabel(l))) labelPage.set(formatLabel(l), i);
  });
  const { problems, notes } = checkIndex({
    entries: index.entries,
    labelPage,
    labels,
    where,
    docs: input.documents.map((d) => d.doc),
    statuses: statuses.documents,
  });
  const documents = statuses.documents.map((d) =>
    notes.has(d.documentId) && !d.note ? { ...d, note: notes.get(d.documentId)! } : d,
  );

  const firstLabelled = labels.findIndex((l) => l !== undefined);
  const front = (i: number) => indexPages.has(i) || (firstLabelled >= 0 && i < firstLabelled);
  // Divider pages between sections carry no evidence, and often no label.
  const divider = (i: number) => !indexPages.has(i) && isDividerPage(bundle[i]!.text);
  const out: CheckWarning[] = [];
  if (source.damaged)
    out.push(
      warnings(
        'damaged-file',
        'The bundle file is damaged (it may be cut short). Casebook read what it could; ask the council for a complete copy.',
      ),
    );
  if (index.entries.length === 0)
    out.push(
      warnings(
        'no-index',
        'Casebook found no index at the front of the bundle. The practice direction expects one, with page ranges for every document.',
      ),
    );
  for (const p of labelSequenceProblems(
    labels.map((l, i) => (front(i) ? undefined : l)),
    divider,
  )) {
    out.push(warnings(p.kind === 'unlabelled' ? 'unlabelled' : `label-${p.kind}`, p.message, p.labels));
  }
  const failed = new Set(source.failedPages);
  bundle.forEach((p, i) => {
    if (indexPages.has(i)) return;
    const where = labels[i] ? formatLabel(labels[i]!) : `page ${i + 1} of the PDF`;
    const lettersRead = p.text.replace(/^\s*[A-Z]{1,2}\s?\d{1,4}\s*$/gm, '').match(LETTERS)?.length ?? 0;
    if (failed.has(i))
      out.push(
        warnings('unreadable-page', `${where} cannot be opened: the page is damaged.`, labels[i] ? [where] : []),
      );
    else if (lettersRead < 3 && !p.partial)
      out.push(warnings('blank-page', `${where} is blank.`, labels[i] ? [where] : []));
    else if (p.ocr && (p.confidence ?? 100) < 50)
      out.push(
        warnings(
          'unreadable-page',
          `${where} is hard to read (a faint or skewed scan). Check it, and ask for a clear copy if you cannot read it either.`,
          labels[i] ? [where] : [],
        ),
      );
  });

  const readInPart = bundle.filter((p) => p.partial).length;
  if (readInPart)
    out.push(
      warnings(
        'read-in-part',
        `To be quick, Casebook read the top of ${readInPart === 1 ? 'one scanned page' : `${readInPart} scanned pages`} (enough to tell which of your documents ${readInPart === 1 ? 'it is' : 'they are'}), not every word. A change further down such a page would not show here. To compare every line, check again reading every word of scanned pages (in the app, tick “Read every word of scanned pages”; with casebook, add --full-ocr). It takes longer.`,
      ),
    );

  const limits = sectionLimits(labels, index.headings, input.profile, input.appealType);
  for (const l of limits.filter((x) => x.over)) {
    out.push(
      warnings(
        'page-limit',
        `Section ${l.section} (${l.title}) has ${l.pages} pages, ${l.pages - l.limit} over the limit of ${l.limit}${l.source ? ` (${l.source})` : ''}.`,
        [l.section],
      ),
    );
  }
  out.push(...indexedDocumentRules(index.entries, labelPage, input.profile, input.today));

  const extra: ExtraPages[] = [];
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const ls = run.map((i) => labels[i]).filter((l): l is PageLabel => l !== undefined);
    const text = run
      .map((i) => bundle[i]!.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    extra.push({
      labels: ls.length
        ? labelRuns(ls)
        : `PDF page${run.length > 1 ? 's' : ''} ${run[0]! + 1}${run.length > 1 ? `–${run.at(-1)! + 1}` : ''}`,
      text: text.length > 160 ? `${text.slice(0, 157)}…` : text,
    });
    run = [];
  };
  bundle.forEach((p, i) => {
    const blank = (p.text.match(LETTERS)?.length ?? 0) < 3;
    if (front(i) || divider(i) || matches[i]!.length > 0 || blank) return flush();
    if (run.length && labels[run.at(-1)!]?.prefix !== labels[i]?.prefix) flush();
    run.push(i);
  });
  flush();

  const report: BundleCheckReport = {
    pages: source.pageCount,
    documents,
    extra,
    index: problems,
    limits,
    warnings: out.map((w) => ({ ...w, labels: w.labels ?? [] })),
  };
  return {
    report,
    differences: statuses.differences,
    ocrPages: bundle.filter((p) => p.ocr).length,
    partialPages: bundle.filter((p) => p.partial).length,
  };
}
