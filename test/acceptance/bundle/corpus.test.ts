import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleBuildResult } from '../../../shared/bundle.ts';
import { buildInWorker } from '../../../electron/core/bundle/buildInWorker.ts';
import { importPaths } from '../../../electron/core/importers/importFiles.ts';
import { listDocuments } from '../../../electron/core/store/documents.ts';
import { labelOfPage, pdfjsPages, popplerPages } from '../../helpers/readers.ts';
import { tempCase } from '../../helpers/tempCase.ts';
import { CORPUS } from '../shared.ts';

/**
 * The acceptance test of the bundle issue: the whole real-world corpus (232 nasty PDFs from
 * pdf.js's test suite) imported into a case, then one bundle built from it. Slow: the import reads
 * and OCRs every file.
 */
let c: ReturnType<typeof tempCase>;
let result: BundleBuildResult;
let out: string;

beforeAll(async () => {
  c = tempCase('Corpus Child');
  await importPaths(c.store, [CORPUS], { fileTimeoutMs: 120_000 });
  out = join(c.dir, 'corpus-bundle.pdf');
  const saved = await buildInWorker(c.store.dir, { dividers: true, documentTimeoutSeconds: 60 }, out);
  if (!saved.ok) throw new Error(saved.message);
  result = saved.value.result;
}, 3_600_000);
afterAll(() => {
  // Kept for a look when a reader fails on a page: CASEBOOK_KEEP_CORPUS_BUNDLE=path.
  if (process.env.CASEBOOK_KEEP_CORPUS_BUNDLE && out) copyFileSync(out, process.env.CASEBOOK_KEEP_CORPUS_BUNDLE);
  c?.close();
});

describe('a bundle from the whole corpus', () => {
  it('holds every imported document with exactly its page count, or says specifically why not', () => {
    const docs = listDocuments(c.store);
    expect(docs.length).toBeGreaterThan(200);
    for (const d of docs) {
      const placed = result.documents.find((r) => r.documentId === d.documentId);
      const excluded = result.excluded.find((e) => e.documentId === d.documentId);
      expect(placed || excluded, d.fileName).toBeTruthy();
      if (placed) {
        expect(placed.pages, d.fileName).toBe(d.pages);
        expect(placed.endPage - placed.startPage + 1, d.fileName).toBe(d.pages);
      } else {
        // A reason a parent can act on, not a bare error.
        expect(excluded!.reason, d.fileName).toMatch(/\. [A-Z]/);
        expect(excluded!.reason, d.fileName).not.toMatch(/unexpected error/);
      }
    }
  });

  it('passes qpdf --check with no warnings', () => {
    const check = spawnSync('qpdf', ['--check', out], { encoding: 'utf8' });
    expect(check.stdout).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it('has cover + index + dividers + included pages, no more and no fewer', () => {
    const pages = Number(spawnSync('qpdf', ['--show-npages', out], { encoding: 'utf8' }).stdout.trim());
    const included = result.documents.reduce((n, d) => n + d.pages, 0);
    const dividers = result.sections.length;
    // Before the first document: the cover, the index, and one divider per section up to its own.
    const first = result.documents.reduce((a, b) => (a.startPage < b.startPage ? a : b));
    const dividersBefore = result.sections.findIndex((s) => s.letter === first.section) + 1;
    const indexPages = first.startPage - 1 - 1 - dividersBefore;
    expect(indexPages).toBeGreaterThan(0);
    expect(pages).toBe(result.pages);
    expect(pages).toBe(1 + indexPages + dividers + included);
  });

  it('reads every page in poppler and in pdf.js, each document page with its label stamp', async () => {
    const poppler = popplerPages(out, result.pages);
    const pdfjs = await pdfjsPages(out);
    expect(pdfjs).toHaveLength(result.pages);
    const problems: string[] = [];
    for (let n = 1; n <= result.pages; n++) {
      // Warnings about a source page's own drawing are poppler being chatty; these mean the page is lost.
      if (/Failed to create page|likely malformed/i.test(poppler[n - 1]!.error))
        problems.push(`page ${n}: poppler says ${poppler[n - 1]!.error.trim().slice(0, 120)}`);
      const label = labelOfPage(result, n);
      if (!label) continue;
      const from = result.documents.find((d) => n >= d.startPage && n <= d.endPage)?.fileName;
      if (!poppler[n - 1]!.text.includes(label))
        problems.push(`page ${n} (${from}): poppler does not read its label ${label}`);
      if (!pdfjs[n - 1]!.includes(label)) problems.push(`page ${n} (${from}): pdf.js does not read its label ${label}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
