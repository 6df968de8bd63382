import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../shared/evidence.ts';
import { analyseDocuments, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { score, type KeyItem } from './score.ts';

/*
 * An invented plan PDF whose Section F is a table, as pdf.js text gives it: no columns, one
 * printed line after another, cells run together and no full stops. Its reports use a table of
 * recommendations too. The matcher must find the right row, not the whole table.
 */
const plan = [
  'Section A: About me',
  'Maya likes dancing.',
  'Section B: Special educational needs',
  'Maya has a hearing impairment and finds it hard to hear the teacher in a noisy classroom.',
  'Maya has difficulties with reading comprehension.',
  'Section E: Outcomes',
  '1. By July 2027 Maya will answer inference questions about a text she has read in 4 out of 5 attempts.',
  'Section F: Special educational provision',
  'Area of need Provision Delivered by Frequency',
  'Hearing Radio aid (personal FM system) in all lessons Class teacher Daily',
  'Hearing Visits from a Qualified Teacher of the Deaf Teacher of the Deaf Termly',
  'Reading Reading comprehension group Teaching assistant As required',
  'Reading Adult support in class Teaching assistant When needed',
  'Wellbeing Check-in with a trusted adult at the start of the day Key adult Daily',
  'Section G: Health provision',
  'Annual audiology review at the hospital.',
  'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
  'None.',
  'Section H2: Other social care provision',
  'None.',
  'Section I: Placement',
  'Riverside Primary School.',
  'Section K: Advice and information',
  '1. Qualified Teacher of the Deaf advice, 12 January 2026',
].join('\n');

const report = [
  'Advice from the Sensory Support Service',
  'Written by a Qualified Teacher of the Deaf, 12 January 2026',
  'Recommendations',
  '1. Maya requires a radio aid (personal FM system) to be used by every adult who teaches her, in all lessons, daily.',
  '2. A Qualified Teacher of the Deaf should visit school twice each term to advise staff and check the equipment.',
  '3. Maya should have daily 1:1 reading comprehension sessions of 20 minutes with a trained teaching assistant.',
  '4. Maya should be seated near the teacher with her better ear towards the class, in every lesson.',
].join('\n');

const key: KeyItem[] = [
  {
    id: 'R1',
    document: 'tod.pdf',
    kind: 'provision',
    text: 'Maya requires a radio aid (personal FM system) to be used by every adult who teaches her, in all lessons, daily.',
    status: 'included',
    section: 'F',
  },
  {
    id: 'R2',
    document: 'tod.pdf',
    kind: 'provision',
    text: 'A Qualified Teacher of the Deaf should visit school twice each term to advise staff and check the equipment.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'R3',
    document: 'tod.pdf',
    kind: 'provision',
    text: 'Maya should have daily 1:1 reading comprehension sessions of 20 minutes with a trained teaching assistant.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'R4',
    document: 'tod.pdf',
    kind: 'provision',
    text: 'Maya should be seated near the teacher with her better ear towards the class, in every lesson.',
    status: 'missing',
    section: null,
  },
];

describe('evidence map on a PDF plan whose Section F table lost its columns', () => {
  const documents: EngineDocument[] = [
    {
      documentId: 1,
      fileName: 'plan.pdf',
      title: 'EHC plan',
      kind: 'plan',
      sourceType: 'pdf',
      pages: [{ page: 1, text: plan }],
    },
    {
      documentId: 2,
      fileName: 'tod.pdf',
      title: 'Teacher of the Deaf advice',
      kind: 'report',
      sourceType: 'pdf',
      pages: [{ page: 1, text: report }],
    },
  ];
  let map: EvidenceMap;
  beforeAll(async () => {
    map = await analyseDocuments({ documents, childNames: ['Maya Jones'] });
  });

  it('maps each recommendation to its table row, with the row quoted rather than the whole table', () => {
    const s = score(map, key);
    expect(s.wrong).toEqual([]);
    expect(s.extra).toBe(0);
    const reading = map.recommendations.find((r) => r.text.includes('reading comprehension'))!;
    expect(reading.planQuote).toContain('Reading comprehension group');
    expect(reading.planQuote!.length).toBeLessThan(200);
  });

  it('finds the Teacher of the Deaf advice listed in Section K', () => {
    expect(map.flags.filter((f) => f.kind === 'advice-not-in-K')).toEqual([]);
  });
});

describe('a long prose paragraph in Section F is not mistaken for a table', () => {
  it('matches a three-line provision paragraph as a whole', async () => {
    const prosePlan = [
      'Section B: Special educational needs',
      'Ali has a stammer.',
      'Section F: Special educational provision',
      'Ali will receive direct speech and language therapy from a qualified speech and language therapist',
      'for 30 minutes each week, one to one, during term time, with targets reviewed each term by the',
      'therapist and shared with his class teacher and parents at every review meeting held in school.',
      'Section G: Health provision',
      'None.',
      'Section I: Placement',
      'Hill School.',
      'Section E: Outcomes',
      'Ali will speak more fluently.',
      'Section K: Advice and information',
      'None listed.',
    ].join('\n');
    const salt =
      'Recommendations\n1. Ali requires direct speech and language therapy from a qualified speech and language therapist for 30 minutes each week, 1:1, during term time.';
    const map = await analyseDocuments({
      documents: [
        {
          documentId: 1,
          fileName: 'plan.pdf',
          title: 'plan',
          kind: 'plan',
          sourceType: 'pdf',
          pages: [{ page: 1, text: prosePlan }],
        },
        {
          documentId: 2,
          fileName: 'salt.pdf',
          title: 'SALT',
          kind: 'report',
          sourceType: 'pdf',
          pages: [{ page: 1, text: salt }],
        },
      ],
      childNames: ['Ali Khan'],
    });
    expect(map.plan!.sections.F![0]!.lines).toBeUndefined();
    expect(map.recommendations[0]).toMatchObject({ status: 'included', section: 'F', para: '1' });
  });
});

describe('a report whose recommendations are a table that lost its columns', () => {
  it('takes one recommendation per printed row, and keeps school advice from a social worker in F', async () => {
    const report = [
      'Recommendations',
      'Provision Who How often',
      'Direct speech and language therapy 1:1 Speech and language therapist 30 minutes weekly',
      'Social skills group of up to 4 pupils Teaching assistant 20 minutes twice a week',
      'Movement breaks in class Teaching assistant 5 minutes every hour',
    ].join('\n');
    const social =
      "Recommended services\n1. Zara should have a key adult in school to check in with each morning for 10 minutes.\n2. The family should receive a carers' assessment within three months.";
    const map = await analyseDocuments({
      documents: [
        {
          documentId: 1,
          fileName: 'plan.pdf',
          title: 'plan',
          kind: 'plan',
          sourceType: 'pdf',
          pages: [
            {
              page: 1,
              text: 'Section B: Needs\nZara has speech difficulties.\nSection E: Outcomes\nZara will talk.\nSection F: Special educational provision\n1. Speech and language therapy programme delivered by school staff.\nSection G: Health provision\nNone.\nSection H2: Other social care provision\nNone.\nSection I: Placement\nSchool.\nSection K: Advice and information\nNone.',
            },
          ],
        },
        {
          documentId: 2,
          fileName: 'salt.pdf',
          title: 'SALT',
          kind: 'report',
          sourceType: 'pdf',
          pages: [{ page: 1, text: report }],
        },
        {
          documentId: 3,
          fileName: 'social.pdf',
          title: 'Social care assessment, Children’s Social Care',
          kind: 'report',
          sourceType: 'pdf',
          pages: [{ page: 1, text: social }],
        },
      ],
      childNames: ['Zara Ali'],
    });
    const salt = map.recommendations.filter((r) => r.fileName === 'salt.pdf');
    expect(salt.map((r) => r.text.split(' ')[0])).toEqual(['Direct', 'Social', 'Movement']);
    const sc = map.recommendations.filter((r) => r.fileName === 'social.pdf');
    expect(sc.map((r) => r.belongsIn)).toEqual(['F', 'H2']);
  });
});
