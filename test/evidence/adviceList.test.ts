import { describe, expect, it } from 'vitest';
import { checkAdviceList } from '../../electron/core/evidence/adviceList.ts';
import { redPen } from '../../electron/core/evidence/redPen.ts';

describe('Section K against the case', () => {
  it("never asks the council for a copy of the family's own advice or the child's views", () => {
    const flags = checkAdviceList(
      [
        'Parents’ views and aspirations (Mr and Mrs Ahmed), 3 February 2027',
        "Mother's advice, 1 March 2027",
        'Views of the young person, recorded 2 March 2027',
        'Audiology advice, Hearing Support Service, 9 March 2027',
        'Family Support Worker report, 4 March 2027',
      ],
      [],
    );
    expect(flags.map((f) => f.text)).toEqual([
      'Audiology advice, Hearing Support Service, 9 March 2027',
      'Family Support Worker report, 4 March 2027',
    ]);
    expect(flags.every((f) => f.kind === 'K-entry-not-in-case')).toBe(true);
  });
});

describe('the red pen', () => {
  it('gives the reason for vague wording without the rule’s internal basis note', () => {
    const flags = redPen(
      { F: [{ para: '1', page: 1, text: 'Mia will have access to a small group for literacy as appropriate.' }] },
      [],
      new Set(),
    );
    const vague = flags.find((f) => f.kind === 'vague-wording');
    expect(vague?.reason).toMatch(/Likely not specific enough/);
    expect(vague?.reason).not.toMatch(/basis/i);
  });
});
