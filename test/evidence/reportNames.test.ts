import { describe, expect, it } from 'vitest';
import { analyseDocuments, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { buildGapReport } from '../../electron/core/evidence/report/gapModel.ts';

/* An invented case: a plan without the advice, and two reports whose file names say nothing. */
const plan: EngineDocument = {
  documentId: 1,
  fileName: 'scan_final_v3.pdf',
  title: 'EHC plan',
  kind: 'plan',
  sourceType: 'pdf',
  pages: [
    {
      page: 1,
      text: [
        'Section B: Special educational needs',
        'Kit finds it hard to hold a pencil.',
        'Section F: Special educational provision',
        '1. Kit will sit near the front of the class.',
        'Section G: Health provision',
        'None.',
      ].join('\n'),
    },
  ],
};
const physio: EngineDocument = {
  documentId: 2,
  fileName: 'IMG_2231.pdf',
  title: 'Physiotherapy advice',
  kind: 'report',
  sourceType: 'pdf',
  author: 'Hana Bello',
  profession: 'Physiotherapist',
  date: '2026-02-11',
  pages: [
    {
      page: 1,
      text: 'Physiotherapy advice\nRecommendations\n1. Kit should have a sloped writing board and a chunky pencil grip in every lesson.',
    },
  ],
};
const untitled: EngineDocument = {
  documentId: 3,
  fileName: 'doc00017.pdf',
  title: 'Hearing support advice',
  kind: 'report',
  sourceType: 'pdf',
  pages: [
    {
      page: 1,
      text: 'Hearing support advice\nRecommendations\n1. Kit should use a radio aid in every lesson, checked daily by a teaching assistant.',
    },
  ],
};

describe('reports named by who wrote them, not by file name', () => {
  it('cites the author and profession in the wording to ask for and in the gap report', async () => {
    const map = await analyseDocuments(
      { documents: [plan, physio, untitled], childNames: ['Kit Moss'] },
      { semantic: false },
    );
    const board = map.recommendations.find((r) => r.text.includes('sloped writing board'))!;
    expect(board.source).toBe('Hana Bello, physiotherapist, 11 February 2026');
    expect(board.suggestedWording).toContain('Source: Hana Bello, physiotherapist, 11 February 2026, page 1');
    const radio = map.recommendations.find((r) => r.text.includes('radio aid'))!;
    expect(radio.source).toBe('Hearing support advice');
    const report = buildGapReport(map, 'Kit Moss');
    expect(report.rows.map((r) => r.source)).toEqual(
      expect.arrayContaining([
        'Hana Bello, physiotherapist, 11 February 2026, p. 1, para 1',
        'Hearing support advice, p. 1, para 1',
      ]),
    );
    const everything = JSON.stringify(report);
    expect(everything).not.toContain('IMG_2231.pdf');
    expect(everything).not.toContain('doc00017.pdf');
  });
});
