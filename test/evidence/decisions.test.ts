import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceDecision, Recommendation } from '../../shared/evidence.ts';
import { analyseCase } from '../../electron/core/evidence/analyseCase.ts';
import { applyDecisions } from '../../electron/core/evidence/decisions.ts';
import { recommendationId } from '../../electron/core/evidence/engine.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';
import { decisionHistory, recordDecision } from '../../electron/core/store/evidence.ts';
import { tempCase } from '../helpers/tempCase.ts';

/*
 * A user's decision must stay with its recommendation when a later version of Casebook reads the
 * same report differently (a table row now whole, a running footer no longer glued on). The words
 * are kept with the decision and matched again; a decision that moved is marked for a second look.
 */
const plan = [
  'Section B: Special educational needs',
  'Ravi finds it hard to organise his work.',
  'Section E: Outcomes',
  'Ravi will plan a piece of writing with a checklist by July 2027.',
  'Section F: Special educational provision',
  '1. Ravi will have a visual checklist for each writing task.',
  'Section G: Health provision',
  'None.',
  'Section I: Placement',
  'Ash Lane School.',
  'Section K: Advice and information',
  '1. Educational psychology advice, 3 March 2026',
].join('\n');
const report = [
  'Educational Psychology Advice',
  'Recommendations',
  '1. Ravi should be given a visual checklist for every writing task, made with him by his class teacher.',
  '2. Ravi should have a daily five-minute planning conversation with a teaching assistant before lessons start.',
].join('\n');

describe('decisions survive a re-reading of the report', () => {
  let c: ReturnType<typeof tempCase>;
  let reportId: number;
  beforeAll(() => {
    c = tempCase('Ravi Shah');
    insertDocument(c.store, {
      fileName: 'plan.pdf',
      sourceType: 'pdf',
      kind: 'plan',
      title: 'EHC plan',
      original: new Uint8Array([1]),
      pages: [{ text: plan, ocr: false }],
    });
    reportId = insertDocument(c.store, {
      fileName: 'ep.pdf',
      sourceType: 'pdf',
      kind: 'report',
      title: 'EP advice',
      original: new Uint8Array([2]),
      pages: [{ text: report, ocr: false }],
    });
  });
  afterAll(() => c?.close());

  it('keeps a decision on a recommendation whose words are unchanged, not marked as changed', async () => {
    const first = await analyseCase(c.store);
    const checklist = first.recommendations.find((r) => r.text.includes('checklist'))!;
    recordDecision(c.store, {
      recommendationId: checklist.id,
      recommendationText: checklist.text,
      status: 'included',
      section: 'F',
      planQuote: checklist.planQuote,
      note: 'Agreed',
    });
    const again = (await analyseCase(c.store)).recommendations.find((r) => r.id === checklist.id)!;
    expect(again).toMatchObject({ status: 'included', confirmed: true, needsCheck: false, note: 'Agreed' });
    expect(again.changedSinceChecked).toBeUndefined();
  });

  it('re-attaches a decision made when the words read differently, and marks it "changed since you checked it"', async () => {
    // As an earlier reading would have produced it: the page footer glued to the end of the item.
    const earlier =
      'Ravi should have a daily five-minute planning conversation with a teaching assistant before lessons start. Page 1 of 2';
    const oldId = recommendationId(reportId, earlier);
    recordDecision(c.store, {
      recommendationId: oldId,
      recommendationText: earlier,
      status: 'missing',
      section: null,
      planQuote: null,
      note: 'Nothing like this in F',
    });
    const now = (await analyseCase(c.store)).recommendations.find((r) => r.text.includes('planning conversation'))!;
    expect(now.id).not.toBe(oldId);
    expect(now).toMatchObject({
      status: 'missing',
      confirmed: true,
      changedSinceChecked: true,
      needsCheck: true,
      note: 'Nothing like this in F',
    });
    expect(decisionHistory(c.store, oldId)).toHaveLength(1);
  });
});

describe('applyDecisions', () => {
  const rec = (id: string, text: string): Recommendation => ({
    id,
    documentId: 1,
    fileName: 'r.pdf',
    source: 'Report',
    page: 1,
    text,
    kind: 'provision',
    agency: 'education',
    belongsIn: 'F',
    specifics: [],
    status: 'missing',
    section: null,
    para: null,
    planQuote: null,
    lostSpecifics: [],
    suggestedWording: null,
    score: 0,
    confidence: 0.9,
    reasons: [],
    needsCheck: false,
    confirmed: false,
    addedByUser: false,
  });
  const decision = (id: string, text: string): EvidenceDecision => ({
    recommendationId: id,
    recommendationText: text,
    status: 'weakened',
    section: 'F',
    planQuote: 'x',
    decidedAt: '2026-01-01T00:00:00Z',
  });

  it('never moves a decision to a recommendation in another report or to one that is not similar', () => {
    const recs = [
      rec('r2-aaa', 'Weekly swimming lessons with a qualified instructor.'),
      rec('r1-bbb', 'A laptop for all extended writing in class.'),
    ];
    applyDecisions(
      recs,
      new Map([['r1-old', decision('r1-old', 'Weekly swimming lessons with a qualified instructor.')]]),
    );
    expect(recs.every((r) => !r.confirmed)).toBe(true);
  });

  it('gives a decision to the most similar recommendation of the same report, once', () => {
    const recs = [
      rec('r1-new', 'Weekly swimming lessons with a qualified instructor, 30 minutes.'),
      rec('r1-other', 'Weekly swimming lessons with a qualified instructor at the leisure centre near school.'),
    ];
    applyDecisions(
      recs,
      new Map([
        ['r1-old', decision('r1-old', 'Weekly swimming lessons with a qualified instructor, 30 minutes each.')],
      ]),
    );
    expect(recs.map((r) => r.confirmed)).toEqual([true, false]);
    expect(recs[0]).toMatchObject({ status: 'weakened', changedSinceChecked: true });
  });
});
