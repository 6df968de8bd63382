import mammoth from 'mammoth';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import type { BundleCheckOutcome } from '../../shared/bundleCheck.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { bundlePdf, caseOf, pageSentences, scannedPages, type PageSpec } from './fixtures.ts';

/*
 * A bundle made here, the way councils send them: a cover, an index with one wrong range and one
 * entry whose pages do not exist, the family's documents (one only half there, one an older
 * version, one a scan with no text layer whose label is only in the picture), a page of the
 * council's own evidence, a skipped label and a blank page.
 */
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let caseDir: string;
let outcome: BundleCheckOutcome;
let ids: Map<string, number>;

const doc = (title: string, seeds: number[], extra: string[] = []): PageSpec[] =>
  seeds.map((s, i) => ({
    heading: i === 0 ? title : `${title} (continued)`,
    lines: [...(i === 0 ? extra : []), ...pageSentences(s)],
  }));
const DOCS: Record<string, PageSpec[]> = {
  'ep.pdf': doc('Educational psychology report', [1, 2], ['Date of report: 12 May 2026']),
  'salt.pdf': doc('Speech therapy report', [3, 4], ['Date of report: 20 May 2026']),
  'ot.pdf': doc('Occupational therapy letter', [5], ['Date: 2 June 2026']),
  'social.pdf': doc('Social care assessment', [6], ['Date: 27 May 2026']),
  'physio.pdf': doc('Physiotherapy report', [7], ['Date of report: 1 March 2026']),
};
const labelled = (spec: PageSpec, label: string): PageSpec => ({ ...spec, label });

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
  ({ caseDir, ids } = await caseOf(api, tmp.dir, DOCS));
  const older = DOCS['social.pdf']![0]!;
  const olderVersion: PageSpec = {
    ...older,
    lines: [
      'Date: 13 May 2026',
      ...older.lines.slice(1, 3),
      '3. The family may benefit from short breaks, subject to the panel.',
      ...older.lines.slice(4),
    ],
  };
  const [scan] = await scannedPages([labelled(DOCS['ot.pdf']![0]!, 'B2')]);
  const bundle = await bundlePdf([
    { kind: 'text', spec: { heading: 'Hearing bundle', lines: ['Appeal EH/2026/0001', 'Prepared by the respondent'] } },
    {
      kind: 'text',
      spec: {
        heading: 'Index',
        lines: [
          'Section A: Appellant evidence',
          'Educational psychology report, 12/05/2026      A1-A3',
          'Section B: Therapy reports',
          'Speech therapy report, 20/05/2026      B1',
          'Occupational therapy letter      B2',
          "Section C: Respondent's evidence",
          'Social care assessment      C1',
          'Local authority statement of provision      C2',
          'Physiotherapy report, 01/03/2026      C5-C6',
        ],
      },
    },
    { kind: 'text', spec: labelled(DOCS['ep.pdf']![0]!, 'A1') },
    { kind: 'text', spec: labelled(DOCS['ep.pdf']![1]!, 'A2') },
    { kind: 'text', spec: labelled(DOCS['salt.pdf']![0]!, 'B1') },
    { kind: 'scan', jpeg: scan! },
    { kind: 'text', spec: labelled(olderVersion, 'C1') },
    {
      kind: 'text',
      spec: { heading: 'Statement of provision by the local authority', lines: pageSentences(99), label: 'C2' },
    },
    { kind: 'blank', label: 'C4' },
  ]);
  writeFileSync(join(tmp.dir, 'la-bundle.pdf'), bundle);
  const r = await api.call('checkReceivedBundle', {
    caseDir,
    bundlePath: join(tmp.dir, 'la-bundle.pdf'),
    reportPath: join(tmp.dir, 'report.docx'),
  });
  if (!r.ok) throw new Error(r.error.message);
  outcome = r.value;
}, 240_000);
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

const status = (name: string) => outcome.report.documents.find((d) => d.documentId === ids.get(name));

describe('checking a bundle the LA sent', () => {
  it('finds a complete document with its labels', () => {
    expect(status('ep.pdf')).toMatchObject({ status: 'present', labels: 'A1–A2', pagesFound: [1, 2] });
  });

  it('says which pages of a half-included document are absent', () => {
    expect(status('salt.pdf')).toMatchObject({
      status: 'incomplete',
      labels: 'B1',
      pagesFound: [1],
      pagesMissing: [2],
    });
  });

  it('reads a scanned page with no text layer, label included, by OCR', () => {
    expect(status('ot.pdf')).toMatchObject({ status: 'present', labels: 'B2' });
    expect(status('ot.pdf')!.note).toMatch(/scanned/);
    expect(outcome.ocrPages).toBeGreaterThanOrEqual(1);
    // A bundle with few scanned pages has each of them read whole unless asked otherwise.
    expect(outcome.partialPages).toBe(0);
  });

  it('calls a differently dated copy an older version and shows the differing lines side by side', () => {
    expect(status('social.pdf')).toMatchObject({ status: 'older-version', labels: 'C1' });
    expect(status('social.pdf')!.note).toMatch(/13 May 2026.*27 May 2026/);
    const diffs = outcome.differences.filter((d) => d.documentId === ids.get('social.pdf'));
    expect(diffs.some((d) => d.case.includes('27 May 2026') && d.bundle.includes('13 May 2026'))).toBe(true);
    expect(diffs.some((d) => d.bundle.includes('subject to the panel'))).toBe(true);
  });

  it('calls a document missing and ties it to the index entry whose pages do not exist', () => {
    expect(status('physio.pdf')).toMatchObject({
      status: 'missing',
      note: 'listed in the index at C5–C6, but those pages do not exist',
    });
  });

  it('reports the wrong range and the pages that do not exist, and nothing else in the index', () => {
    expect(outcome.report.index).toEqual([
      { entry: 'Educational psychology report, 12/05/2026', listed: 'A1–A3', actual: 'A1–A2', problem: 'range wrong' },
      { entry: 'Physiotherapy report, 01/03/2026', listed: 'C5–C6', actual: null, problem: 'pages do not exist' },
    ]);
  });

  it("lists the council's own page as extra, by its label, not as an error", () => {
    expect(outcome.report.extra).toHaveLength(1);
    expect(outcome.report.extra[0]).toMatchObject({ labels: 'C2' });
    expect(outcome.report.extra[0]!.text).toMatch(/Statement of provision/);
  });

  it('flags the skipped label and the blank page', () => {
    const w = outcome.report.warnings;
    expect(w.find((x) => x.code === 'label-skip')?.message).toMatch(/C2 to C4: C3 is missing/);
    expect(w.find((x) => x.code === 'blank-page')?.labels).toEqual(['C4']);
  });

  it('keeps the checked bundle in the case by its hash and lists the check', async () => {
    const bytes = readFileSync(join(tmp.dir, 'la-bundle.pdf'));
    const { createHash } = await import('node:crypto');
    expect(outcome.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(
      existsSync(join(caseDir, 'files', outcome.sha256.slice(0, 2), outcome.sha256.slice(2, 4), outcome.sha256)),
    ).toBe(true);
    const list = await api.call('listBundleChecks', { caseDir });
    expect(list.ok && list.value.map((c) => c.checkId)).toEqual([outcome.checkId]);
  });

  it('writes a report that opens with how many documents need attention and ends with a draft email', async () => {
    const text = (await mammoth.extractRawText({ path: join(tmp.dir, 'report.docx') })).value;
    expect(text).toMatch(/3 of your 5 documents need attention/);
    // The email is the letters' bundle-corrections template, filled from the case and this check.
    expect(text).toMatch(/Copied to: First-tier Tribunal/);
    expect(text).toMatch(/Hearing bundle: Alex Example, date of birth \[missing: date of birth\]/);
    expect(text).toMatch(/We have checked the hearing bundle we received \(la-bundle\.pdf, 9 pages\)/);
    expect(text).toMatch(
      /• The index lists "Educational psychology report, 12\/05\/2026" at A1–A3, but it is at A1–A2/,
    );
    expect(text).toMatch(/• "Physiotherapy report" is not in the bundle/);
    expect(text).toMatch(/Practice Direction 1 of 2025/);
    const pdf = await api.call('writeBundleCheckReport', {
      caseDir,
      checkId: outcome.checkId,
      outPath: join(tmp.dir, 'report.pdf'),
    });
    expect(pdf.ok && pdf.value.bytes).toBeGreaterThan(1000);
  });

  it('does not look for a document marked as not for the tribunal', async () => {
    await api.call('setNotForTribunal', { caseDir, documentId: ids.get('physio.pdf')!, notForTribunal: true });
    const again = await api.call('checkReceivedBundle', { caseDir, bundlePath: join(tmp.dir, 'la-bundle.pdf') });
    expect(again.ok && again.value.report.documents.map((d) => d.documentId)).not.toContain(ids.get('physio.pdf'));
    expect(again.ok && again.value.report.warnings.find((w) => w.code === 'skipped-document')?.message).toMatch(
      /not for the tribunal/,
    );
    await api.call('setNotForTribunal', { caseDir, documentId: ids.get('physio.pdf')!, notForTribunal: false });
  }, 120_000);
});
