import { describe, expect, it } from 'vitest';
import { reportName } from '../../renderer/screens/evidence/reportName.ts';

const doc = (p: { author?: string; profession?: string; title?: string }) => ({ title: 'Report', fileName: '01-report.pdf', ...p });

describe('a report named as a parent knows it', () => {
  it.each([
    [{ author: 'Dr Amara Singh', profession: 'Clinical Psychologist' }, 'Dr Amara Singh, clinical psychologist'],
    [{ author: 'Priya Nandra', profession: 'speech and language therapist' }, 'Priya Nandra, speech and language therapist'],
    [{ author: 'Tom Reid, Physiotherapist', profession: 'Physiotherapist' }, 'Tom Reid, Physiotherapist'],
    [{ author: 'Disabled Children’s Team' }, 'Disabled Children’s Team'],
    [{ profession: 'Occupational therapist' }, 'The occupational therapist’s report'],
    [{ title: 'Sensory assessment' }, 'Sensory assessment'],
  ])('%j → %s', (p, expected) => {
    expect(reportName(doc(p))).toBe(expected);
  });

  it('never falls back to a bare file name when there is a title', () => {
    expect(reportName(doc({}))).toBe('Report');
  });
});

describe('finding a recommendation on the printed page', () => {
  it('finds words split across lines and highlights them in the page as printed', async () => {
    const { findSpan } = await import('../../renderer/screens/evidence/ReportPane.tsx');
    const page = 'Recommendations\n1. Ava should have\n   direct physiotherapy,  twice a week.\n2. Other.';
    const span = findSpan(page, 'Ava should have direct physiotherapy, twice a week.')!;
    expect(page.slice(...span)).toBe('Ava should have\n   direct physiotherapy,  twice a week.');
    expect(findSpan(page, 'Not on this page at all')).toBeUndefined();
  });
});

describe('wording to ask for', () => {
  it('cites each report by name, not by file name', async () => {
    const { citeByName } = await import('../../renderer/screens/evidence/reportName.ts');
    const names = new Map([
      ['ep.pdf', 'Dr Amara Singh, clinical psychologist'],
      ['salt-2027.pdf', 'Jo Bell, speech and language therapist'],
    ]);
    expect(citeByName('Amend F1 to read: "…" Sources: ep.pdf, page 3; salt-2027.pdf, page 2.', names)).toBe(
      'Amend F1 to read: "…" Sources: Dr Amara Singh, clinical psychologist, page 3; Jo Bell, speech and language therapist, page 2.',
    );
  });
});
