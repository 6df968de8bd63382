import { describe, expect, it } from 'vitest';
import { isoFromParts, partsFromIso } from '../../renderer/components/DateField.tsx';
import { sortDocuments } from '../../renderer/screens/documents/sortDocuments.ts';
import {
  applyProgress,
  PASSWORD_NEEDED,
  rowsFromOutcomes,
  waitingRows,
} from '../../renderer/screens/documents/importRows.ts';
import { formatDate, plural } from '../../renderer/format.ts';

describe('import rows', () => {
  it('lists dropped files as waiting, then reading, then read', () => {
    let rows = waitingRows(['/d/a.pdf', '/d/b.pdf']);
    rows = applyProgress(rows, { message: 'Reading a.pdf', done: 0, total: 2, item: '/d/a.pdf' });
    expect(rows.map((r) => r.status)).toEqual(['reading', 'waiting']);
    rows = applyProgress(rows, { message: 'page 1 of 2', done: 0.5, total: 2, item: '/d/a.pdf' });
    expect(rows[0]?.fraction).toBe(0.5);
    rows = applyProgress(rows, { message: 'Reading b.pdf', done: 1, total: 2, item: '/d/b.pdf' });
    expect(rows.map((r) => [r.status, r.fraction])).toEqual([
      ['read', 1],
      ['reading', 0],
    ]);
  });

  it('puts files found in a dropped folder above the folder, which waits until the end', () => {
    let rows = waitingRows(['/d/letters', '/d/z.pdf']);
    rows = applyProgress(rows, { message: 'Reading', done: 0, total: 3, item: '/d/letters/one.pdf' });
    rows = applyProgress(rows, { message: 'Reading', done: 1, total: 3, item: '/d/letters/two.pdf' });
    expect(rows.map((r) => `${r.path}:${r.status}`)).toEqual([
      '/d/letters/one.pdf:read',
      '/d/letters/two.pdf:reading',
      '/d/letters:waiting',
      '/d/z.pdf:waiting',
    ]);
  });

  it('does not treat a sibling with a longer name as inside a folder', () => {
    const rows = applyProgress(waitingRows(['/d/letters']), {
      message: 'x',
      done: 0,
      total: 1,
      item: '/d/letters-old.pdf',
    });
    expect(rows.map((r) => r.path)).toEqual(['/d/letters', '/d/letters-old.pdf']);
  });

  it("asks for a locked PDF's password in app words, and keeps the reader's words for a wrong one", () => {
    const rows = rowsFromOutcomes([
      {
        path: '/d/a.pdf',
        status: 'rejected',
        reason: 'Locked. On the command line, add --password.',
        passwordProblem: 'needed',
      },
      {
        path: '/d/b.pdf',
        status: 'rejected',
        reason: 'The password given does not open this PDF.',
        passwordProblem: 'wrong',
      },
    ]);
    expect(rows.map((r) => [r.passwordProblem, r.detail])).toEqual([
      ['needed', PASSWORD_NEEDED],
      ['wrong', 'The password given does not open this PDF.'],
    ]);
  });

  it('shows the reason a file was refused, and the pages of one added', () => {
    const rows = rowsFromOutcomes([
      { path: '/d/a.pdf', status: 'imported', documentId: 1, pages: 3 },
      { path: '/d/b.pdf', status: 'rejected', reason: 'This is not a PDF.' },
    ]);
    expect(rows.map((r) => [r.status, r.detail])).toEqual([
      ['imported', '3 pages'],
      ['rejected', 'This is not a PDF.'],
    ]);
  });

  it('shows what to check on a file that was added after a repair', () => {
    const rows = rowsFromOutcomes([
      { path: '/d/cut.pdf', status: 'imported', documentId: 2, pages: 2, warnings: ['Repaired: check page 2.'] },
    ]);
    expect(rows[0]!.detail).toBe('2 pages. Repaired: check page 2.');
  });
});

describe('en-GB wording', () => {
  it.each([
    ['2026-07-10', '10 July 2026'],
    ['2026-12-01', '1 December 2026'],
    ['2026-03-29T12:00:00.000Z', '29 March 2026'],
    ['', ''],
  ])('formats %s as "%s"', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('says 1 document but 2 documents', () => {
    expect([plural(1, 'document'), plural(2, 'document'), plural(1200, 'page')]).toEqual([
      '1 document',
      '2 documents',
      '1,200 pages',
    ]);
  });
});

describe('day, month and year boxes', () => {
  it.each([
    [{ day: '24', month: '8', year: '2026' }, { iso: '2026-08-24' }],
    [{ day: '', month: '', year: '' }, { iso: null }],
    [{ day: '29', month: '2', year: '2027' }, { error: expect.stringMatching(/does not exist/) }],
    [{ day: '1', month: '13', year: '2026' }, { error: expect.stringMatching(/does not exist/) }],
    [{ day: '1', month: '2', year: '26' }, { error: expect.stringMatching(/four digits/) }],
    [{ day: '1', month: '', year: '2026' }, { error: expect.stringMatching(/day, the month and the year/) }],
  ])('reads %o', (parts, expected) => {
    expect(isoFromParts(parts)).toEqual(expected);
  });

  it('shows a stored date without leading zeros', () => {
    expect(partsFromIso('2026-07-05')).toEqual({ day: '5', month: '7', year: '2026' });
  });
});

describe('document order', () => {
  const doc = (documentId: number, date: string | undefined, title: string) =>
    ({
      documentId,
      title,
      date,
      kind: 'report',
      pages: 1,
      fileName: `${title}.pdf`,
      sourceType: 'pdf',
      importedAt: '',
      sha256: '',
      ocrPages: 0,
    }) as const;
  const docs = [doc(1, '2026-05-12', 'b'), doc(2, undefined, 'a'), doc(3, '2026-01-02', 'c')];

  it('puts undated documents last whichever way dates are sorted', () => {
    expect(sortDocuments(docs, { key: 'date', descending: false }).map((d) => d.documentId)).toEqual([3, 1, 2]);
    expect(sortDocuments(docs, { key: 'date', descending: true }).map((d) => d.documentId)).toEqual([1, 3, 2]);
  });

  it('sorts titles as people read them', () => {
    expect(sortDocuments(docs, { key: 'title', descending: false }).map((d) => d.title)).toEqual(['a', 'b', 'c']);
  });
});
