import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../../shared/evidence.ts';
import { analyseDocuments, type EngineDocument } from '../../../electron/core/evidence/engine.ts';
import { SAMPLES } from '../shared.ts';
import { pdfPages } from '../../evidence/pdfText.ts';
import { score, type KeyItem } from '../../evidence/score.ts';

const expected = (
  JSON.parse(readFileSync(join(SAMPLES, 'expected-map.json'), 'utf8')) as { recommendations: KeyItem[] }
).recommendations;
const FILES: [string, string][] = [
  ['01-ep-report.pdf', 'report'],
  ['02-salt-report.pdf', 'report'],
  ['03-ot-report.pdf', 'report'],
  ['04-social-care-assessment.pdf', 'report'],
  ['05-final-ehcp.pdf', 'plan'],
  ['06-decision-letter.pdf', 'decision-letter'],
  ['08-email-request-ot.pdf', 'correspondence'],
];

let map: EvidenceMap;
beforeAll(async () => {
  const documents: EngineDocument[] = [];
  for (const [i, [file, kind]] of FILES.entries()) {
    documents.push({
      documentId: i + 1,
      fileName: file,
      title: file,
      kind,
      sourceType: 'pdf',
      pages: await pdfPages(join(SAMPLES, file)),
    });
  }
  map = await analyseDocuments({ documents, childNames: ['Sam Taylor'] });
});

describe('evidence map on case-a (text read with pdf.js, as the importer does)', () => {
  it('meets the bar: ≥ 90% found, ≥ 85% right status, ≥ 90% right section, precision ≥ 80%', () => {
    const s = score(map, expected);
    console.info(
      `case-a: found ${(s.found * 100).toFixed(0)}%, status ${(s.status * 100).toFixed(0)}%, section ${(s.section * 100).toFixed(0)}%, ${s.extra} extracted items not in the key (precision ${(s.precision * 100).toFixed(0)}%)`,
      s.wrong,
    );
    expect(s.found).toBeGreaterThanOrEqual(0.9);
    expect(s.status).toBeGreaterThanOrEqual(0.85);
    expect(s.section).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('splits the plan into sections A–K with paragraph numbers and pages', () => {
    expect(Object.keys(map.plan!.sections).sort()).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H1',
      'H2',
      'I',
      'J',
      'K',
    ]);
    const f = map.plan!.sections.F!;
    expect(f.map((p) => p.para)).toEqual(f.map((_, i) => String(i + 1)));
    expect(f.every((p) => p.page >= 1 && p.text.length > 10)).toBe(true);
    expect(map.plan!.adviceListed.length).toBe(6);
  });

  it('takes recommendations from reports only, never from the plan, letters or emails', () => {
    const files = new Set(map.recommendations.map((r) => r.fileName));
    expect([...files].sort()).toEqual([
      '01-ep-report.pdf',
      '02-salt-report.pdf',
      '03-ot-report.pdf',
      '04-social-care-assessment.pdf',
    ]);
  });

  it('lists lost specifics in plain words and drafts wording citing the source', () => {
    const weakened = map.recommendations.filter((r) => r.status === 'weakened');
    expect(weakened.every((r) => r.lostSpecifics.length > 0 && /Sources?:/.test(r.suggestedWording ?? ''))).toBe(true);
    expect(map.recommendations.some((r) => r.lostSpecifics.some((l) => /^frequency: .+ → not stated$/.test(l)))).toBe(
      true,
    );
    expect(map.recommendations.filter((r) => r.status === 'included').every((r) => r.suggestedWording === null)).toBe(
      true,
    );
  });

  it('red-pens the plan: vague F wording, non-SMART outcomes, short breaks in F, provision in B, and Section K gaps', () => {
    const kinds = new Set(map.flags.map((f) => f.kind));
    for (const k of [
      'vague-wording',
      'outcome-not-smart',
      'social-care-in-F',
      'provision-in-B',
      'advice-not-in-K',
      'K-entry-not-in-case',
    ] as const)
      expect(kinds).toContain(k);
    const notInK = map.flags.filter((f) => f.kind === 'advice-not-in-K').map((f) => f.text);
    expect(notInK).toHaveLength(1);
    expect(notInK[0]).toContain('03-ot-report.pdf');
    expect(
      map.flags
        .filter((f) => f.kind === 'vague-wording')
        .every((f) => f.section === 'F' && /likely not specific enough/i.test(f.reason)),
    ).toBe(true);
  });
});
