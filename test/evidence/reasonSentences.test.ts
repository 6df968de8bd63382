import { describe, expect, it } from 'vitest';
import { placeName, reasonSentences, type ReasonFacts } from '../../electron/core/evidence/reasonSentences.ts';
import { sharedPhrases } from '../../electron/core/evidence/sharedPhrases.ts';
import { terms } from '../../electron/core/evidence/text.ts';

const base: ReasonFacts = { status: 'included', belongsIn: 'F', sharedPhrases: [], kept: [], lost: [], vague: [] };

describe('reasons a parent reads', () => {
  it('says where the plan talks about the same thing, in the report’s words', () => {
    const r = reasonSentences({
      ...base,
      place: { section: 'F', para: '6' },
      sharedPhrases: ['weekly session with a physiotherapist'],
    });
    expect(r[0]).toBe('The plan’s paragraph F6 talks about the same thing: weekly session with a physiotherapist.');
  });

  it('says what detail the report gives that the plan leaves out, and what the plan says instead', () => {
    const r = reasonSentences({
      ...base,
      status: 'weakened',
      place: { section: 'F', para: '2' },
      lost: [
        { specific: { type: 'who', text: 'a qualified music therapist' }, instead: [] },
        { specific: { type: 'frequency', text: 'twice a week' }, instead: ['once a term'] },
      ],
    });
    expect(r).toContain('The report says who should do it — a qualified music therapist — and the plan does not.');
    expect(r).toContain('The report says how often — twice a week — but the plan says once a term.');
  });

  it('names the kept details and the hedging in the plan', () => {
    const r = reasonSentences({
      ...base,
      status: 'weakened',
      place: { section: 'F', para: '3, 4' },
      kept: [{ type: 'duration', text: '20 minutes' }],
      vague: [{ words: 'where possible', reason: 'Nobody has to deliver it.' }],
    });
    expect(r).toContain('The plan keeps how long each session lasts (20 minutes).');
    const two = reasonSentences({
      ...base,
      kept: [
        { type: 'who', text: 'SENCo' },
        { type: 'frequency', text: 'daily' },
        { type: 'who', text: 'class teacher' },
      ],
    });
    expect(two).toContain('The plan keeps who should do it (SENCo; class teacher) and how often (daily).');
    expect(r).toContain('The plan says “where possible”: nobody has to deliver it.');
  });

  it('says nothing in the plan is about it when missing, and ends with where the law puts it', () => {
    const r = reasonSentences({ ...base, status: 'missing', belongsIn: 'G', place: { section: 'G', para: '1' } });
    expect(r[0]).toBe('Nothing in the plan is about the same help.');
    expect(r[1]).toBe('The closest the plan comes is paragraph G1, which is about something else.');
    expect(r.at(-1)).toMatch(/belongs in Section G/);
  });

  it('says where it was found when in the wrong section', () => {
    const r = reasonSentences({
      ...base,
      status: 'wrong-section',
      place: { section: 'B', para: '2' },
      sharedPhrases: ['touch typing'],
    });
    expect(r[0]).toBe('The plan mentions it only in paragraph B2: touch typing.');
    expect(r.at(-1)).toMatch(/^Help with learning belongs in Section F/);
  });

  it('never shows a score', () => {
    const r = reasonSentences({
      ...base,
      status: 'weakened',
      place: { section: 'F', para: '9' },
      meaning: 'distant',
      sharedPhrases: ['reading'],
      partOnly: ['phonics'],
      reworded: false,
    });
    expect(r.join(' ')).not.toMatch(/\d\.\d/);
  });

  it('names table rows and several paragraphs plainly', () => {
    expect(placeName('F', '3, 4')).toBe('paragraphs F3 and F4');
    expect(placeName('F', 'Row 2')).toBe('Section F (Row 2)');
    expect(placeName('F', 'F5')).toBe('paragraph F5');
  });
});

describe('shared phrases', () => {
  it('keeps a multi-word term whole and joins shared words across small words', () => {
    const rec = 'Zara needs speech and language therapy, then a quiet reading corner with beanbags in the library.';
    const plan = 'Zara will have speech and language therapy and a quiet reading corner with beanbags.';
    expect(sharedPhrases(rec, new Set(terms(plan, new Set(['zara']))))).toEqual([
      'speech and language therapy',
      'quiet reading corner with beanbags',
    ]);
  });

  it('never offers delivery words alone ("times a week") as the likeness', () => {
    expect(sharedPhrases('Art club three times a week', new Set(terms('Football three times a week')))).toEqual([]);
  });

  it('keeps the cells of a table row apart', () => {
    expect(
      sharedPhrases('Swimming lessons | Weekly | Pool hoist', new Set(terms('swimming lessons and a pool hoist'))),
    ).toEqual(['Swimming lessons', 'Pool hoist']);
  });

  it('never starts or ends a phrase with a small word, and stops at punctuation', () => {
    const got = sharedPhrases('Help with the swimming, of the pool', new Set(terms('swimming pool')));
    expect(got).toEqual(['swimming', 'pool']);
  });
});
