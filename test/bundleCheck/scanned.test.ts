import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import type { BundleCheckOutcome } from '../../shared/bundleCheck.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { bundlePdf, caseOf, pageSentences, scannedPages, type PageSpec } from './fixtures.ts';

/*
 * A bundle the council printed and scanned, every page a picture: a scanned index longer than
 * the part of a page read to identify it, documents whose pages carry a footer ("Page 1 of 2")
 * beside the bundle's label, a document with another date, one that differs only far down its
 * page, and a page of the council's own. Checked quickly (scanned pages read in part) and then
 * reading every word.
 */
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
let bundlePath: string;
let quick: BundleCheckOutcome;
let full: BundleCheckOutcome;
let ids: Map<string, number>;

const doc = (title: string, seeds: number[], first: string): PageSpec[] =>
  seeds.map((s, i) => ({
    heading: i === 0 ? title : `${title} (continued)`,
    lines: [...(i === 0 ? [first] : []), ...pageSentences(s)],
    footer: `Page ${i + 1} of ${seeds.length}`,
  }));
const DOCS: Record<string, PageSpec[]> = {
  'ep.pdf': doc('Educational psychology report', [21, 22], 'Date of report: 12 May 2026'),
  'salt.pdf': doc('Speech therapy report', [23, 24], 'Date of report: 20 May 2026'),
  'social.pdf': doc('Social care assessment', [25], 'Date: 27 May 2026'),
  'plan.pdf': doc('Education, health and care plan', [26], 'Issued: 10 July 2026'),
};
/** The same page with some of its lines said otherwise. */
const changed = (spec: PageSpec, lines: Record<number, string>): PageSpec => ({
  ...spec,
  lines: spec.lines.map((l, i) => lines[i] ?? l),
});
const labelled = (spec: PageSpec, label: string): PageSpec => ({ ...spec, label });
const status = (o: BundleCheckOutcome, name: string) => o.report.documents.find((d) => d.documentId === ids.get(name));

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
  ({ caseDir, ids } = await caseOf(api, tmp.dir, DOCS));
  const scans = await scannedPages([
    {
      heading: 'Index',
      lines: [
        'Section A: Family evidence',
        'Educational psychology report      A1-A2',
        'Speech therapy report      A3-A4',
        'Social care assessment      A5',
        'Section B: Council evidence',
        'Statement from the council      B1',
        'Education, health and care plan      B2',
        'Annual review notes      B3-B4',
      ],
    },
    labelled(DOCS['ep.pdf']![0]!, 'A1'),
    labelled(DOCS['ep.pdf']![1]!, 'A2'),
    labelled(DOCS['salt.pdf']![0]!, 'A3'),
    labelled(DOCS['salt.pdf']![1]!, 'A4'),
    // Another version: its date and an early sentence differ.
    labelled(
      changed(DOCS['social.pdf']![0]!, {
        0: 'Date: 13 May 2026',
        2: '2. The family may benefit from short breaks, subject to the panel.',
      }),
      'A5',
    ),
    { heading: 'Statement from the council', lines: pageSentences(99), label: 'B1', footer: 'Page 1 of 1' },
    // The same date, with two sentences far down the page said otherwise.
    labelled(
      changed(DOCS['plan.pdf']![0]!, {
        11: '11. Provision will be reviewed by the school when resources allow.',
        13: '13. Therapy will be offered as required, at the discretion of the service.',
      }),
      'B2',
    ),
  ]);
  bundlePath = join(tmp.dir, 'scanned-bundle.pdf');
  writeFileSync(bundlePath, await bundlePdf(scans.map((jpeg) => ({ kind: 'scan' as const, jpeg }))));
  const check = async (ocrMode: 'quick' | 'full') => {
    const r = await api.call('checkReceivedBundle', { caseDir, bundlePath, ocrMode });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  quick = await check('quick');
  full = await check('full');
}, 240_000);
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

describe('checking a bundle of scanned pages, quickly', () => {
  it('reads every page by OCR, most of them only in part', () => {
    expect(quick.ocrPages).toBe(8);
    expect(quick.partialPages).toBeGreaterThanOrEqual(5);
  });

  it('finds each document with its labels, the footers beside them not mistaken for labels', () => {
    expect(status(quick, 'ep.pdf')).toMatchObject({ status: 'present', labels: 'A1–A2', pagesFound: [1, 2] });
    expect(status(quick, 'salt.pdf')).toMatchObject({ status: 'present', labels: 'A3–A4' });
    const labelWarnings = quick.report.warnings.filter((w) => /^label-|^unlabelled$/.test(w.code));
    expect(labelWarnings).toEqual([]);
  });

  it('reads the whole of a scanned index, down to its last entry', () => {
    expect(quick.report.index).toEqual([
      { entry: 'Annual review notes', listed: 'B3–B4', actual: null, problem: 'pages do not exist' },
    ]);
  });

  it('calls a copy with another date an older version, and shows the lines that differ', () => {
    expect(status(quick, 'social.pdf')).toMatchObject({ status: 'older-version', labels: 'A5' });
    const diffs = quick.differences.filter((d) => d.documentId === ids.get('social.pdf'));
    expect(diffs.some((d) => d.case.includes('27 May 2026') && d.bundle.includes('13 May 2026'))).toBe(true);
  });

  it("lists the council's own page as extra, by its label", () => {
    expect(quick.report.extra.map((e) => e.labels)).toEqual(['B1']);
  });

  it('says that scanned pages were read only in part, and how to read every word', () => {
    // The plan's changes lie below the part read, so the quick check cannot see them: it says so.
    expect(status(quick, 'plan.pdf')).toMatchObject({ status: 'present', labels: 'B2' });
    const note = quick.report.warnings.find((w) => w.code === 'read-in-part');
    expect(note?.message).toMatch(/read the top of \d+ scanned pages/);
    expect(note?.message).toMatch(/--full-ocr/);
  });
});

describe('checking the same bundle reading every word', () => {
  it('reads no page in part, and finds the change far down the plan', () => {
    expect(full.partialPages).toBe(0);
    expect(full.report.warnings.some((w) => w.code === 'read-in-part')).toBe(false);
    expect(status(full, 'plan.pdf')).toMatchObject({ status: 'older-version', labels: 'B2' });
    const diffs = full.differences.filter((d) => d.documentId === ids.get('plan.pdf'));
    expect(diffs.some((d) => d.bundle.includes('at the discretion of the service'))).toBe(true);
  });

  it('comes to the same statuses for everything else', () => {
    const others = (o: BundleCheckOutcome) =>
      o.report.documents.filter((d) => d.documentId !== ids.get('plan.pdf')).map((d) => [d.documentId, d.status]);
    expect(others(full)).toEqual(others(quick));
    expect(full.report.index).toEqual(quick.report.index);
    expect(full.report.extra.map((e) => e.labels)).toEqual(['B1']);
  });
});
