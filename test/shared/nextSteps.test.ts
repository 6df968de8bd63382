import { describe, expect, it } from 'vitest';
import { nextSteps, type CaseProgress } from '../../shared/nextSteps.ts';

const fmt = (iso: string) => `«${iso}»`;
const fullCase: CaseProgress = {
  counts: { plan: 1, report: 4, 'decision-letter': 1 },
  evidence: { missing: 9, wrongSection: 2, weakened: 5, checked: 0, total: 20 },
  bundleBuilt: false,
  appeal: { date: '2026-09-24', daysLeft: 40, status: 'due', provisional: true },
  appealSent: false,
  formatDate: fmt,
};
const ids = (p: CaseProgress) => nextSteps(p).map((s) => s.id);

describe('next steps on the overview', () => {
  it('starts an empty case with the three imports, plan first', () => {
    expect(ids({ ...fullCase, counts: {}, evidence: null, appeal: undefined })).toEqual([
      'plan',
      'reports',
      'decision',
    ]);
  });

  it('asks for the decision letter when only it is missing, before anything about the evidence', () => {
    expect(ids({ ...fullCase, counts: { plan: 1, report: 2 }, appeal: undefined })).toEqual([
      'decision',
      'evidence',
      'bundle',
    ]);
  });

  it('walks a case with a provisional appeal date: confirm it, the evidence map, the pack, then the appeal', () => {
    const steps = nextSteps(fullCase);
    expect(steps.map((s) => s.id)).toEqual(['confirm-date', 'evidence', 'bundle', 'appeal']);
    expect(steps[1]!.title).toBe('Check the evidence map: 9 recommendations missing from the plan');
    expect(steps[1]!.detail).toMatch(/^Also 2 in the wrong section and 5 watered down\./);
    expect(steps[3]!.title).toBe('Appeal to the tribunal by «2026-09-24» (provisional)');
    expect(steps[3]!.detail).toMatch(/40 days left/);
  });

  it('leads with the evidence map’s worst kind of finding when nothing is missing', () => {
    const steps = nextSteps({
      ...fullCase,
      evidence: { missing: 0, wrongSection: 0, weakened: 1, checked: 0, total: 3 },
    });
    expect(steps.find((s) => s.id === 'evidence')!.title).toBe(
      'Check the evidence map: 1 recommendation watered down in the plan',
    );
  });

  it('drops the evidence step once every finding is included and checked, and the pack once built', () => {
    expect(
      ids({
        ...fullCase,
        evidence: { missing: 0, wrongSection: 0, weakened: 0, checked: 4, total: 4 },
        bundleBuilt: true,
      }),
    ).toEqual(['confirm-date', 'appeal']);
  });

  it('puts a missed appeal first and says what can still be done', () => {
    const steps = nextSteps({
      ...fullCase,
      appeal: { date: '2026-09-24', daysLeft: -3, status: 'missed', provisional: false },
    });
    expect(steps[0]!.id).toBe('appeal');
    expect(steps[0]!.urgent).toBe(true);
    expect(steps[0]!.detail).toMatch(/still appeal.*late.*SENDIASS/);
  });

  it('puts an appeal due within a week first', () => {
    expect(
      ids({ ...fullCase, appeal: { date: '2026-09-24', daysLeft: 5, status: 'due', provisional: false } })[0],
    ).toBe('appeal');
  });

  it('says nothing about the appeal date once the appeal is sent', () => {
    expect(ids({ ...fullCase, appealSent: true })).toEqual(['evidence', 'bundle']);
  });
});
