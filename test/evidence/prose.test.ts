import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../shared/evidence.ts';
import { analyseDocuments, type EngineDocument } from '../../electron/core/evidence/engine.ts';
import { score, type KeyItem } from './score.ts';

/*
 * A third invented case in other styles: a plan read by OCR from a scan (upper-case "SECTION F –"
 * headings, sections out of letter order, "l:l" for 1:1, running headers) and a report that has
 * no recommendations heading at all, so its advice is in sentences ("I recommend…", "should").
 */
const planPages = [
  [
    'WESTBOROUGH COUNCIL EHC PLAN',
    'Page 1',
    'SECTION A – VIEWS, INTERESTS AND ASPIRATIONS',
    'Leo enjoys trains and football.',
    'SECTION B – SPECIAL EDUCATIONAL NEEDS',
    'Leo has difficulty with attention and organising himself in lessons.',
    'Leo should not be asked to read aloud in front of the class.',
    'SECTION E – OUTCOMES',
    '1. Leo will improve his concentration.',
  ].join('\n'),
  [
    'WESTBOROUGH COUNCIL EHC PLAN',
    'Page 2',
    'SECTION F – SPECIAL EDUCATIONAL PROVISION',
    '1. Leo will have a movement break every 30 minutes, 5 minutes each, supervised by a teaching assistant.',
    '2. Leo will receive l:l mentoring from a learning mentor where possible.',
    'SECTION C – HEALTH NEEDS',
    'Leo has a diagnosis of ADHD.',
    'SECTION D – SOCIAL CARE NEEDS',
    'None.',
    'SECTION G – HEALTH PROVISION',
    'Leo will have a medication review with the community paediatrician every six months.',
    'SECTION H1 – SOCIAL CARE PROVISION (S2 CHRONICALLY SICK AND DISABLED PERSONS ACT 1970)',
    'None.',
    'SECTION H2 – OTHER SOCIAL CARE PROVISION',
    'None.',
    'SECTION I – PLACEMENT',
    'Hill Street Primary School.',
    'SECTION K – ADVICE AND INFORMATION',
    '1. Paediatric advice, Dr A. Lund, 4 February 2026',
  ].join('\n'),
];

const report = [
  'Report of the Specialist Teacher, 2 March 2026',
  'I observed Leo in a maths lesson. He left his seat six times in twenty minutes and did not start the task until an adult prompted him.',
  'Leo should have a movement break of 5 minutes every 30 minutes, supervised by a teaching assistant.',
  'I recommend that Leo receives 1:1 mentoring from a trained learning mentor for 30 minutes twice a week.',
  'Leo should not be asked to read aloud in front of the class without warning.',
  'His parents told me that mornings at home are very difficult.',
].join('\n');

const key: KeyItem[] = [
  {
    id: 'T1',
    document: 'teacher.pdf',
    kind: 'provision',
    text: 'Leo should have a movement break of 5 minutes every 30 minutes, supervised by a teaching assistant.',
    status: 'included',
    section: 'F',
  },
  {
    id: 'T2',
    document: 'teacher.pdf',
    kind: 'provision',
    text: 'I recommend that Leo receives 1:1 mentoring from a trained learning mentor for 30 minutes twice a week.',
    status: 'weakened',
    section: 'F',
  },
  {
    id: 'T3',
    document: 'teacher.pdf',
    kind: 'provision',
    text: 'Leo should not be asked to read aloud in front of the class without warning.',
    status: 'wrong-section',
    section: 'B',
  },
];

describe('evidence map on an OCR-read plan and a report without a recommendations heading', () => {
  const documents: EngineDocument[] = [
    {
      documentId: 1,
      fileName: 'plan-scan.pdf',
      title: 'EHC plan',
      kind: 'plan',
      sourceType: 'pdf',
      pages: planPages.map((text, i) => ({ page: i + 1, text })),
    },
    {
      documentId: 2,
      fileName: 'teacher.pdf',
      title: 'Specialist teacher report',
      kind: 'report',
      sourceType: 'pdf',
      pages: [{ page: 1, text: report }],
    },
  ];
  let map: EvidenceMap;
  beforeAll(async () => {
    map = await analyseDocuments({ documents, childNames: ['Leo Grant'] });
  });

  it('finds sections by upper-case headings in any order', () => {
    expect(Object.keys(map.plan!.sections).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'K']);
    expect(map.plan!.sections.F!.map((p) => p.para)).toEqual(['1', '2']);
  });

  it('takes cue sentences that name provision and leaves observations and parents’ words alone', () => {
    const s = score(map, key);
    expect(s.wrong).toEqual([]);
    expect(s.extra).toBe(0);
  });

  it('reads "l:l" from OCR as 1:1 and flags "where possible" as a hedge', () => {
    const mentoring = map.recommendations.find((r) => r.text.includes('mentoring'))!;
    expect(mentoring.lostSpecifics.filter((l) => l.startsWith('ratio:'))).toEqual([]);
    expect(mentoring.lostSpecifics.join(' ')).toContain('where possible');
  });
});
