import { describe, expect, it } from 'vitest';
import type { PdfLayoutPage } from '../../shared/importStructure.ts';
import { furnitureOf } from '../../electron/core/evidence/layout/furniture.ts';
import { pageLines } from '../../electron/core/evidence/layout/lines.ts';

/** A page of a text layer: each entry one printed line at its height (points from the top). */
const page = (n: number, lines: [number, string][]): PdfLayoutPage => ({
  page: n,
  source: 'text',
  items: lines.map(([y, text]) => [72, y, text.length * 5, 10, text]),
});

const pages = [1, 2, 3, 4].map((n) =>
  page(n, [
    [30, 'OFFICIAL – SENSITIVE'],
    [60, n === 1 ? 'Report on Alfie Brown' : `Body text of page ${n}, which changes.`],
    [300, n === 2 || n === 4 ? 'Recommendations' : `More text on page ${n}.`],
    [400 + n * 40, 'Signed: school SENCo'],
    [800, `Alfie Brown · DOB 01/02/2015 · Page ${n} of 4`],
    [815, String(n)],
  ]),
);
const lines = pages.flatMap(pageLines);
const removed = new Set([...furnitureOf(lines)].map((l) => `${l.page}:${l.text}`));

describe('page furniture found by repetition, not by wording', () => {
  it.each([
    ['a running header printed at the same height on every page', '1:OFFICIAL – SENSITIVE', true],
    ['a footer whose page number changes from page to page', '3:Alfie Brown · DOB 01/02/2015 · Page 3 of 4', true],
    ['a page number standing alone', '2:2', true],
    ['a heading that falls at the same height mid-page on half the pages', '2:Recommendations', false],
    [
      'a line that repeats on every page but at a different height each time (content, not furniture)',
      '1:Signed: school SENCo',
      false,
    ],
    ['a line printed on one page only', '1:Report on Alfie Brown', false],
  ])('%s', (_what, line, isFurniture) => {
    expect(removed.has(line)).toBe(isFurniture);
  });

  it('on a one-page letter takes out only a bare page number and a protective marking', () => {
    const one = pageLines(
      page(1, [
        [20, 'OFFICIAL-SENSITIVE'],
        [30, 'Dear Colleague,'],
        [60, 'Confidential information about Alfie follows.'],
        [800, 'Page 1 of 1'],
      ]),
    );
    expect([...furnitureOf(one)].map((l) => l.text)).toEqual(['OFFICIAL-SENSITIVE', 'Page 1 of 1']);
  });
});
