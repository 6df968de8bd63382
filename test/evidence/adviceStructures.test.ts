import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import type { PdfLayout } from '../../shared/importStructure.ts';
import { docxBlocks } from '../../electron/core/evidence/docxBlocks.ts';
import { isAdvice, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { layoutBlocks } from '../../electron/core/evidence/layout/layoutBlocks.ts';
import { extractRecommendations } from '../../electron/core/evidence/recommendations.ts';
import { importDocx } from '../../electron/core/importers/docx.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';
import { stopPdfWorkers } from '../../electron/core/text/pdfWorkerClient.ts';
import { readPdfLayout, TestPdf } from './layoutPdf.ts';

afterAll(stopPdfWorkers);

const texts = (pages: { page: number; text: string }[], blocks?: Parameters<typeof extractRecommendations>[1]) =>
  extractRecommendations(pages, blocks).map((r) => r.text);

describe('structures of advice, each read as its own recommendations', () => {
  it('reads decimal numbering (7.1, 7.3(a)) and items with no modal verb under a numbered heading', async () => {
    const pdf = new TestPdf()
      .heading('6. Background')
      .para(
        'Jordan is in Year 11 and wants to train as a mechanic. He should have been referred earlier, his mother feels.',
      )
      .heading('7. Recommendations')
      .item('7.1', 'Careers guidance from a qualified careers adviser, in school, at least twice a year.')
      .item(
        '7.2',
        'A supported work placement of one day a week at a local garage, with a job coach for the first four weeks.',
      )
      .item('7.3(a)', 'Extra time of 25% in all written examinations.')
      .item('7.3(b)', 'A reader for examination papers in science and English.');
    const { pages, blocks } = await readPdfLayout(await pdf.bytes());
    const found = extractRecommendations(pages, blocks);
    expect(found.map((r) => [r.paragraph, r.text])).toEqual([
      ['7.1', 'Careers guidance from a qualified careers adviser, in school, at least twice a year.'],
      [
        '7.2',
        'A supported work placement of one day a week at a local garage, with a job coach for the first four weeks.',
      ],
      ['7.3(a)', 'Extra time of 25% in all written examinations.'],
      ['7.3(b)', 'A reader for examination papers in science and English.'],
    ]);
  });

  it('keeps a bullet and its sub-bullets together as one recommendation', async () => {
    const pdf = new TestPdf()
      .heading('Recommendations')
      .item('•', 'A movement break programme:')
      .item('–', 'five minutes every hour;', 24)
      .item('–', 'led by a teaching assistant shown the routine by the physiotherapist.', 24)
      .item('•', 'A writing slope and pencil grips in every lesson.')
      .para('I can be contacted through the school office.');
    const { pages, blocks } = await readPdfLayout(await pdf.bytes());
    expect(texts(pages, blocks)).toEqual([
      'A movement break programme: five minutes every hour; led by a teaching assistant shown the routine by the physiotherapist.',
      'A writing slope and pencil grips in every lesson.',
    ]);
  });

  it('splits a prose paragraph into its recommendations and leaves out background and asides', async () => {
    const pdf = new TestPdf()
      .heading('Summary of advice')
      .para(
        'Lily has found the move to secondary school very hard. She needs a 30-minute session with a key adult every Monday to plan her week. These sessions should use a visual planner that she keeps. In every lesson, she should be given a printed copy of the slides. This is what her primary school did.',
      );
    const { pages, blocks } = await readPdfLayout(await pdf.bytes());
    expect(texts(pages, blocks)).toEqual([
      'She needs a 30-minute session with a key adult every Monday to plan her week. These sessions should use a visual planner that she keeps.',
      'In every lesson, she should be given a printed copy of the slides.',
    ]);
  });

  it('reads a consultant\'s letter filed as correspondence for its numbered "Plan:", never its "Diagnoses:"', async () => {
    const pdf = new TestPdf()
      .para('Dear Colleague,')
      .heading('Diagnoses:')
      .item('1.', 'Type 1 diabetes, diagnosed March 2024')
      .item('2.', 'Coeliac disease')
      .para('I saw Noah today with his father. His blood glucose control has improved since he began using a sensor.')
      .heading('Plan:')
      .item('1.', 'A trained member of staff to check his blood glucose before lunch and before PE every day.')
      .item('2.', 'Clinic review every three months with the diabetes nurse.')
      .para('Yours sincerely,');
    const { pages, blocks } = await readPdfLayout(await pdf.bytes());
    const letter: EngineDocument = {
      documentId: 1,
      fileName: 'letter.pdf',
      title: 'Clinic letter',
      kind: 'correspondence',
      sourceType: 'pdf',
      pages,
      blocks,
    };
    expect(isAdvice(letter)).toBe(true);
    expect(texts(pages, blocks)).toEqual([
      'A trained member of staff to check his blood glucose before lunch and before PE every day.',
      'Clinic review every three months with the diabetes nurse.',
    ]);
  });

  it("reads an email whose advice is a plain list, and not a parent's email with none", () => {
    const advice = [
      'From: Sam Achebe, Educational Psychologist',
      'Subject: Ideas for Ruby',
      '',
      'My recommendations:',
      '- A quiet workstation in class, away from the door',
      '- Instructions given one step at a time and written on a card',
      '',
      'Best wishes',
    ].join('\n');
    const email: EngineDocument = {
      documentId: 2,
      fileName: 'ep.eml',
      title: 'Ideas for Ruby',
      kind: 'correspondence',
      sourceType: 'email',
      pages: [{ page: 1, text: advice }],
    };
    expect(isAdvice(email)).toBe(true);
    expect(texts(email.pages)).toEqual([
      'A quiet workstation in class, away from the door',
      'Instructions given one step at a time and written on a card',
    ]);
    const parent: EngineDocument = {
      ...email,
      documentId: 3,
      pages: [
        {
          page: 1,
          text: 'Dear Ms Khan,\nCould you tell me when the annual review will be? Ruby should be in the meeting.\nThanks',
        },
      ],
    };
    expect(isAdvice(parent)).toBe(false);
  });

  it('takes "The following … is recommended" as the start of the advice when no heading says so', () => {
    const text = [
      'Report of a visit to school',
      'Mia was calm in the morning and unsettled after lunch. She should have been seen sooner, her father said.',
      'The following support is recommended for Mia.',
      '1. A sensory break of 5 minutes after lunch every day, in the library corner.',
      '2. A visual timetable on her desk, checked with her each morning by the teaching assistant.',
    ].join('\n');
    expect(texts([{ page: 1, text }])).toEqual([
      'A sensory break of 5 minutes after lunch every day, in the library corner.',
      'A visual timetable on her desk, checked with her each morning by the teaching assistant.',
    ]);
  });

  it('reads a Word report: a recommendation table row by row, a bullet with its sub-bullets as one', async () => {
    const cell = (t: string) =>
      new TableCell({ children: [new Paragraph(t)], width: { size: 3000, type: WidthType.DXA } });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Speech and language therapy advice', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Recommendations', heading: HeadingLevel.HEADING_1 }),
            new Table({
              rows: [
                new TableRow({
                  tableHeader: true,
                  children: ['Recommendation', 'Frequency', 'Delivered by'].map(cell),
                }),
                new TableRow({
                  children: [
                    'Direct therapy for word-finding',
                    '30 minutes weekly',
                    'Speech and language therapist',
                  ].map(cell),
                }),
                new TableRow({
                  children: [
                    'Narrative group of four pupils',
                    'Twice a week, 20 minutes',
                    'Trained teaching assistant',
                  ].map(cell),
                }),
              ],
            }),
            new Paragraph({ text: 'Strategies', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'A word wall for each topic:', bullet: { level: 0 } }),
            new Paragraph({ text: 'updated at the start of each unit;', bullet: { level: 1 } }),
            new Paragraph({ text: 'with pictures beside the words.', bullet: { level: 1 } }),
          ],
        },
      ],
    });
    const ocr = createOcrEngine();
    const imported = await importDocx(
      { fileName: 'salt.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) },
      { ocr },
    );
    await ocr.close();
    if (!imported.ok) throw new Error(imported.message);
    const pages = imported.value.pages.map((p, i) => ({ page: i + 1, text: p.text }));
    expect(texts(pages, docxBlocks(imported.value.structure))).toEqual([
      'Direct therapy for word-finding | 30 minutes weekly | Speech and language therapist',
      'Narrative group of four pupils | Twice a week, 20 minutes | Trained teaching assistant',
      'A word wall for each topic: updated at the start of each unit; with pictures beside the words.',
    ]);
  });
});

/** A scanned page as OCR gives it: words on lines (pixels at 200 dpi), bullets read as "e", "o", "*". */
function ocrPage(page: number, lines: [number, string][], footer: string): PdfLayout['pages'][number] {
  const items: PdfLayout['pages'][number]['items'] = [];
  const line = (x: number, y: number, text: string) => {
    let at = x;
    for (const w of text.split(' ')) {
      items.push([at, y, w.length * 14, 34, w]);
      at += w.length * 14 + 10;
    }
  };
  lines.forEach(([x, text], i) => line(x, 300 + i * 46, text));
  line(160, 2250, footer);
  return { page, source: 'ocr', items };
}

describe('a scanned report read by OCR', () => {
  const layout: PdfLayout = {
    format: 'pdf-layout/1',
    pages: [
      ocrPage(
        1,
        [
          [160, 'Assessment'],
          [160, 'Ellie was seen in class and at home over two visits.'],
        ],
        'Brightwell Therapy Ltd - Registered No. 4451 Page 1',
      ),
      ocrPage(
        2,
        [
          [160, 'RECOMMENDATIONS'],
          [200, '* A fidget tool and a wobble cushion:'],
          [260, 'e in every lesson;'],
          [260, 'o chosen with the occupational therapist.'],
          [200, '» A quiet place to eat lunch:'],
          [260, 'o every day, with one friend.'],
        ],
        'Brightwell Therapy Ltd - Registcred No. 4451 Page 2',
      ),
    ],
  };
  const read = layoutBlocks(layout)!;

  it('keeps sub-bullets with their bullet by indentation, whatever OCR made of the marks', () => {
    expect(texts(read.pages, read.blocks)).toEqual([
      'A fidget tool and a wobble cushion: in every lesson; chosen with the occupational therapist.',
      'A quiet place to eat lunch: every day, with one friend.',
    ]);
  });

  it('finds the footer on every page though OCR read it a little differently each time', () => {
    expect(read.pages.map((p) => p.text).join('\n')).not.toMatch(/Brightwell|Regist/);
  });
});

describe('a scanned table read by OCR', () => {
  /** One OCR'd line: runs of words at their x positions (pixels), on one baseline. */
  const line = (y: number, runs: [number, string][], h = 28): PdfLayout['pages'][number]['items'] =>
    runs.flatMap(([x, text]) => {
      let at = x;
      return text.split(' ').map((w) => {
        const item: PdfLayout['pages'][number]['items'][number] = [at, y, w.length * 13, h, w];
        at += w.length * 13 + 9;
        return item;
      });
    });
  const layout: PdfLayout = {
    format: 'pdf-layout/1',
    pages: [
      {
        page: 1,
        source: 'ocr',
        items: [
          ...line(200, [[160, 'Recommendations']], 34),
          // The shaded first header cell was lost by OCR; the vertical rules came out as "|".
          ...line(260, [
            [620, 'How often |'],
            [1080, 'Who'],
          ]),
          ...line(310, [
            [160, 'Weekly 1:1 reading |'],
            [620, 'Three times a'],
            [1080, 'Trained teaching'],
          ]),
          ...line(
            350,
            [
              [160, 'sessions using a phonics |'],
              [620, 'week, 20 minutes |'],
              [1080, 'assistant'],
            ],
            22,
          ),
          ...line(390, [[160, 'scheme']], 21),
          ...line(450, [
            [160, 'Coloured overlay for all |'],
            [620, 'Every lesson |'],
            [1080, 'Class teacher'],
          ]),
          ...line(490, [[160, 'printed work']]),
        ],
      },
    ],
  };

  it('rebuilds its rows though the rules read as "|", short lines OCR as smaller and a header cell is lost', () => {
    const read = layoutBlocks(layout)!;
    expect(texts(read.pages, read.blocks)).toEqual([
      'Weekly 1:1 reading sessions using a phonics scheme | Three times a week, 20 minutes | Trained teaching assistant',
      'Coloured overlay for all printed work | Every lesson | Class teacher',
    ]);
  });
});
