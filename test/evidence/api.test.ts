import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { caseFolder, FIXTURE } from '../fixtures/caseFiles/index.ts';
import { seedPdfs } from './pdfText.ts';

describe('evidence calls through the core API', () => {
  let c: ReturnType<typeof tempCase>;
  let api: CoreApi;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    await seedPdfs(c.store, await caseFolder(), [
      ['03-ot-report.pdf', 'report'],
      ['05-final-ehcp.pdf', 'plan'],
    ] as const);
    api = createCoreApi({ appDataDir: join(c.dir, '..', 'app'), documentsDir: join(c.dir, '..', 'docs') });
  });
  afterAll(() => {
    api?.close();
    c?.close();
  });

  it('analyses, records an override that survives re-analysis, and writes the gap report', async () => {
    const first = await api.call('analyseEvidence', { caseDir: c.dir });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.recommendations).toHaveLength(FIXTURE.otRecommendations);
    const target = first.value.recommendations.find((r) => r.status === 'missing')!;
    const decided = await api.call('decideRecommendation', {
      caseDir: c.dir,
      decision: {
        recommendationId: target.id,
        status: 'weakened',
        section: 'F',
        planQuote: 'Sam will have movement breaks when needed.',
        note: 'Partly covered',
      },
    });
    expect(decided.ok).toBe(true);
    const again = await api.call('analyseEvidence', { caseDir: c.dir });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.recommendations.find((r) => r.id === target.id)).toMatchObject({
      status: 'weakened',
      confirmed: true,
    });
    const history = await api.call('recommendationHistory', { caseDir: c.dir, recommendationId: target.id });
    expect(history.ok && history.value).toHaveLength(1);
    const out = join(c.dir, 'gap.docx');
    const written = await api.call('gapReport', { caseDir: c.dir, format: 'docx', outPath: out });
    expect(written.ok).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it('refuses to add a recommendation on a page the report does not have', async () => {
    const res = await api.call('addRecommendation', {
      caseDir: c.dir,
      recommendation: { documentId: 1, page: 9, text: 'Sam should have a wobble cushion.' },
    });
    expect(res.ok).toBe(false);
    const good = await api.call('addRecommendation', {
      caseDir: c.dir,
      recommendation: { documentId: 1, page: 1, text: 'Sam should have a wobble cushion.' },
    });
    expect(good.ok).toBe(true);
  });
});
