import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCase } from '../../electron/core/evidence/analyseCase.ts';
import type { ProgressEvent } from '../../shared/progress.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { seedPdfs } from './pdfText.ts';

/** Runs the analysis, aborting it when `stopAt` first matches a progress event. */
async function analyseUntil(
  store: ReturnType<typeof tempCase>['store'],
  stopAt?: (p: ProgressEvent) => boolean,
): Promise<{ events: ProgressEvent[]; outcome: PromiseSettledResult<unknown> }> {
  const events: ProgressEvent[] = [];
  const controller = new AbortController();
  const outcome = (
    await Promise.allSettled([
      analyseCase(store, {
        signal: controller.signal,
        onProgress: (p) => {
          events.push(p);
          if (stopAt?.(p)) controller.abort();
        },
      }),
    ])
  )[0];
  return { events, outcome };
}

const vectorCount = (store: ReturnType<typeof tempCase>['store']) =>
  store.db.prepare('SELECT COUNT(*) FROM evidence_vectors').pluck().get() as number;

describe('the evidence analysis as a long job', () => {
  let c: ReturnType<typeof tempCase>;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    await seedPdfs(c.store, await caseFolder(), [
      ['01-ep-report.pdf', 'report'],
      ['02-salt-report.pdf', 'report'],
      ['03-ot-report.pdf', 'report'],
      ['05-final-ehcp.pdf', 'plan'],
    ] as const);
  });
  afterAll(() => c?.close());

  // First in the file: the encoder's in-process cache is still empty, so this analysis embeds.
  it('stops before the encoder’s next batch on abort, and nothing half-made is kept', async () => {
    const { events, outcome } = await analyseUntil(c.store, (p) => /passages/.test(p.message));
    expect(outcome.status).toBe('rejected');
    expect((outcome as PromiseRejectedResult).reason).toMatchObject({ name: 'AbortError' });
    expect(events.at(-1)!.message).toMatch(/^Matching recommendations \(0 of \d+ passages\)$/);
    expect(vectorCount(c.store)).toBe(0);
  });

  it('reports its stages in order, in words, with counts that never run past their total', async () => {
    const { events, outcome } = await analyseUntil(c.store);
    expect(outcome.status).toBe('fulfilled');
    const stages = [...new Set(events.map((e) => e.message.replace(/ \(.*\)$/, '')))];
    expect(stages).toEqual([
      'Opening the documents',
      'Reading the plan',
      'Reading the reports',
      'Matching recommendations',
      "Checking the plan's wording",
      'Analysis finished',
    ]);
    expect(events.filter((e) => e.message.startsWith('Reading the reports')).map((e) => e.message)).toEqual([
      'Reading the reports (1 of 3)',
      'Reading the reports (2 of 3)',
      'Reading the reports (3 of 3)',
    ]);
    for (const e of events) expect(e.done).toBeLessThanOrEqual(e.total);
  });

  it('stops at the next stage on abort, and a later analysis is the same as one never stopped', async () => {
    const whole = await analyseCase(c.store);
    const { events, outcome } = await analyseUntil(c.store, (p) => p.message === 'Reading the reports (2 of 3)');
    expect(outcome.status).toBe('rejected');
    expect(events.at(-1)!.message).toBe('Reading the reports (2 of 3)');
    expect(await analyseCase(c.store)).toEqual(whole);
  });
});
