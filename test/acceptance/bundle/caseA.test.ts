import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/bundle/buildBundle.ts';
import { moveDocument } from '../../../electron/core/bundle/reorder.ts';
import { saveBuiltBundle } from '../../../electron/core/bundle/saveBundle.ts';
import { findSoffice, libreOfficeDocxRenderer } from '../../../electron/core/documents/renderDocxLibreOffice.ts';
import { importPaths } from '../../../electron/core/importers/importFiles.ts';
import { labelForPage, lookupBundlePage, pageMapForDocument } from '../../../electron/core/store/bundle.ts';
import { unlinkDocuments } from '../../../electron/core/store/documentLinks.ts';
import { listDocuments } from '../../../electron/core/store/documents.ts';
import { tempCase } from '../../helpers/tempCase.ts';
import { SAMPLES } from '../shared.ts';

const CHILD = "Zoë Łukasiewicz-O'Brien";
let c: ReturnType<typeof tempCase>;

const pdftotext = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']).toString();
const qpdfCheck = (file: string) => execFileSync('qpdf', ['--check', file]).toString();

beforeAll(async () => {
  c = tempCase(CHILD);
  const files = readdirSync(SAMPLES)
    .filter((f) => /\.(pdf|docx)$/.test(f))
    .map((f) => join(SAMPLES, f));
  const outcomes = await importPaths(c.store, files);
  expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(files.length);
}, 300_000);
afterAll(() => c?.close());

describe('bundle from case-a', () => {
  it('puts every PDF in with exactly its pages, stamps every page and passes qpdf --check', async () => {
    const built = await buildBundle(
      c.store,
      { appealReference: 'EH999/26/00001', hearingDate: '2026-09-14', dividers: true },
      {},
    );
    if (!built.ok) throw new Error(built.message);
    const { result, pdf } = built.value;
    const out = join(c.dir, 'bundle.pdf');
    saveBuiltBundle(c.store, built.value, out);
    expect(qpdfCheck(out)).toContain('No syntax or stream encoding errors');

    const docs = listDocuments(c.store);
    for (const d of docs.filter((x) => x.sourceType === 'pdf')) {
      const placed = result.documents.find((r) => r.documentId === d.documentId);
      expect(placed, d.fileName).toBeDefined();
      expect(placed!.pages, d.fileName).toBe(d.pages);
      expect(placed!.endPage - placed!.startPage + 1).toBe(d.pages);
    }
    // The Word plan is the PDF plan's other rendition: the plan is in once, as its PDF.
    const word = listDocuments(c.store, { includeLinkedCopies: true }).find((d) => d.sourceType === 'docx')!;
    expect(word.renditionOf).toBeDefined();
    expect(result.documents.some((r) => r.documentId === word.documentId)).toBe(false);
    expect(result.documents.filter((r) => r.fileName.startsWith('05-'))).toHaveLength(1);

    const out2 = await PDFDocument.load(pdf);
    const included = result.documents.reduce((n, r) => n + r.pages, 0);
    const dividers = result.sections.length;
    const indexPages = result.documents[0]!.startPage - 1 - 1 - 1; // cover, then index, then divider A
    expect(out2.getPageCount()).toBe(1 + indexPages + dividers + included);
    expect(result.pages).toBe(out2.getPageCount());

    // Each document's first and last page carry its labels; the cover names the child correctly.
    for (const r of result.documents) {
      expect(pdftotext(out, r.startPage)).toContain(r.startLabel);
      expect(pdftotext(out, r.endPage)).toContain(r.endLabel);
    }
    expect(pdftotext(out, 1)).toContain(CHILD);
  });

  it('decrypts the owner-password PDF rather than copying encrypted pages', async () => {
    const built = await buildBundle(c.store, {}, {});
    if (!built.ok) throw new Error(built.message);
    const out = join(c.dir, 'check-02.pdf');
    saveBuiltBundle(c.store, built.value, out);
    const salt = listDocuments(c.store).find((d) => d.fileName.startsWith('02-'))!;
    const placed = built.value.result.documents.find((r) => r.documentId === salt.documentId)!;
    expect(pdftotext(out, placed.startPage)).toMatch(/speech|language/i);
  });

  it('lays searchable text over the scanned letter', async () => {
    const built = await buildBundle(c.store, {}, {});
    if (!built.ok) throw new Error(built.message);
    const out = join(c.dir, 'scan.pdf');
    saveBuiltBundle(c.store, built.value, out);
    const scanned = listDocuments(c.store).find((d) => d.ocrPages > 0)!;
    const placed = built.value.result.documents.find((r) => r.documentId === scanned.documentId)!;
    expect(pdftotext(out, placed.startPage).replace(/\s+/g, ' ')).toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
  });

  it('has bookmarks section → document and an index whose every line links to its page', async () => {
    const built = await buildBundle(c.store, {}, {});
    if (!built.ok) throw new Error(built.message);
    const doc = await PDFDocument.load(built.value.pdf);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const nonEmpty = built.value.result.sections.filter((s) => s.startLabel).length;
    expect(outlines.get(PDFName.of('Count'))?.toString()).toBe(
      String(2 + nonEmpty + built.value.result.documents.length),
    );
    const indexPages = doc.getPages().slice(1, built.value.result.documents[0]!.startPage - 1);
    const links = indexPages.flatMap((p) => {
      const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return annots ? annots.asArray() : [];
    });
    expect(links.length).toBe(nonEmpty + built.value.result.documents.length);
  });

  it.skipIf(!findSoffice())(
    'renders the Word plan with LibreOffice, saves versions with a page map and says what moved',
    async () => {
      const renderer = libreOfficeDocxRenderer()!;
      // Separated from its PDF, the Word plan is bundled on its own and rendered.
      unlinkDocuments(
        c.store,
        listDocuments(c.store, { includeLinkedCopies: true }).find((d) => d.sourceType === 'docx')!.documentId,
      );
      const first = await buildBundle(c.store, {}, { renderer });
      if (!first.ok) throw new Error(first.message);
      const v1 = saveBuiltBundle(c.store, first.value, join(c.dir, 'v1.pdf'));
      if (!v1.ok) throw new Error(v1.message);
      const word = listDocuments(c.store).find((d) => d.sourceType === 'docx')!;
      const placedWord = v1.value.result.documents.find((r) => r.documentId === word.documentId);
      expect(placedWord, 'Word document in the bundle').toBeDefined();
      expect(pdftotext(join(c.dir, 'v1.pdf'), placedWord!.startPage)).toMatch(/Section A/);

      // The page map answers "where is page 2 of the EP report?" and "what is on page N?".
      const ep = listDocuments(c.store).find((d) => d.fileName.startsWith('01-'))!;
      const epPlaced = v1.value.result.documents.find((r) => r.documentId === ep.documentId)!;
      expect(pageMapForDocument(c.store, ep.documentId)).toHaveLength(ep.pages);
      expect(labelForPage(c.store, ep.documentId, 1)).toBe(epPlaced.startLabel);
      expect(lookupBundlePage(c.store, v1.value.result.version, epPlaced.startPage + 1)).toMatchObject({
        documentId: ep.documentId,
        documentPage: 2,
      });

      // Move the EP report to the end of its section: the diff names its old and new ranges.
      expect(moveDocument(c.store, 'pd-2025-send', ep.documentId, { position: 99 }).ok).toBe(true);
      const second = await buildBundle(c.store, {}, { renderer });
      if (!second.ok) throw new Error(second.message);
      const v2 = saveBuiltBundle(c.store, second.value, join(c.dir, 'v2.pdf'));
      if (!v2.ok) throw new Error(v2.message);
      expect(v2.value.result.version).toBe(v1.value.result.version + 1);
      const moved = v2.value.changes.find((ch) => ch.documentId === ep.documentId)!;
      expect(moved.kind).toBe('moved');
      expect(moved.message).toMatch(/^B\d+–B\d+ moved to B\d+–B\d+/);
      expect(readFileSync(join(c.dir, 'v2.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    180_000,
  );
});
