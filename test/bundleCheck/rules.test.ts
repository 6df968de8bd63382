import { describe, expect, it } from 'vitest';
import { isDividerPage, readIndex } from '../../electron/core/bundleCheck/bundleIndex.ts';
import {
  compactLines,
  findLabel,
  formatLabel,
  labelSequenceProblems,
  repairScannedLabels,
  type PageLabel,
} from '../../electron/core/bundleCheck/labels.ts';
import { rowsOf } from '../../electron/core/bundleCheck/scanPage.ts';
import type { OcrLine, OcrWord } from '../../electron/core/text/ocr.ts';
import { CasePageIndex, matchPages } from '../../electron/core/bundleCheck/pageMatch.ts';
import { differences } from '../../electron/core/bundleCheck/textDiff.ts';

const l = (s: string) => ({ prefix: s.replace(/\d+$/, ''), number: Number(s.replace(/^\D+/, '')) });

describe('page labels', () => {
  it.each([
    // [page text, read by OCR, label expected, why]
    ['Some text\nPage 3 of 4\nB12', false, 'B12', 'a stamp on its own line, last'],
    ['B 7\nThe report begins', false, 'B7', 'a stamp at the top, with a space'],
    ['Page 1 of 4 Al', true, 'A1', 'OCR reads 1 as l and joins it to the footer'],
    ['Page 2 of 4\n\nBS', true, 'B5', 'OCR reads 5 as S'],
    ['Page 4 of 4\n\nAd', true, 'A4', 'OCR reads 4 as d'],
    ['|B14|', true, 'B14', "OCR reads the stamp's box as bars"],
    ['Page 2 of 4', false, undefined, 'a footer is no label'],
    ['IS', false, undefined, 'a word is no label in a text layer'],
  ] as [string, boolean, string | undefined, string][])('reads %j (ocr %s) as %s: %s', (text, ocr, want) => {
    const got = findLabel(text, { ocr });
    expect(got && formatLabel(got)).toBe(want);
  });

  it('reports labels that skip, repeat, go back and restart, and pages without one', () => {
    const problems = labelSequenceProblems([l('A1'), l('A2'), l('A2'), undefined, l('A5'), l('A3'), l('B1'), l('A6')]);
    expect(problems.map((p) => p.kind)).toEqual(['repeat', 'unlabelled', 'skip', 'restart', 'restart']);
    expect(problems[2]!.message).toBe('The labels jump from A2 to A5: A3–A4 are missing.');
  });
});

describe('labels read from scans', () => {
  const line = (text: string, width: number, height = 18): OcrLine => ({
    text,
    confidence: 90,
    x0: 1000,
    y0: 40,
    x1: 1000 + width,
    y1: 40 + height,
  });
  it('keeps a label as narrow as its characters and drops reads squeezed out of wider text', () => {
    // Measured on 150 dpi scans: "A12" is 44 px wide and 17 high; "Page 1 of 4" read as capitals
    // and digits gives "P104" over 94 px; "C14" losing its 1 gives "C4" over 45 px.
    const page = {
      text: '',
      confidence: 90,
      words: [],
      lines: [line('P104', 94, 17), line('C4', 45), line('A12', 44, 17)],
    };
    expect(compactLines(page)).toBe('A12');
    expect(compactLines({ ...page, lines: [line('B5', 31)] })).toBe('B5');
  });

  it('repairs a scanned page label misread by a digit, or not read, between two that agree', () => {
    const labels: (PageLabel | undefined)[] = [
      'C13',
      'C4',
      'C15',
      'D1',
      undefined,
      'D3',
      'D4',
      'D57',
      'D6',
      'DS7',
      'D8',
    ].map((x) => (x ? l(x) : undefined));
    repairScannedLabels(
      labels,
      labels.map(() => true),
    );
    expect(labels.map((x) => x && formatLabel(x))).toEqual([
      'C13',
      'C14',
      'C15',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
    ]);
  });

  it('leaves labels from text layers, and reads that are not one digit off, as they are', () => {
    const labels = ['B3', 'B17', 'B5', 'B6', 'B4', 'B8'].map(l);
    repairScannedLabels(labels, [true, true, true, false, false, false]);
    // B17 between B3 and B5 is two digits off B4; B4 between B6 and B8 is from a text layer: the bundle's own fault.
    expect(labels.map(formatLabel)).toEqual(['B3', 'B17', 'B5', 'B6', 'B4', 'B8']);
  });
});

describe('the bundle index', () => {
  it('reads entries with their sections in several printed styles, on consecutive pages', () => {
    const { entries, indexPages } = readIndex([
      'Hearing bundle',
      'Contents\nSection A: Core bundle\nAppeal form, 01/09/2026 ........ A1-A4\nDecision letter A5',
      'B. EHC plan\nFinal plan B1 to B9\nC – Evidence\nOT report, H. Marsh C1–4',
      'OT report\nThe child was seen in school on 3 May.',
    ]);
    expect(indexPages).toEqual([1, 2]);
    expect(entries.map((e) => [e.title, e.listed, e.section?.letter])).toEqual([
      ['Appeal form, 01/09/2026', 'A1–A4', 'A'],
      ['Decision letter', 'A5', 'A'],
      ['Final plan', 'B1–B9', 'B'],
      ['OT report, H. Marsh', 'C1–C4', 'C'],
    ]);
  });
});

describe('an index laid out as a table, with titles that wrap', () => {
  it('joins a wrapped title to the line its range is printed on, and takes a ranged section line as a heading', () => {
    const { entries, headings } = readIndex([
      [
        'Index',
        'Document Author Date Pages',
        'A. Core bundle: appeal form and decision A1–A2',
        'Our decision to issue a final',
        'Education, Health and Care plan',
        'O. Tranter 22/01/2027 A1–A2',
        'B. EHC plan with Section K appendices B1–B15',
        'Education, Health and Care Plan O. Tranter 22/01/2027 B1–B5',
        'Occupational Therapy Assessment: Sensory',
        'Processing and Fine Motor Skills',
        '20/11/2026 B11–B12',
      ].join('\n'),
    ]);
    expect(headings.map((h) => [h.letter, h.title])).toEqual([
      ['A', 'Core bundle: appeal form and decision'],
      ['B', 'EHC plan with Section K appendices'],
    ]);
    expect(entries.map((e) => [e.title, e.listed, e.section?.letter])).toEqual([
      ['Our decision to issue a final Education, Health and Care plan O. Tranter 22/01/2027', 'A1–A2', 'A'],
      ['Education, Health and Care Plan O. Tranter 22/01/2027', 'B1–B5', 'B'],
      ['Occupational Therapy Assessment: Sensory Processing and Fine Motor Skills 20/11/2026', 'B11–B12', 'B'],
    ]);
  });

  it("puts a scanned index's titles and far-right ranges, which OCR reads as two columns, back on their rows", () => {
    const word = (text: string, x0: number, y0: number): OcrWord => ({
      text,
      confidence: 90,
      x0,
      y0,
      x1: x0 + 10 * text.length,
      y1: y0 + 20,
      lineY0: y0,
      lineY1: y0 + 20,
    });
    // As Tesseract's blocks give them: the titles first, then the column of ranges.
    const words = [
      word('Decision', 100, 200),
      word('letter', 190, 201),
      word('Final', 100, 240),
      word('plan', 160, 239),
      word('A1', 1100, 202),
      word('B1-B3', 1100, 241),
    ];
    expect(rowsOf(words)).toBe('Decision letter A1\nFinal plan B1-B3');
  });

  it('knows a divider page, which names a section and nothing else', () => {
    expect(isDividerPage('Section B\nEHC plan with Section K appendices\nB')).toBe(true);
    expect(isDividerPage('Tab C: Working document\nC1')).toBe(true);
    expect(isDividerPage('B12')).toBe(false);
    expect(
      isDividerPage(
        'Section B: Communication and interaction\nSam has a receptive language disorder and needs instructions broken into short steps in every lesson.',
      ),
    ).toBe(false);
  });
});

describe('matching pages', () => {
  const casePages = [
    {
      documentId: 1,
      page: 1,
      text: 'The assessment found that Sam needs a quiet space to calm down at lunchtime and before lessons begin each morning.',
    },
    {
      documentId: 2,
      page: 1,
      text: 'The letter confirms that the council will not name a specialist school and explains the right of appeal to the tribunal.',
    },
  ];
  it('matches a page to its own document and nothing to an unrelated page', () => {
    const m = matchPages(new CasePageIndex(casePages), [
      {
        text: 'The letter confirms that the council will not name a specialist school and explains the right of appeal to the tribunal.\nC4',
        partial: false,
      },
      { text: 'Minutes of the annual review held in the school hall with the head teacher present.', partial: false },
    ]);
    expect(m[0]!.map((x) => x.documentId)).toEqual([2]);
    expect(m[1]).toEqual([]);
  });

  it('is settled by the opening words of a case page, or by enough words with nothing of the case', () => {
    const index = new CasePageIndex(casePages);
    expect(index.settles('The assessment found that Sam needs a quiet space to calm down')).toBe(true);
    // Too few words to tell pages apart, whatever they match.
    expect(index.settles('The assessment found that Sam')).toBe(false);
    const foreign =
      'Minutes of the annual review held in the school hall with the head teacher present. Attendance was good and the targets were reviewed one by one with the class teacher.';
    expect(index.settles(foreign)).toBe(true);
    // Some of a case page among other words: not sure either way, so read on.
    expect(index.settles(`${foreign.slice(0, 60)} the council will not name a specialist school`)).toBe(false);
  });

  it('ignores what OCR does to the same words but shows a changed date', () => {
    expect(
      differences('Date of report 12 May 2026\nPage 1 of 4', 'Date of rep0rt 12 May 2O26\nPage 10f4\nB4', {
        ocr: true,
        partial: false,
      }),
    ).toEqual([]);
    expect(
      differences('Date of report 12 May 2026', 'Date of report 13 May 2026', { ocr: false, partial: false }),
    ).toEqual([{ case: 'Date of report 12 May 2026', bundle: 'Date of report 13 May 2026' }]);
  });
});
