import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import type { BundleCheckOutcome } from '../../shared/bundleCheck.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { caseOf, pageSentences, type PageSpec } from './fixtures.ts';

/*
 * A bundle laid out another way than the council's in check.test.ts: Casebook's own, with a
 * cover, an index as a table (titles that wrap, section lines with their whole range), a divider
 * before each section and labels stamped in its own style. Checked against the case it was built
 * from, it must hold every document where its index says, with nothing to correct.
 */
let tmp: ReturnType<typeof tempDir>;
let api: CoreApi;
let outcome: BundleCheckOutcome;

const doc = (title: string, seeds: number[], first: string): PageSpec[] =>
  seeds.map((s, i) => ({ heading: i === 0 ? title : `${title} (continued)`, lines: [first, ...pageSentences(s)] }));
const DOCS: Record<string, PageSpec[]> = {
  'ot.pdf': doc(
    'Occupational Therapy Assessment: Sensory Processing, Handwriting and Fine Motor Skills in the Classroom',
    [41, 42],
    'Date of report: 20 November 2026',
  ),
  'salt.pdf': doc('Speech and Language Therapy Report', [43, 44, 45], 'Date of report: 24 November 2026'),
  'letter.pdf': doc('Letter from the hearing clinic', [46], 'Date: 21 October 2026'),
};

beforeAll(async () => {
  tmp = tempDir();
  api = createCoreApi({ appDataDir: join(tmp.dir, 'app'), documentsDir: tmp.dir });
  const { caseDir } = await caseOf(api, tmp.dir, DOCS);
  const bundlePath = join(tmp.dir, 'our-bundle.pdf');
  const built = await api.call('buildBundle', { caseDir, outPath: bundlePath, options: { dividers: true } });
  if (!built.ok) throw new Error(built.error.message);
  const r = await api.call('checkReceivedBundle', { caseDir, bundlePath });
  if (!r.ok) throw new Error(r.error.message);
  outcome = r.value;
}, 120_000);
afterAll(() => {
  api?.close();
  tmp?.cleanup();
});

describe("checking Casebook's own bundle as if the council had sent it", () => {
  it('finds every document, all of it', () => {
    expect(outcome.report.documents.map((d) => d.status)).toEqual(['present', 'present', 'present']);
  });

  it('reads the index, wrapped titles and all, and finds nothing wrong with it', () => {
    expect(outcome.report.index).toEqual([]);
  });

  it('takes the cover, the index and the dividers for what they are: no missing labels, no extra pages', () => {
    expect(outcome.report.warnings.filter((w) => w.code !== 'expert-report')).toEqual([]);
    expect(outcome.report.extra).toEqual([]);
  });
});
