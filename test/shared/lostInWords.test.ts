import { describe, expect, it } from 'vitest';
import { lostSpecifics } from '../../electron/core/evidence/matcher.ts';
import { extractSpecifics } from '../../electron/core/evidence/specifics.ts';
import { lostInWords, lostSentence } from '../../shared/lostInWords.ts';

describe('what was lost, in sentences', () => {
  it.each([
    // [the map's terse line, the sentence, why]
    [
      'ratio: 1:1 → not stated',
      'The report asks for 1:1; the plan does not say how many adults or children.',
      'a ratio the plan leaves out',
    ],
    [
      'ratio: 1:1 → small group',
      'The report asks for 1:1; the plan says small group.',
      'the plan states a different ratio',
    ],
    [
      'delivered by: a qualified Speech and Language Therapist → not stated',
      'The report says who should provide it: a qualified Speech and Language Therapist; the plan does not say who.',
      'expertise dropped',
    ],
    [
      'frequency: twice a week → weekly',
      'The report says how often: twice a week; the plan says weekly.',
      'frequency cut',
    ],
    ['amount: six visits → not stated', 'The report asks for six visits; the plan gives no amount.', 'a count dropped'],
    [
      'how long / by when: for the first year → not stated',
      'The report says for how long or by when: for the first year; the plan does not.',
      'term dropped',
    ],
    [
      'section: belongs in Section F → found only in Section B',
      'The report’s advice belongs in Section F (special educational provision), but the plan has it only in Section B (needs).',
      'misplaced: named sections, not letters alone',
    ],
    [
      'force: "as appropriate" in the plan (discretion: appropriate according to whom?)',
      'The plan says “as appropriate”. Discretion: appropriate according to whom?',
      'hedged wording quoted with its reason',
    ],
    [
      'content: only part of the recommendation is in the plan (not in the plan: quiet, stimulation, sensory)',
      'Only part of what the report asks for is in the plan.',
      'never a word list',
    ],
    ['something new: a → b', 'Something new: a, but b.', 'an unknown form is kept, as a sentence'],
  ])('%s', (line, expected) => {
    expect(lostSentence(line)).toBe(expected);
  });

  it('reads a length of time and how often, both missing, as one amount', () => {
    expect(
      lostInWords(['duration: 45 minutes → not stated', 'frequency: per week → not stated', 'ratio: 1:1 → not stated']),
    ).toEqual([
      'The report asks for 45 minutes per week; the plan gives no amount.',
      'The report asks for 1:1; the plan does not say how many adults or children.',
    ]);
  });

  it('keeps a length of time on its own when the plan states how often', () => {
    expect(lostInWords(['duration: 30 minutes → not stated'])).toEqual([
      'The report asks for 30 minutes; the plan gives no amount of time.',
    ]);
  });

  it('turns what the matcher really reports for a watered-down provision into sentences with no arrows or labels', () => {
    // Wording of a physiotherapy report, not a sample the rules were written from.
    const text =
      'Ava needs direct physiotherapy from a chartered physiotherapist, 40 minutes twice a week, 1:1, for the first year.';
    const { lost } = lostSpecifics(
      { specifics: extractSpecifics(text) },
      'Ava will have access to physiotherapy advice as appropriate.',
    );
    expect(lost.length).toBeGreaterThan(2);
    const said = lostInWords(lost);
    for (const s of said) {
      expect(s).toMatch(/^[A-Z“].*[.?!]$/);
      expect(s).not.toMatch(
        /→|^(delivered by|ratio|frequency|duration|amount|how long|when and where|direct delivery|section|content|force):/i,
      );
    }
    expect(said.join(' ')).toMatch(/40 minutes twice a week; the plan gives no amount/);
  });
});
