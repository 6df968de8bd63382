import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../../shared/evidence.ts';
import { analyseCase } from '../../../electron/core/evidence/analyseCase.ts';
import type { CaseStore } from '../../../electron/core/store/caseStore.ts';
import {
  addUserRecommendation,
  decisionHistory,
  recordDecision,
  removeUserRecommendation,
} from '../../../electron/core/store/evidence.ts';
import { tempCase } from '../../helpers/tempCase.ts';
import { SAMPLES } from '../shared.ts';
import { seedPdfs } from '../../evidence/pdfText.ts';
import { score, type KeyItem } from '../../evidence/score.ts';
import { readFileSync } from 'node:fs';

const expected = (
  JSON.parse(readFileSync(join(SAMPLES, 'expected-map.json'), 'utf8')) as { recommendations: KeyItem[] }
).recommendations;

// The real importer end to end: import case-a, then analyse what the store holds.

describe('evidence map on case-a imported for real', () => {
  let c: ReturnType<typeof tempCase>;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    const { importPaths } = await import('../../../electron/core/importers/importFiles.ts');
    await importPaths(c.store, [SAMPLES]);
  }, 300_000);
  afterAll(() => c?.close());

  it('imports case-a with importPaths and meets the bar', async () => {
    const map = await analyseCase(c.store);
    const s = score(map, expected);
    console.info(
      `case-a imported: found ${s.found}, status ${s.status}, section ${s.section}, extra ${s.extra}`,
      s.wrong,
    );
    expect(map.plan).not.toBeNull();
    expect(s.found).toBeGreaterThanOrEqual(0.9);
    expect(s.status).toBeGreaterThanOrEqual(0.85);
    expect(s.section).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });
});

async function seed(store: CaseStore): Promise<void> {
  await seedPdfs(store, SAMPLES, [
    ['02-salt-report.pdf', 'report'],
    ['05-final-ehcp.pdf', 'plan'],
  ] as const);
}

describe('decisions and user-added recommendations', () => {
  let c: ReturnType<typeof tempCase>;
  let first: EvidenceMap;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    await seed(c.store);
    first = await analyseCase(c.store);
  });
  afterAll(() => c?.close());

  it('keeps a confirmed decision over re-analysis, with its history', async () => {
    const rec = first.recommendations.find((r) => r.status === 'weakened')!;
    recordDecision(c.store, {
      recommendationId: rec.id,
      status: 'missing',
      section: null,
      planQuote: null,
      note: 'Advice is not therapy',
    });
    recordDecision(c.store, {
      recommendationId: rec.id,
      status: 'weakened',
      section: 'F',
      planQuote: rec.planQuote,
      note: 'On reflection, weakened',
    });
    const again = await analyseCase(c.store);
    const after = again.recommendations.find((r) => r.id === rec.id)!;
    expect(after).toMatchObject({ status: 'weakened', confirmed: true, note: 'On reflection, weakened' });
    expect(decisionHistory(c.store, rec.id).map((d) => d.status)).toEqual(['missing', 'weakened']);
    expect(again.recommendations.filter((r) => r.confirmed)).toHaveLength(1);
  });

  it('adds a recommendation from selected report text, analyses it, and can remove it', async () => {
    const added = addUserRecommendation(c.store, {
      documentId: 1,
      page: 1,
      text: 'Sam should be given a quiet workstation in class with a screen.',
    });
    const map = await analyseCase(c.store);
    const rec = map.recommendations.find((r) => r.addedByUser)!;
    expect(rec).toMatchObject({ documentId: 1, page: 1, kind: 'provision', belongsIn: 'F' });
    expect(['missing', 'weakened']).toContain(rec.status);
    expect(removeUserRecommendation(c.store, added.id)).toBe(true);
    expect((await analyseCase(c.store)).recommendations.some((r) => r.addedByUser)).toBe(false);
  });
});
