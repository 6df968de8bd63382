import { describe, expect, it } from 'vitest';
import { choosePlan, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { placementOf } from '../../electron/core/evidence/placement.ts';
import { vagueIn } from '../../electron/core/evidence/redPen.ts';
import { sectionHeading } from '../../electron/core/evidence/sectionHeadings.ts';
import { extractSpecifics, kept } from '../../electron/core/evidence/specifics.ts';

describe('section headings (any style, never a lettered list item)', () => {
  it.each([
    ['Section F: The special educational provision', 'F'],
    ['SECTION F – SPECIAL EDUCATIONAL PROVISION', 'F'],
    ['F. Special educational provision', 'F'],
    ['Part H1: Social care provision under section 2 of the CSDPA 1970', 'H1'],
    ['Section H2 - Other social care provision', 'H2'],
    ['Section K Advice and information', 'K'],
    ['E) Outcomes sought', 'E'],
  ])('reads "%s" as Section %s', (line, id) => expect(sectionHeading(line)).toBe(id));
  it.each([
    ['a) Sam should have a visual timetable.'], // a lettered recommendation, not Section A
    ['F. Smith, Educational Psychologist'], // an initial, not Section F
    ['Section 2 of the Chronically Sick and Disabled Persons Act'], // a statute, not a plan section
  ])('does not read "%s" as a section heading', (line) => expect(sectionHeading(line)).toBeUndefined());
  it('reads a heading that only names the section when asked to (headings inside table cells)', () => {
    expect(sectionHeading('Special Educational Provision', true)).toBe('F');
    expect(sectionHeading('Outcomes', true)).toBe('E');
  });
});

describe('vague wording in Section F (vague.json, DOMAIN.md §1)', () => {
  it.each([
    ['Sam will have access to a quiet room.', 'access-to'], // access is not delivery
    ['Speech and language therapy as required.', 'as-required'], // decided on the day
    ['Adult support as appropriate.', 'as-appropriate'], // appropriate according to whom
    ['Regular sessions with the SENCo.', 'regular'], // no frequency
    ['Up to 15 hours of support a week.', 'up-to'], // a ceiling: zero complies
    ['Small group work for literacy.', 'small-group'], // group size missing
    ['Speech and language therapy advice to school staff.', 'indirect'], // advice replaces therapy
    ['Mentoring where possible.', 'where-possible'], // depends on convenience
  ])('flags "%s" (%s)', (text, id) => expect(vagueIn(text).map((v) => v.id)).toContain(id));
  it.each([
    ['Daily precision teaching, 10 minutes per day, delivered 1:1 by a trained teaching assistant.'],
    ['A small group of no more than 4 pupils, twice a week for 30 minutes, led by a trained ELSA.'],
  ])('leaves specific provision alone: "%s"', (text) => expect(vagueIn(text)).toEqual([]));
});

describe('specifics and where provision belongs', () => {
  it('keeps "weekly" and "per week", but not "45 minutes" against "30 minutes"', () => {
    const plan = extractSpecifics('30 minutes per week with a qualified speech and language therapist');
    const [freq] = extractSpecifics('weekly');
    expect(kept(freq!, plan)).toBeDefined();
    expect(kept({ type: 'duration', text: '45 minutes' }, plan)).toBeUndefined();
  });
  it('notices a downgraded deliverer: a qualified SALT is not school staff', () => {
    expect(
      kept(
        { type: 'who', text: 'qualified Speech and Language Therapist' },
        extractSpecifics('delivered by school staff'),
      ),
    ).toBeUndefined();
  });
  it.each([
    ['Sam requires direct speech and language therapy, 45 minutes weekly.', 'F'], // educates: CFA s21(5)
    ['Sam should receive short breaks of 4 hours a fortnight.', 'H1'], // CSDPA s2 service
    ['The family should be offered a parenting programme.', 'H2'], // other social care
    ['Sam should have a medication review every six months.', 'G'], // health, does not educate
    ['Sam should have a visual timetable in every lesson.', 'F'],
  ])('puts "%s" in Section %s', (text, section) =>
    expect(placementOf(text, 'provision', 'education').belongsIn).toBe(section),
  );
});

describe('choosing the plan', () => {
  const plan = (documentId: number, pages: number, date: string): EngineDocument => ({
    documentId,
    fileName: `${documentId}.pdf`,
    title: 'plan',
    kind: 'plan',
    sourceType: 'pdf',
    date,
    pages: [
      {
        page: 1,
        text: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'I', 'K'].map((s) => `Section ${s}: heading\nText.`).join('\n'),
      },
      ...Array.from({ length: pages - 1 }, (_, i) => ({ page: i + 2, text: 'More.' })),
    ],
  });
  it('prefers the plan itself to an LA bundle that contains it, and the final plan to the draft', () => {
    expect(choosePlan([plan(1, 40, '2026-08-24'), plan(2, 3, '2026-07-10')])!.doc.documentId).toBe(2);
    expect(choosePlan([plan(1, 3, '2026-05-01'), plan(2, 3, '2026-07-10')])!.doc.documentId).toBe(2);
  });
});

describe('plan headings split over lines', () => {
  it('reads a section letter alone on a line with its title on the next', async () => {
    const { splitPlan } = await import('../../electron/core/evidence/planSplitter.ts');
    const text = [
      'B',
      'Special educational needs',
      'Ana has dyslexia.',
      'F',
      'Special educational provision',
      '1. Ana will have a reading programme daily for 20 minutes.',
      'E',
      'Outcomes',
      'Ana will read fluently.',
    ].join('\n');
    const split = splitPlan([{ page: 1, text }]);
    expect(Object.keys(split.sections).sort()).toEqual(['B', 'E', 'F']);
    expect(split.sections.F![0]!.text).toContain('reading programme');
  });
});

describe('recommendation sections with sub-headings', () => {
  it('keeps reading past "Strategies for the class teacher" and stops at the signature', async () => {
    const { extractRecommendations } = await import('../../electron/core/evidence/recommendations.ts');
    const text = [
      'Background',
      'Ben should have been assessed sooner, his father said.',
      'Recommendations',
      'Strategies for the class teacher',
      '1. Ben should sit at the front of the class in every lesson.',
      'Support from the teaching assistant',
      '2. Ben requires 20 minutes of 1:1 reading with a teaching assistant each day.',
      'Joanna Reeve',
      'Specialist Teacher',
      'If you have any questions, please contact me on 01234 567890.',
    ].join('\n');
    const found = extractRecommendations([{ page: 1, text }]);
    expect(found.map((f) => f.text.split(' ').slice(0, 3).join(' '))).toEqual(['Ben should sit', 'Ben requires 20']);
  });
});
