import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../shared/documents.ts';
import { detectType } from '../../electron/core/importers/detect.ts';
import { guessMetadata, type GuessedMetadata } from '../../electron/core/importers/guessMetadata.ts';
import { findDates, guessDate } from '../../electron/core/importers/guessDate.ts';
import { importers } from '../../electron/core/importers/registry.ts';
import type { ImportedFile } from '../../electron/core/importers/types.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';
import { casePaths, type CaseFile } from '../fixtures/caseFiles/index.ts';

const ocr = createOcrEngine();
afterAll(() => ocr.close());

async function importFixture(fileName: CaseFile): Promise<ImportedFile> {
  const [path] = await casePaths(fileName);
  const bytes = readFileSync(path!);
  const type = detectType(fileName, bytes);
  if (type.type === 'unknown') throw new Error(type.reason);
  const r = await importers[type.type]({ fileName, bytes }, { ocr });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** The fictional case's documents (test/fixtures/caseFiles/text.ts): what each says it is, and when. */
const FIXTURE_CASE: { file: CaseFile; expected: Partial<GuessedMetadata> }[] = [
  { file: '01-ep-report.pdf', expected: { kind: 'report', date: '2026-03-09', author: 'Dr Nadia Hussain' } },
  { file: '02-salt-report.pdf', expected: { kind: 'report', date: '2026-04-02', author: 'Owen Price' } },
  { file: '03-ot-report.pdf', expected: { kind: 'report', date: '2026-04-16', author: 'Grace Bell' } },
  {
    file: '05-final-ehcp.docx',
    expected: { kind: 'plan', date: '2026-07-10', title: 'Education, Health and Care Plan' },
  },
  { file: '06-decision-letter.pdf', expected: { kind: 'decision-letter', date: '2026-07-10' } },
  { file: '07-mediation-certificate.pdf', expected: { kind: 'mediation-certificate', date: '2026-08-24' } },
  { file: '08-email-request-ot.pdf', expected: { kind: 'correspondence', date: '2026-05-05', author: 'Sam Morgan' } },
];

describe('guessMetadata on the fixture case', () => {
  it.each(FIXTURE_CASE)(
    '$file',
    async ({ file, expected }) => {
      expect(guessMetadata(file, await importFixture(file))).toMatchObject(expected);
    },
    120_000,
  );
});

const page = (
  text: string,
  sourceType: ImportedFile['sourceType'] = 'pdf',
  metadata?: ImportedFile['metadata'],
): ImportedFile => ({
  sourceType,
  pages: [{ text, ocr: false }],
  ...(metadata ? { metadata } : {}),
});

/**
 * Layouts case-a does not use, as other LAs, trusts and independent professionals write them.
 * Each row: the text, then only the fields it must produce (undefined = must find nothing).
 */
const VARIANTS: {
  name: string;
  fileName?: string;
  file: ImportedFile;
  expect: Partial<Record<keyof GuessedMetadata, string | undefined>>;
}[] = [
  {
    name: 'an EP report with "Report by", a DOB first and an ordinal date',
    file: page(
      'CONFIDENTIAL\nPsychological Advice\nName: Amelia Kowalska\nDate of Birth: 05/06/2014\nDate of Report: 10th January 2026\nReport by Dr Tomasz Wiśniewski, Senior Educational Psychologist\n\nBackground\nAmelia was referred…\nRecommendations\n1. Amelia requires…',
    ),
    expect: {
      kind: 'report',
      author: 'Dr Tomasz Wiśniewski',
      profession: 'Educational Psychologist',
      date: '2026-01-10',
      title: 'Psychological Advice',
    },
  },
  {
    name: 'a SALT report signed at the end with an HCPC line and a date under the signature',
    file: page(
      'Children’s Therapy Service\nSpeech and Language Therapy Advice\nChild: Leo Smith    D.O.B. 3 March 2017\nDate of assessment: 2 April 2026\n\nAssessment results\nLeo scored at the 2nd centile…\nRecommendations\n1. Leo needs weekly therapy.\n\nSigned\nLucy Brown\nHCPC registered Speech and Language Therapist\n15 April 2026',
    ),
    expect: { kind: 'report', author: 'Lucy Brown', profession: 'Speech and Language Therapist', date: '2026-04-15' },
  },
  {
    name: 'a report naming its discipline but not its writer',
    file: page(
      'Occupational Therapy Report\nReport date: 12.05.26\nSummary of findings\nSensory needs were identified.\nRecommendations\nA sensory diet.',
    ),
    expect: { kind: 'report', profession: 'Occupational Therapist', date: '2026-05-12', author: undefined },
  },
  {
    name: 'a refusal to assess, dated in the letter head',
    file: page(
      'Anytown Borough Council\nSEND Service\nMrs A Parent\n1 High Street\n\nTuesday 3 February 2026\n\nDear Mrs Parent\nRe: Request for an EHC needs assessment for Ben, DOB 01/01/2018\nThe local authority has decided not to carry out an EHC needs assessment.\nYou have the right to appeal to the First-tier Tribunal within two months. You must first contact a mediation adviser.\nYours sincerely\n\nPat Jones\nSEN Casework Officer',
    ),
    expect: {
      kind: 'decision-letter',
      date: '2026-02-03',
      author: 'Pat Jones',
      title: 'Decision letter: Request for an EHC needs assessment for Ben',
    },
  },
  {
    name: 'a plan with upper-case section headings and no "Education, Health and Care Plan" line',
    file: page(
      'EHCP – Final\nPlan issued: 01/09/2025\nSECTION A – All about me\nSECTION B – Special educational needs\nSECTION C – Health needs\nSECTION D – Social care needs\nSECTION E – Outcomes\nSECTION F – Special educational provision\nSECTION I – Placement',
    ),
    expect: { kind: 'plan', date: '2025-09-01' },
  },
  {
    name: 'an email printed from Outlook ("Sent:", "Surname, Forename")',
    file: page(
      'From: Wells, Karen <karen.wells@anytown.gov.uk>\nSent: 03 March 2026 14:22\nTo: Jo Taylor\nSubject: RE: Annual review date\n\nHi Jo,\nThe review is on 20 March.\nKaren',
    ),
    expect: { kind: 'correspondence', author: 'Karen Wells', date: '2026-03-03', title: 'RE: Annual review date' },
  },
  {
    name: 'a letter from a SENCo',
    file: page(
      'Oakwood Academy\n14 May 2026\nDear Sir or Madam,\nI am writing to support the request for a specialist placement.\nYours faithfully,\nMrs Alison Reed\nSENCo',
    ),
    expect: { kind: 'correspondence', author: 'Mrs Alison Reed', profession: 'SENCo', date: '2026-05-14' },
  },
  {
    name: 'an attendance record',
    file: page('Pupil attendance record 2025/26\nAutumn term 82%\nSpring term 71%\nPrinted 01/04/2026'),
    expect: { kind: 'evidence' },
  },
  {
    name: 'a photo with no words on it',
    fileName: 'IMG_2041.jpg',
    file: page('', 'image'),
    expect: { kind: 'evidence', title: 'IMG 2041' },
  },
  {
    name: 'a shopping list',
    file: page('Milk\nBread\nEggs'),
    expect: { kind: 'other' },
  },
  {
    name: 'a Word placeholder title is ignored in favour of the first heading',
    file: page(
      'Health Advice for EHC Needs Assessment\nCommunity Paediatrics\nDr Amir Khan, Consultant Community Paediatrician\nDate: 30 May 2026',
      'pdf',
      { title: 'Microsoft Word - health advice v3.docx', author: 'admin' },
    ),
    expect: {
      title: 'Health Advice for EHC Needs Assessment',
      author: 'Dr Amir Khan',
      profession: 'Paediatrician',
      date: '2026-05-30',
      kind: 'report',
    },
  },
  {
    name: 'a report whose author line carries letters after the name and a hyphenated date',
    file: page(
      'Educational Psychology Service\nStatutory Psychological Advice\nName of Educational Psychologist: Dr Grace Mensah-Boateng BSc MSc DEdPsy CPsychol\nDate of birth: 09-Feb-2015\nDate of report: 21-Jan-2026\nSummary of needs\nGrace’s pupil…',
    ),
    expect: {
      kind: 'report',
      author: 'Dr Grace Mensah-Boateng',
      profession: 'Educational Psychologist',
      date: '2026-01-21',
    },
  },
  {
    name: 'a final-plan covering letter that says "you can appeal"',
    file: page(
      'Dear Parent,\n2 March 2026\nRe: Final EHC plan for Noah\nPlease find enclosed the final plan. If you disagree with it you can appeal to the SEND Tribunal.\nYours faithfully,\nSEND Team',
    ),
    expect: {
      kind: 'decision-letter',
      date: '2026-03-02',
      title: 'Decision letter: Final EHC plan for Noah',
      author: undefined,
    },
  },
  {
    name: 'an upper-case plan whose date label runs on before its colon',
    file: page(
      'EDUCATION, HEALTH AND CARE PLAN\nName of child: Ava Brown   Date of birth: 02/02/2019\nDate of issue of final plan: 3 April 2026\nSection A - About me\nSection B - Needs\nSection E - Outcomes\nSection F - Provision\nSection I - Placement\nSection K - Advice',
    ),
    expect: { kind: 'plan', date: '2026-04-03', title: 'EDUCATION, HEALTH AND CARE PLAN' },
  },
  {
    name: "a parent's letter saying they have decided to appeal is correspondence, not a decision",
    file: page(
      '14 Elm Close\n1 September 2026\nDear Ms Wells,\nWe have decided to appeal. We contacted the mediation adviser on 20 August.\nKind regards,\nJo Taylor',
    ),
    expect: { kind: 'correspondence', author: 'Jo Taylor', date: '2026-09-01' },
  },
  {
    name: 'an author label with the name and the job on the lines below it',
    file: page(
      'Physiotherapy Assessment\nReport written by:\nSiobhán Ní Bhriain\nHighly Specialist Paediatric Physiotherapist\nDate of report: 4 March 2026\nAssessment findings\nGross motor skills are delayed.',
    ),
    expect: { kind: 'report', author: 'Siobhán Ní Bhriain', profession: 'Physiotherapist', date: '2026-03-04' },
  },
  {
    name: 'an author line that gives the job before the name',
    file: page(
      'Sensory Assessment Report\nAuthor: Occupational Therapist – Ms Keisha Adebayo-Brown\nDate of report: 7 July 2026\nRecommendations\nDaily sensory circuits.',
    ),
    expect: {
      kind: 'report',
      author: 'Ms Keisha Adebayo-Brown',
      profession: 'Occupational Therapist',
      date: '2026-07-07',
    },
  },
  {
    name: 'a letter signed in Arabic script keeps the name as written',
    file: page(
      '12 June 2026\nDear Mrs Taylor,\nThank you for meeting me.\nYours sincerely,\nفاطمة أحمد\nSpeech and Language Therapist',
    ),
    expect: {
      kind: 'correspondence',
      author: 'فاطمة أحمد',
      profession: 'Speech and Language Therapist',
      date: '2026-06-12',
    },
  },
  {
    name: 'a report signed with a Chinese name written without spaces',
    file: page(
      'Clinical Psychology Report\nDate of report: 2 February 2026\nRecommendations\nWeekly sessions.\n王芳\nClinical Psychologist',
    ),
    expect: { kind: 'report', author: '王芳', profession: 'Clinical Psychologist', date: '2026-02-02' },
  },
  {
    name: "a Word file's title left over from its template is ignored",
    file: page('Speech and Language Therapy Advice\nDate: 1 May 2026', 'docx', { title: 'Therapy report template v3' }),
    expect: { title: 'Speech and Language Therapy Advice' },
  },
  {
    name: 'a file with no text is named after its file, tidied',
    fileName: '03_salt-report_FINAL.pdf',
    file: page(''),
    expect: { title: 'SALT report FINAL' },
  },
];

describe('guessMetadata on layouts other than case-a', () => {
  it.each(VARIANTS)('$name', ({ fileName, file, expect: want }) => {
    const got = guessMetadata(fileName ?? 'document.pdf', file);
    for (const [field, value] of Object.entries(want)) expect(got[field as keyof GuessedMetadata], field).toBe(value);
  });

  it('takes the kind the importer knows (an email is correspondence whatever it says)', () => {
    const file = page('Your right of appeal… First-tier Tribunal… mediation adviser', 'email', {
      kind: 'correspondence' as DocumentKind,
      title: 'Appeal',
      author: 'Jo',
      date: '2026-01-02',
    });
    expect(guessMetadata('x.eml', file)).toMatchObject({
      kind: 'correspondence',
      title: 'Appeal',
      author: 'Jo',
      date: '2026-01-02',
    });
  });
});

describe('dates as they are written in England', () => {
  it.each([
    ['12 May 2026', '2026-05-12'],
    ['12th May 2026', '2026-05-12'],
    ['1st of June, 2026', '2026-06-01'],
    ['Tuesday 12 May 2026', '2026-05-12'],
    ['12 Sept 2026', '2026-09-12'],
    ['May 12, 2026', '2026-05-12'],
    ['12/05/2026', '2026-05-12'], // day first: 12 May, not 5 December
    ['05/12/2026', '2026-12-05'],
    ['12.05.26', '2026-05-12'],
    ['2026-05-12', '2026-05-12'],
    ['31/06/2026', undefined], // June has 30 days
    ['29 February 2027', undefined], // not a leap year
  ])('%s → %s', (written, iso) => {
    expect(findDates(`Letter dated ${written} here`)[0]?.iso).toBe(iso);
  });

  it('never takes a date of birth, even when it comes first and on its own line', () => {
    expect(guessDate('Name\nSam\nDate of birth\n14 March 2016\nSummary\nSeen on 3 May 2026 in clinic.')).toBe(
      '2026-05-03',
    );
    expect(guessDate('DOB: 14/03/2016\nDate: 27/05/2026')).toBe('2026-05-27');
  });

  it("reads a long file's own date from its front, not from a report appended deep inside", () => {
    const filler = 'Sam’s needs were discussed at length in the review meeting.\n'.repeat(400);
    expect(
      guessDate(
        `Annual review paperwork\nDate: 5 May 2026\n${filler}Appendix 3\nDate of report: 1 January 2019\n${filler}`,
      ),
    ).toBe('2026-05-05');
  });

  it('prefers the date of the report to the date of the assessment', () => {
    expect(guessDate('Date of assessment: 19 May 2026\nDate of report: 2 June 2026')).toBe('2026-06-02');
  });
});
