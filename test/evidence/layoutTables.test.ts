import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, PageInput } from '../../electron/core/evidence/blocks.ts';
import { layoutBlocks } from '../../electron/core/evidence/layout/layoutBlocks.ts';
import { splitPlan } from '../../electron/core/evidence/planSplitter.ts';
import { extractRecommendations } from '../../electron/core/evidence/recommendations.ts';
import { stopPdfWorkers } from '../../electron/core/text/pdfWorkerClient.ts';
import { readPdfLayout, TestPdf } from './layoutPdf.ts';

/*
 * An invented physiotherapy report printed by pdf-lib with real positioned text: a running header
 * and a numbered footer on every page, and a table of recommendations whose cells wrap and whose
 * third row is cut by the page break, the header row repeated above the rest of it.
 */
const ROWS = [
  [
    'Daily stretching programme for calves and hamstrings, written by the physiotherapist and carried out before PE',
    '10 minutes every school day',
    'Teaching assistant trained by the physiotherapist',
  ],
  [
    'Direct physiotherapy to build core strength and balance, in a block of sessions',
    '45 minutes fortnightly for one term',
    'Paediatric physiotherapist',
  ],
  [
    'Adapted PE: a written risk assessment for every new activity, an alternative task when jumping or contact is planned, and a seat at the side of the hall whenever Tomasz needs to rest between activities during the lesson',
    'Every PE lesson',
    'PE teacher',
  ],
  [
    'Lift pass and permission to leave lessons five minutes early to avoid crowded corridors',
    'Every day',
    'Head of year',
  ],
];
const FILLER =
  'Tomasz was seen at school and at home. He walks independently but tires quickly on stairs and over longer distances, and he has had two falls on the school site this term.';

let blocks: Block[];
let pages: PageInput[];
let plan: { blocks: Block[]; pages: PageInput[] };

beforeAll(async () => {
  const report = new TestPdf({
    header: 'CONFIDENTIAL - CHILD RECORD',
    footer: (n, of) => `Northfield Community Physiotherapy | Tomasz Nowak | Page ${n} of ${of}`,
  })
    .heading('Physiotherapy report')
    .para(FILLER)
    .heading('Assessment');
  for (let i = 0; i < 12; i++) report.para(FILLER);
  report
    .heading('Recommendations')
    .table([220, 120, 143], ['Recommendation', 'How often', 'Who delivers'], ROWS)
    .heading('Goals')
    .item(
      '1.',
      'By the end of Year 9, Tomasz will climb two flights of stairs without a rest on 4 out of 5 occasions.',
    );
  ({ blocks, pages } = await readPdfLayout(await report.bytes()));

  const planPdf = new TestPdf({ header: 'OFFICIAL - SENSITIVE', footer: (n, of) => `Page ${n} of ${of}` })
    .heading('Section B: Special educational needs')
    .para('Tomasz has hypermobility and tires quickly.')
    .heading('Section F: Special educational provision');
  for (let i = 0; i < 5; i++) planPdf.para(FILLER);
  planPdf
    .table(
      [120, 150, 110, 103],
      ['Need', 'Provision', 'How often', 'Who'],
      [
        [
          'Physical',
          'Stretching programme before PE, set by the physiotherapist',
          'Daily, 10 minutes',
          'Teaching assistant',
        ],
        [
          'Physical',
          'Adapted PE with an alternative task when jumping or contact is planned and a seat at the side of the hall',
          'Every PE lesson',
          'PE teacher',
        ],
        ['Mobility', 'Lift pass', 'As required', 'School staff'],
      ],
    )
    .heading('Section G: Health care provision')
    .table(
      [240, 243],
      ['Provision', 'Provided by'],
      [['Review by the community physiotherapy service every six months', 'Community physiotherapist']],
    );
  plan = await readPdfLayout(await planPdf.bytes());
}, 60_000);

afterAll(stopPdfWorkers);

describe('reading a PDF table of recommendations from its positioned text', () => {
  it('cuts a table row across the page on purpose (the fixture does what it says)', () => {
    const third = ROWS[2]![0]!;
    expect(pages[0]!.text).toContain(third.slice(0, 20));
    expect(pages[1]!.text).not.toContain(third.slice(0, 20));
    expect(pages[1]!.text).toContain('between activities');
  });

  it('gives one recommendation per row, its cells in order joined by " | ", the cut row whole', () => {
    const provision = extractRecommendations(pages, blocks).filter((r) => r.kind === 'provision');
    expect(provision.map((r) => r.text)).toEqual(ROWS.map((cells) => cells.join(' | ')));
  });

  it('does not take the header row, repeated on the second page, for a recommendation', () => {
    expect(extractRecommendations(pages, blocks).some((r) => /^Recommendation \|/.test(r.text))).toBe(false);
  });

  it('takes running headers, footers and page numbers out before anything reads the text', () => {
    const all = [...blocks.map((b) => b.text), ...pages.map((p) => p.text)].join('\n');
    expect(all).not.toMatch(/CONFIDENTIAL|Northfield Community Physiotherapy|Page \d of \d/);
  });

  it('tells the goals after the table apart from provision', () => {
    const goal = extractRecommendations(pages, blocks).find((r) => r.text.startsWith('By the end of Year 9'));
    expect(goal?.kind).toBe('outcome');
  });

  it("gives the plan splitter Section F and G tables as rows with their cells, the page's furniture gone", () => {
    const split = splitPlan(plan.pages, plan.blocks);
    const f = split.sections.F!.filter((p) => p.cells);
    expect(f.map((p) => p.cells)).toEqual([
      [
        'Physical',
        'Stretching programme before PE, set by the physiotherapist',
        'Daily, 10 minutes',
        'Teaching assistant',
      ],
      [
        'Physical',
        'Adapted PE with an alternative task when jumping or contact is planned and a seat at the side of the hall',
        'Every PE lesson',
        'PE teacher',
      ],
      ['Mobility', 'Lift pass', 'As required', 'School staff'],
    ]);
    expect(split.sections.G!.map((p) => p.text)).toEqual([
      'Review by the community physiotherapy service every six months | Community physiotherapist',
    ]);
    expect(JSON.stringify(split.sections)).not.toMatch(/OFFICIAL|Page \d/);
  });
});

describe('a table printed with no cell padding, rows as close together as the lines of a cell', () => {
  const rows = [
    [
      'Weekly session with the school counsellor to talk through worries and plan for the week ahead',
      'Weekly, 40 minutes',
      'School counsellor',
    ],
    ['Time-out card allowing a short break in a named quiet room', 'As needed', 'All teaching staff'],
    [
      'Mentoring from a sixth-form student trained in peer support',
      'Fortnightly, 30 minutes',
      'Peer mentor supervised by the pastoral lead',
    ],
  ];

  it('tells the rows apart by a cell starting again or a first word that would have fitted above', async () => {
    const pdf = new TestPdf().heading('Recommendations').table([230, 120, 133], ['Provision', 'When', 'Who'], rows, 0);
    const { pages, blocks } = await readPdfLayout(await pdf.bytes());
    expect(extractRecommendations(pages, blocks).map((r) => r.text)).toEqual(rows.map((cells) => cells.join(' | ')));
  });
});

describe('justified prose', () => {
  it('is not taken for a table when one line has a wide space in it', () => {
    // Three lines of one paragraph at 10 pt; the middle one justified with a 9-point gap.
    const at = (y: number, parts: [number, string][]) =>
      parts.map(([x, t]) => [x, y, t.length * 5, 10, t] as [number, number, number, number, string]);
    const layout = {
      format: 'pdf-layout/1' as const,
      pages: [
        {
          page: 1,
          source: 'text' as const,
          items: [
            ...at(100, [[72, 'Zara needs a quiet space to work in when the classroom becomes noisy,']]),
            ...at(114, [
              [72, 'and'],
              [97, 'a named adult who checks in with her each morning before lessons'],
            ]),
            ...at(128, [[72, 'begin, so that she can start the day calmly.']]),
          ],
        },
      ],
    };
    const read = layoutBlocks(layout)!;
    expect(read.blocks.map((b) => b.kind)).toEqual(['para']);
  });
});
