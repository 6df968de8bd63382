import { PDFDocument } from '@cantoo/pdf-lib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';
import { renderPageJpeg } from '../../electron/core/text/renderPage.ts';
import type { BundleCheckOutcome } from '../../shared/bundleCheck.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { SAMPLES } from './shared.ts';

/*
 * case-a's flawed LA bundle, checked against case-a's documents (the PDFs), against the answers
 * in la-bundle/expected-check.json: every status and label, the missing pages, both index faults.
 */
interface Expected {
  documents: Record<string, { status: string; labels?: string; pagesFound?: number[]; pagesMissing?: number[] }>;
  index: { entry: string; listed: string; actual: string | null; problem: string }[];
  pages: number;
}
const expected = JSON.parse(readFileSync(join(SAMPLES, 'la-bundle', 'expected-check.json'), 'utf8')) as Expected;

let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let outcome: BundleCheckOutcome;
/** The same bundle printed and scanned: every page a picture, the index and labels included. */
let scanned: BundleCheckOutcome;

/** Each page of a PDF drawn at 200 dpi and put back as a JPEG picture with no text layer. */
async function asScan(bytes: Uint8Array): Promise<Uint8Array> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ ...pdfjsDocumentOptions(), data: new Uint8Array(bytes) }).promise;
  const out = await PDFDocument.create();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const { jpeg } = await renderPageJpeg(doc, page, 200, 75);
    out.addPage([width, height]).drawImage(await out.embedJpg(jpeg), { x: 0, y: 0, width, height });
  }
  await doc.destroy();
  return out.save();
}

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
  const caseDir = join(tmp.dir, 'case');
  await api.call('createCase', { caseDir, childName: 'Sam Taylor' });
  const files = readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(SAMPLES, f));
  const imported = await api.call('importFiles', { caseDir, paths: files });
  if (!imported.ok) throw new Error(imported.error.message);
  const r = await api.call('checkReceivedBundle', {
    caseDir,
    bundlePath: join(SAMPLES, 'la-bundle', 'la-bundle.pdf'),
    hearingDate: '2027-02-03',
  });
  if (!r.ok) throw new Error(r.error.message);
  outcome = r.value;
  const scanPath = join(tmp.dir, 'la-bundle-scanned.pdf');
  writeFileSync(scanPath, await asScan(readFileSync(join(SAMPLES, 'la-bundle', 'la-bundle.pdf'))));
  const s = await api.call('checkReceivedBundle', { caseDir, bundlePath: scanPath, hearingDate: '2027-02-03' });
  if (!s.ok) throw new Error(s.error.message);
  scanned = s.value;
}, 300_000);
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

describe("case-a: the LA's flawed bundle", () => {
  it('counts the pages', () => {
    expect(outcome.report.pages).toBe(expected.pages);
  });

  for (const [fileName, want] of Object.entries(expected.documents)) {
    it(`gives ${fileName} the status ${want.status}${want.labels ? ` at ${want.labels}` : ''}`, () => {
      const got = outcome.report.documents.find((d) => d.fileName === fileName);
      expect(got?.status).toBe(want.status);
      if (want.labels) expect(got?.labels).toBe(want.labels);
      if (want.pagesFound) expect(got?.pagesFound).toEqual(want.pagesFound);
      if (want.pagesMissing) expect(got?.pagesMissing).toEqual(want.pagesMissing);
    });
  }

  it('finds both index faults, and no others', () => {
    expect(outcome.report.index).toEqual(expected.index);
  });

  it('notes the SALT report listed at pages that do not exist, and the draft social care assessment by its date', () => {
    const note = (f: string) => outcome.report.documents.find((d) => d.fileName === f)?.note ?? '';
    expect(note('02-salt-report.pdf')).toMatch(/C3–C4.*do not exist/);
    expect(note('04-social-care-assessment.pdf')).toMatch(/13 May 2026.*27 May 2026/);
    expect(outcome.differences.some((d) => /DRAFT/.test(d.bundle))).toBe(true);
  });

  it('reads the scanned EP report by OCR and finds no extra pages', () => {
    expect(outcome.report.documents.find((d) => d.fileName === '01-ep-report.pdf')?.note).toMatch(/scanned/);
    expect(outcome.report.extra).toEqual([]);
  });
});

describe("case-a: the LA's flawed bundle, printed and scanned", () => {
  it('reads every page by OCR, each of them whole (a small scanned bundle)', () => {
    expect(scanned.ocrPages).toBe(expected.pages);
    expect(scanned.partialPages).toBe(0);
  });

  it('gives every document the same status and labels as the original', () => {
    for (const [fileName, want] of Object.entries(expected.documents)) {
      const got = scanned.report.documents.find((d) => d.fileName === fileName);
      expect(got?.status, fileName).toBe(want.status);
      if (want.labels) expect(got?.labels, fileName).toBe(want.labels);
      if (want.pagesMissing) expect(got?.pagesMissing, fileName).toEqual(want.pagesMissing);
    }
  });

  it('reads the scanned index, ranges and all, and finds both faults and no others', () => {
    expect(scanned.report.index).toEqual(expected.index);
    expect(scanned.report.extra).toEqual([]);
  });
});
