import { describe, expect, it } from 'vitest';
import { reportName } from '../../shared/reportName.ts';

const doc = (p: { author?: string; profession?: string; title?: string; date?: string }) => ({
  title: 'Report',
  fileName: '01-report.pdf',
  ...p,
});

describe('a report named as a parent knows it', () => {
  it.each([
    [{ author: 'Dr Amara Singh', profession: 'Clinical Psychologist' }, 'Dr Amara Singh, clinical psychologist'],
    [
      { author: 'Priya Nandra', profession: 'speech and language therapist' },
      'Priya Nandra, speech and language therapist',
    ],
    // The author line already says the job: not said twice.
    [{ author: 'Tom Reid, Physiotherapist', profession: 'Physiotherapist' }, 'Tom Reid, Physiotherapist'],
    [{ author: 'Disabled Children’s Team' }, 'Disabled Children’s Team'],
    [{ profession: 'Occupational therapist' }, 'The occupational therapist’s report'],
    [{ title: 'Sensory assessment' }, 'Sensory assessment'],
    // The date as a letter writes it.
    [
      { author: 'Dr Lena Fox', profession: 'Educational Psychologist', date: '2026-03-04' },
      'Dr Lena Fox, educational psychologist, 4 March 2026',
    ],
  ])('%j → %s', (p, expected) => {
    expect(reportName(doc(p))).toBe(expected);
  });

  it('falls back to the title, and to the file name only when there is nothing else', () => {
    expect(reportName(doc({}))).toBe('Report');
    expect(reportName({ fileName: 'scan-0042.pdf', title: '' })).toBe('scan-0042.pdf');
  });

  it('leaves the date out when asked (a list that already shows dates)', () => {
    expect(reportName(doc({ author: 'Sam Cole', date: '2026-01-09' }), { withDate: false })).toBe('Sam Cole');
  });
});
