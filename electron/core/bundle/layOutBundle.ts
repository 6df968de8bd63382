import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import type { BundleDocumentResult, BundleSectionResult, PageMapEntry } from '../../../shared/bundle.ts';
import { toRoman } from '../../../shared/romanNumerals.ts';
import type { PdfFonts } from '../pdf/fonts.ts';
import { addBookmarks, type Bookmark } from './bookmarks.ts';
import type { CollectedSection } from './collectDocuments.ts';
import { type CoverDetails, drawCover, drawDivider } from './coverPage.ts';
import { drawIndex, indexPageCount, layoutIndex, type IndexRow } from './indexPages.ts';
import { A4 } from './pageGeometry.ts';
import type { PageLayer } from './preparedDocument.ts';

/** What the cover says, apart from the page count (known only once the bundle is laid out). */
export type CoverText = Omit<CoverDetails, 'pages'>;

export interface LayoutOptions {
  cover: CoverText;
  /** A divider page before each section. */
  dividers: boolean;
  /** Applied to every title and name shown (the child's name hidden when anonymising). */
  anon: (text: string) => string;
}

/** The bundle laid out: every page in place, with the label and text layer each is to be stamped with. */
export interface LaidOutBundle {
  labels: [PDFPage, string][];
  textLayers: [PDFPage, NonNullable<PageLayer>][];
  sections: BundleSectionResult[];
  documents: BundleDocumentResult[];
  pageMap: Omit<PageMapEntry, 'version'>[];
  /** Cover, index and divider pages: with the documents' pages, every page of the file. */
  frontPages: number;
}

/**
 * Labels: section letter + running number from 1 (the court-bundle convention, DOMAIN.md §4).
 * Each section's index rows (a section line, then its documents) and each document's label range.
 */
function labelSections(collected: CollectedSection[], anon: (t: string) => string) {
  const rows: IndexRow[] = [];
  const documents: BundleDocumentResult[] = [];
  const sections: BundleSectionResult[] = [];
  for (const { section, documents: docs } of collected) {
    let n = 0;
    const first = docs.length ? `${section.letter}1` : null;
    const docRows: IndexRow[] = [];
    for (const d of docs) {
      const start = `${section.letter}${n + 1}`;
      n += d.pages.length;
      const end = `${section.letter}${n}`;
      documents.push({
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
    sections.push({ letter: section.letter, title: section.title, startLabel: first, endLabel: last });
    rows.push(
      {
        kind: 'section',
        title: `${section.letter}. ${section.title}`,
        range: first && last ? `${first}–${last}` : 'no documents',
      },
      ...docRows,
    );
  }
  return { rows, documents, sections };
}

/** Every text the cover and index print, so the fonts for them are embedded before drawing. */
async function prepareFonts(fonts: PdfFonts, rows: IndexRow[], coverTexts: string[]): Promise<void> {
  const texts = rows.flatMap((r) => [r.title, r.author ?? '', r.note ?? '', r.range, r.date ?? '']);
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
}

/**
 * The lay-out stage: cover, index (every line a link), optional dividers, then each section's
 * documents in order, with page numbers, labels (front matter in roman numerals, documents as
 * section letter + number, "B12") and bookmarks section → document. Stamping comes after.
 */
export async function layOutBundle(
  out: PDFDocument,
  fonts: PdfFonts,
  collected: CollectedSection[],
  opts: LayoutOptions,
): Promise<LaidOutBundle> {
  const { anon, cover: coverText } = opts;
  const { rows, documents, sections } = labelSections(collected, anon);
  const coverTexts = [
    coverText.tribunal,
    coverText.heading,
    coverText.child,
    coverText.localAuthority ?? '',
    coverText.appealReference ?? '',
    coverText.profileName,
    ...sections.map((s) => s.title),
  ];
  await prepareFonts(fonts, rows, coverTexts);
  const laid = layoutIndex(rows, fonts);
  const indexPages = indexPageCount(laid);

  // Assemble in order: cover, index, then each section (divider, documents).
  const cover = out.addPage([A4.width, A4.height]);
  const index = Array.from({ length: indexPages }, () => out.addPage([A4.width, A4.height]));
  const labels: [PDFPage, string][] = [
    [cover, toRoman(1)],
    ...index.map((p, i): [PDFPage, string] => [p, toRoman(i + 2)]),
  ];
  const textLayers: [PDFPage, NonNullable<PageLayer>][] = [];
  const pageMap: Omit<PageMapEntry, 'version'>[] = [];
  const bookmarks: Bookmark[] = [
    { title: 'Cover', target: cover.ref },
    { title: 'Index', target: index[0]!.ref },
  ];
  let rowIdx = 0;
  let resultIdx = 0;
  let dividerCount = 0;
  for (const { section, documents: docs } of collected) {
    const sectionRow = rows[rowIdx++]!;
    const children: Bookmark[] = [];
    let sectionTarget: PDFPage | undefined;
    if (opts.dividers) {
      const div = out.addPage([A4.width, A4.height]);
      await fonts.prepare([`Section ${section.letter}`, section.title], true);
      await fonts.prepare([section.title], false);
      drawDivider(div, fonts, section.letter, section.title);
      labels.push([div, section.letter]);
      sectionTarget = div;
      dividerCount += 1;
    }
    for (const d of docs) {
      const r = documents[resultIdx++]!;
      r.startPage = out.getPageCount() + 1;
      d.pages.forEach((p, i) => {
        out.addPage(p);
        const label = `${section.letter}${Number(r.startLabel.slice(section.letter.length)) + i}`;
        labels.push([p, label]);
        const layer = d.layers[i];
        if (layer) textLayers.push([p, layer]);
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

  drawCover(cover, fonts, { ...coverText, pages: out.getPageCount() });
  drawIndex(out, index, laid, fonts, 'Index');
  addBookmarks(out, bookmarks);
  return { labels, textLayers, sections, documents, pageMap, frontPages: 1 + indexPages + dividerCount };
}
