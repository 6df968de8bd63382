import { describe, expect, it } from 'vitest';
describe('finding a recommendation on the printed page', () => {
  it('finds words split across lines and highlights them in the page as printed', async () => {
    const { findSpan } = await import('../../renderer/screens/evidence/ReportPane.tsx');
    const page = 'Recommendations\n1. Ava should have\n   direct physiotherapy,  twice a week.\n2. Other.';
    const span = findSpan(page, 'Ava should have direct physiotherapy, twice a week.')!;
    expect(page.slice(...span)).toBe('Ava should have\n   direct physiotherapy,  twice a week.');
    expect(findSpan(page, 'Not on this page at all')).toBeUndefined();
  });
});
