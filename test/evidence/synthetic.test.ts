import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../shared/evidence.ts';
import type { DocxBlock } from '../../shared/importStructure.ts';
import { docxBlocks } from '../../electron/core/evidence/docxBlocks.ts';
import { analyseDocuments, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { score, type KeyItem } from './score.ts';

/*
 * A second, made-up case with other layouts, to keep the rules general: a Word plan whose
 * headings are "PART B –" style and whose Section F is a table (need | provision | who | how
 * often), and a SALT report with bulleted advice under "Provision required" and an EP report
 * with lettered recommendations a)–d) and no numbered headings. Names and wording are invented.
 */
const para = (text: string, page = 1, extra: Partial<Extract<DocxBlock, { type: 'paragraph' }>> = {}): DocxBlock => ({
  type: 'paragraph',
  text,
  page,
  ...extra,
});
const heading = (text: string, page = 1): DocxBlock => ({ type: 'heading', level: 1, text, page });
const cell = (text: string) => ({ text, blocks: [para(text)] });
const row = (...cells: string[]) => ({ cells: cells.map(cell) });

const planStructure = {
  format: 'docx/1',
  properties: {},
  pageSplit: 'explicit',
  notes: [],
  html: '',
  blocks: [
    heading('PART A – All about me'),
    para('Priya loves swimming and drawing horses.'),
    heading('PART B – Special Educational Needs'),
    para('Priya has a severe expressive language disorder and finds it hard to put words together into sentences.'),
    para('Priya has difficulties with handwriting and fine motor skills.'),
    heading('PART E – Outcomes'),
    para(
      'By the end of Year 4, Priya will use sentences of five words or more to describe a picture, in four out of five attempts.',
      1,
      { list: { level: 0, ordered: true } },
    ),
    heading('PART F – Special Educational Provision', 2),
    {
      type: 'table',
      page: 2,
      rows: [
        { header: true, cells: [cell('Need'), cell('Provision'), cell('Who'), cell('How often')] },
        row('Expressive language', 'Speech and language therapy programme', 'Teaching assistant', 'Regularly'),
        row('Handwriting', 'Fine motor skills group', 'Teaching assistant', 'Three 20-minute sessions per week'),
        row(
          'Learning',
          'Short breaks at weekends with a support worker',
          'Support worker',
          'One weekend day per month',
        ),
      ],
    },
    heading('PART G – Health provision', 3),
    para('Direct occupational therapy from a qualified Occupational Therapist, 6 sessions per term.'),
    heading('PART H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', 3),
    para('None.'),
    heading('PART H2 – Other social care provision', 3),
    para('None.'),
    heading('PART I – Placement', 3),
    para('Brookside Primary School.'),
    heading('PART K – Advice and information', 3),
    para('Speech and language therapy advice, L. Mensah, 3 March 2026', 3, { list: { level: 0, ordered: true } }),
  ] satisfies DocxBlock[],
};

const saltReport = [
  'Speech and Language Therapy Advice',
  'Therapist: L. Mensah, Speech and Language Therapist',
  'Date: 3 March 2026',
  'Background',
  'Priya should have been referred earlier, her mother told me.',
  'Provision required',
  '• Priya requires direct speech and language therapy from a Speech and Language Therapist, 30 minutes weekly, 1:1.',
  '• A teaching assistant trained by the therapist should deliver a language programme 3 times per week for 15 minutes.',
  '• Visual supports should be used in every lesson.',
].join('\n');

const epReport = [
  'Psychological advice',
  'Prepared by K. Oduya, Educational Psychologist, 10 February 2026',
  'Priya is a cheerful girl who tries hard. Her teachers should be proud of her progress.',
  'Recommendations',
  'a) Priya needs a fine motor skills group, three 20-minute sessions per week, run by a trained teaching assistant.',
  'b) Priya should have a writing slope and adapted pencil grips in every lesson.',
  'c) Priya will benefit from direct occupational therapy, 6 sessions per term, from a qualified Occupational Therapist.',
  'd) Priya should attend a lunchtime social skills club once a week.',
].join('\n');

const key: KeyItem[] = [
  {
    id: 'S1',
    document: 'salt.pdf',
    kind: 'provision',
    text: 'Priya requires direct speech and language therapy from a Speech and Language Therapist, 30 minutes weekly, 1:1.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'S2',
    document: 'salt.pdf',
    kind: 'provision',
    text: 'A teaching assistant trained by the therapist should deliver a language programme 3 times per week for 15 minutes.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'S3',
    document: 'salt.pdf',
    kind: 'provision',
    text: 'Visual supports should be used in every lesson.',
    status: 'missing',
    section: null,
  },
  {
    id: 'E1',
    document: 'ep.pdf',
    kind: 'provision',
    text: 'Priya needs a fine motor skills group, three 20-minute sessions per week, run by a trained teaching assistant.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'E2',
    document: 'ep.pdf',
    kind: 'provision',
    text: 'Priya should have a writing slope and adapted pencil grips in every lesson.',
    status: 'missing',
    section: null,
  },
  {
    id: 'E3',
    document: 'ep.pdf',
    kind: 'provision',
    text: 'Priya will benefit from direct occupational therapy, 6 sessions per term, from a qualified Occupational Therapist.',
    status: 'wrong-section',
    section: 'G',
  },
  {
    id: 'E4',
    document: 'ep.pdf',
    kind: 'provision',
    text: 'Priya should attend a lunchtime social skills club once a week.',
    status: 'missing',
    section: null,
  },
];

function analyse() {
  const documents: EngineDocument[] = [
    {
      documentId: 1,
      fileName: 'plan.docx',
      title: 'EHC plan',
      kind: 'plan',
      sourceType: 'docx',
      pages: [{ page: 1, text: '' }],
      blocks: docxBlocks(planStructure)!,
    },
    {
      documentId: 2,
      fileName: 'salt.pdf',
      title: 'SALT advice',
      kind: 'report',
      sourceType: 'pdf',
      pages: [{ page: 1, text: saltReport }],
    },
    {
      documentId: 3,
      fileName: 'ep.pdf',
      title: 'EP advice',
      kind: 'report',
      sourceType: 'pdf',
      pages: [{ page: 1, text: epReport }],
    },
  ];
  return analyseDocuments({ documents, childNames: ['Priya Shah'] });
}

describe('evidence map on a synthetic case with a table-based Section F and bulleted reports', () => {
  let map: EvidenceMap;
  beforeAll(async () => {
    map = await analyse();
  });

  it('splits a Word plan with "PART F –" headings and keeps each table row as a paragraph with its cells', () => {
    expect(Object.keys(map.plan!.sections).sort()).toEqual(['A', 'B', 'E', 'F', 'G', 'H1', 'H2', 'I', 'K']);
    const f = map.plan!.sections.F!;
    expect(f).toHaveLength(3);
    expect(f[0]!.cells).toEqual([
      'Expressive language',
      'Speech and language therapy programme',
      'Teaching assistant',
      'Regularly',
    ]);
    expect(map.plan!.sections.E![0]!.para).toBe('1');
  });

  it('finds bulleted and lettered recommendations and nothing from background text', () => {
    const s = score(map, key);
    expect(s.wrong).toEqual([]);
    expect(s.extra).toBe(0);
  });

  it('puts occupational therapy found only in Section G in wrong-section, and says it belongs in F', () => {
    const ot = map.recommendations.find((r) => r.text.includes('occupational therapy'))!;
    expect(ot).toMatchObject({ status: 'wrong-section', section: 'G', belongsIn: 'F' });
  });

  it('flags "regularly" in the F table, short breaks in F, and the EP report missing from Section K', () => {
    expect(map.flags.some((f) => f.kind === 'vague-wording' && f.section === 'F' && f.para === '1')).toBe(true);
    expect(map.flags.some((f) => f.kind === 'social-care-in-F' && f.para === '3')).toBe(true);
    expect(map.flags.some((f) => f.kind === 'therapy-in-G')).toBe(true);
    expect(map.flags.filter((f) => f.kind === 'advice-not-in-K').map((f) => f.text)).toEqual(['EP advice']);
    expect(map.flags.filter((f) => f.kind === 'K-entry-not-in-case')).toEqual([]);
  });
});
