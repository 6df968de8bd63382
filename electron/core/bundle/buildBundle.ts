import { PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import {
  BundleOptions,
  type BundleBuildResult,
  type BundleDocumentResult,
  type DocxRenderer,
  type PageMapEntry,
} from '../../../shared/bundle.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { latestBundleVersion } from '../store/bundle.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { anonymiser } from './anonymise.ts';
import { addBookmarks, type Bookmark } from './bookmarks.ts';
import { collectDocuments } from './collectDocuments.ts';
import { formatDay } from '../../../shared/deadlineWords.ts';
import { toRoman } from '../../../shared/romanNumerals.ts';
import { drawCover, drawDivider } from './coverPage.ts';
import { PdfFonts } from '../pdf/fonts.ts';
import { drawIndex, indexPageCount, layoutIndex, type IndexRow } from './indexPages.ts';
import { A4 } from './pageGeometry.ts';
import { planBundle } from './planBundle.ts';
import { stampPage } from './stampPages.ts';
import { checkPageLimits } from './pageLimits.ts';

export interface BuildServices {
  renderer?: DocxRenderer;
  ocr?: OcrEngine;
  /** The build date (tests fix it); defaults to now. */
  now?: Date;
  /** Documents to leave out with a reason (a watchdog found them hanging a previous attempt). */
  skip?: ReadonlyMap<number, string>;
  onDocumentStart?: (documentId: number) => void;
}

export interface BuiltBundle {
  pdf: Uint8Array;
  profileId: string;
  pack?: string;
  result: BundleBuildResult;
  pageMap: Omit<PageMapEntry, 'version'>[];
  /** What it was built from, saved with the version (an unchanged rebuild is noticed before it starts). */
  inputs: string;
}

/**
 * Builds the bundle PDF: cover, index (every line a link), optional dividers, then each section's
 * documents, every page stamped with its label (front matter in roman numerals, documents as
 * section letter + number, "B12"), with bookmarks section → document. Does not save a version:
 * `buildAndSaveBundle` does that, so a failed write never leaves a version without its file.
 */
export async function buildBundle(
  store: CaseStore,
  input: BundleOptions,
  services: BuildServices = {},
  job: JobOptions = {},
): Promise<Result<BuiltBundle>> {
  const opts = BundleOptions.parse(input);
  const planned = planBundle(store, opts);
  if (!planned.ok) return planned;
  const { plan, profile, docs, fingerprint } = planned.value;
  const info = getCaseInfo(store);
  const anon = opts.anonymise ? anonymiser(info.childName) : (t: string) => t;
  const version = (latestBundleVersion(store) ?? 0) + 1;
  const today = (services.now ?? new Date()).toISOString().slice(0, 10);
  const dividers = opts.dividers ?? profile.dividers;

  const out = await PDFDocument.create();
  const fonts = new PdfFonts(out);
  await fonts.prepare(['i'], false);
  const textFont = fonts.latin();
  const prepare = {
    store,
    ...(services.renderer ? { renderer: services.renderer } : {}),
    ...(services.ocr ? { ocr: services.ocr } : {}),
    ...(job.signal ? { signal: job.signal } : {}),
  };
  const hooks = {
    ...(services.skip ? { skip: services.skip } : {}),
    ...(services.onDocumentStart ? { onDocumentStart: services.onDocumentStart } : {}),
  };
  const collection = await collectDocuments(
    out,
    plan.sections,
    docs,
    prepare,
    textFont,
    opts.documentTimeoutSeconds * 1000,
    job,
    hooks,
  );

  // Labels: section letter + running number from 1 (the court-bundle convention, DOMAIN.md §4).
  const rows: IndexRow[] = [];
  const results: BundleDocumentResult[] = [];
  const sectionRanges: { letter: string; title: string; startLabel: string | null; endLabel: string | null }[] = [];
  for (const { section, documents } of collection.sections) {
    let n = 0;
    const first = documents.length ? `${section.letter}1` : null;
    const docRows: IndexRow[] = [];
    for (const d of documents) {
      const start = `${section.letter}${n + 1}`;
      n += d.pages.length;
      const end = `${section.letter}${n}`;
      results.push({
        documentId: d.planned.documentId,
        fileName: d.planned.fileName,
        section: section.letter,
        pages: d.pages.length,
        startPage: 0,
        endPage: 0,
        startLabel: start,
        endLabel: end,
        ...(d.note ? { note: d.note } : {}),
      });
      docRows.push({
        kind: 'document',
        title: anon(d.planned.title),
        ...(d.planned.author ? { author: anon(d.planned.author) } : {}),
        ...(d.planned.date ? { date: d.planned.date.split('-').reverse().join('/') } : {}),
        range: start === end ? start : `${start}–${end}`,
        ...(d.rasterised ? { note: 'Pages shown as pictures: the file is damaged.' } : {}),
      });
    }
    const last = n ? `${section.letter}${n}` : null;
    sectionRanges.push({ letter: section.letter, title: section.title, startLabel: first, endLabel: last });
    rows.push(
      {
        kind: 'section',
        title: `${section.letter}. ${section.title}`,
        range: first && last ? `${first}–${last}` : 'no documents',
      },
      ...docRows,
    );
  }

  const texts = rows.flatMap((r) => [r.title, r.author ?? '', r.note ?? '', r.range, r.date ?? '']);
  const packTitle = opts.pack ? profile.packs.find((p) => p.id === opts.pack)?.title : undefined;
  const heading = packTitle ? `${packTitle}: evidence bundle` : 'Hearing bundle';
  const coverTexts = [
    profile.tribunal,
    heading,
    anon(info.childName),
    info.localAuthority ?? '',
    opts.appealReference ?? '',
    profile.name,
    ...sectionRanges.map((s) => s.title),
  ];
  await fonts.prepare(
    [
      ...texts,
      ...coverTexts,
      'Index',
      'Document Author Date Pages',
      '0123456789 ivxlcdm–()',
      'Section',
      'Version built pages. Layout:',
    ],
    false,
  );
  await fonts.prepare(
    [
      ...texts,
      ...coverTexts,
      'Index (continued) Document Author Date Pages Section 0123456789 ivxlcdm ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ],
    true,
  );
  const laid = layoutIndex(rows, fonts);
  const indexPages = indexPageCount(laid);

  // Assemble in order: cover, index, then each section (divider, documents).
  const cover = out.addPage([A4.width, A4.height]);
  const index = Array.from({ length: indexPages }, () => out.addPage([A4.width, A4.height]));
  const labels: [PDFPage, string][] = [
    [cover, toRoman(1)],
    ...index.map((p, i): [PDFPage, string] => [p, toRoman(i + 2)]),
  ];
  const pageMap: Omit<PageMapEntry, 'version'>[] = [];
  const bookmarks: Bookmark[] = [
    { title: 'Cover', target: cover.ref },
    { title: 'Index', target: index[0]!.ref },
  ];
  let rowIdx = 0;
  let resultIdx = 0;
  let dividerCount = 0;
  for (const { section, documents } of collection.sections) {
    const sectionRow = rows[rowIdx++]!;
    const children: Bookmark[] = [];
    let sectionTarget: PDFPage | undefined;
    if (dividers) {
      const div = out.addPage([A4.width, A4.height]);
      await fonts.prepare([`Section ${section.letter}`, section.title], true);
      await fonts.prepare([section.title], false);
      drawDivider(div, fonts, section.letter, section.title);
      labels.push([div, section.letter]);
      sectionTarget = div;
      dividerCount += 1;
    }
    for (const d of documents) {
      const r = results[resultIdx++]!;
      r.startPage = out.getPageCount() + 1;
      d.pages.forEach((p, i) => {
        out.addPage(p);
        const label = `${section.letter}${Number(r.startLabel.slice(section.letter.length)) + i}`;
        labels.push([p, label]);
        pageMap.push({ documentId: r.documentId, documentPage: i + 1, bundlePage: out.getPageCount(), label });
      });
      r.endPage = out.getPageCount();
      const row = rows[rowIdx++]!;
      row.target = d.pages[0]!.ref;
      sectionTarget ??= d.pages[0];
      children.push({ title: `${row.title} (${row.range})`, target: d.pages[0]!.ref });
    }
    if (sectionTarget) {
      sectionRow.target = sectionTarget.ref;
      bookmarks.push({ title: anon(sectionRow.title), target: sectionTarget.ref, children });
    }
  }

  drawCover(cover, fonts, {
    tribunal: profile.tribunal,
    heading,
    ...(opts.appealReference ? { appealReference: opts.appealReference } : {}),
    child: anon(info.childName),
    ...(info.localAuthority ? { localAuthority: info.localAuthority } : {}),
    ...(opts.hearingDate ? { hearingDate: formatDay(opts.hearingDate) } : {}),
    version,
    builtOn: formatDay(today),
    profileName: profile.name,
    pages: out.getPageCount(),
  });
  drawIndex(out, index, laid, fonts, 'Index');
  for (const [page, label] of labels) stampPage(page, label, fonts, profile.stampCorner);
  addBookmarks(out, bookmarks);
  out.setTitle(anon(`${heading} – ${info.childName}`));
  out.setProducer('Casebook');

  job.onProgress?.({ message: 'Saving the bundle', done: results.length, total: results.length });
  // One pass without yielding (objectsPerTick): the build runs in a worker, nothing waits on it.
  const pdf = await out.save({ useObjectStreams: false, objectsPerTick: Infinity });
  const placedSections = collection.sections.map((s) => ({
    ...s.section,
    documents: s.documents.map((d) => d.planned),
  }));
  const warnings = [
    ...plan.warnings.filter((w) => w.code !== 'page-limit' && w.code !== 'total-page-limit'),
    // Limits again on the pages actually built (a Word file's rendering can differ from its estimate).
    ...checkPageLimits(profile, placedSections, opts.appealType),
    ...collection.warnings,
  ];
  const leftOut = plan.leftOut.map((d) => ({
    documentId: d.documentId,
    fileName: d.fileName,
    reason: 'You chose to leave this document out of the bundle.',
    byUser: true,
  }));
  const result: BundleBuildResult = {
    version,
    pages: out.getPageCount(),
    sections: sectionRanges,
    documents: results,
    excluded: [...collection.excluded, ...leftOut],
    warnings,
  };
  if (out.getPageCount() !== 1 + indexPages + dividerCount + results.reduce((n, r) => n + r.pages, 0)) {
    return fail('bug', 'The bundle page count does not add up; nothing was saved. Please report this.');
  }
  return ok({
    pdf,
    profileId: profile.id,
    ...(opts.pack ? { pack: opts.pack } : {}),
    result,
    pageMap,
    inputs: fingerprint,
  });
}
