import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectType } from '../../../electron/core/importers/detect.ts';
import { guessMetadata, type GuessedMetadata } from '../../../electron/core/importers/guessMetadata.ts';
import { importers } from '../../../electron/core/importers/registry.ts';
import type { ImportedFile } from '../../../electron/core/importers/types.ts';
import { createOcrEngine } from '../../../electron/core/text/ocr.ts';
import { SAMPLES } from '../shared.ts';

const ocr = createOcrEngine();
afterAll(() => ocr.close());

async function importSample(fileName: string): Promise<ImportedFile> {
  const bytes = readFileSync(join(SAMPLES, fileName));
  const type = detectType(fileName, bytes);
  if (type.type === 'unknown') throw new Error(type.reason);
  const r = await importers[type.type]({ fileName, bytes }, { ocr });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/**
 * The truth for each case-a sample, read from its source in samples/case-a/src/*.md (the line
 * that gives each value is quoted in `why`).
 */
const CASE_A: { file: string; expected: GuessedMetadata; why: string }[] = [
  {
    file: '01-ep-report.pdf',
    expected: {
      kind: 'report',
      title: 'Educational Psychology Advice',
      author: 'Dr Ruth Okafor',
      profession: 'Educational Psychologist',
      date: '2026-05-12',
    },
    why: '"Author | Dr Ruth Okafor, Educational Psychologist"; "Date of report | 12 May 2026" (not the DOB 14 March 2016)',
  },
  {
    file: '02-salt-report.pdf',
    expected: {
      kind: 'report',
      title: 'Speech and Language Therapy Report',
      author: 'Priya Nandra',
      profession: 'Speech and Language Therapist',
      date: '2026-05-20',
    },
    why: '"Therapist | Priya Nandra, Highly Specialist Speech and Language Therapist"; "Date of report | 20/05/2026"; owner-password PDF',
  },
  {
    file: '03-ot-report.pdf',
    expected: {
      kind: 'report',
      title: 'Independent Occupational Therapy Report',
      author: 'Helen Marsh',
      profession: 'Occupational Therapist',
      date: '2026-06-02',
    },
    why: '"Author | Helen Marsh, Advanced Occupational Therapist" (wrapped over lines); "Date of report | 2 June 2026", not the assessment date',
  },
  {
    file: '04-social-care-assessment.pdf',
    expected: {
      kind: 'report',
      title: 'Child and Family Assessment — Disabled Children’s Team',
      author: 'Mark Adeyemi',
      profession: 'Social Worker',
      date: '2026-05-27',
    },
    why: '"Social worker | Mark Adeyemi"; "Date | 27 May 2026"; social care advice is a professional report',
  },
  {
    file: '05-final-ehcp.pdf',
    expected: {
      kind: 'plan',
      title: 'Education, Health and Care Plan',
      author: 'Karen Wells',
      profession: 'EHC Plan Coordinator',
      date: '2026-07-10',
    },
    why: 'Sections A–K; "Date of this plan | 10 July 2026"; "Signed on behalf of Westshire County Council: Karen Wells, EHC Plan Coordinator"',
  },
  {
    file: '05-final-ehcp.docx',
    expected: {
      kind: 'plan',
      title: 'Education, Health and Care Plan',
      author: 'Karen Wells',
      profession: 'EHC Plan Coordinator',
      date: '2026-07-10',
    },
    why: 'the same plan as a Word file',
  },
  {
    file: '06-decision-letter.pdf',
    expected: {
      kind: 'decision-letter',
      title: 'Decision letter: Sam Taylor — Final Education, Health and Care Plan',
      author: 'Karen Wells',
      profession: 'EHC Plan Coordinator',
      date: '2026-07-10',
    },
    why: 'scanned (OCR); "Your right of appeal", mediation; letter dated "10 July 2026" at the top; the Re: line without the date of birth, said to be a letter so it is not taken for the plan',
  },
  {
    file: '07-mediation-certificate.pdf',
    expected: {
      kind: 'mediation-certificate',
      title: 'Mediation Certificate',
      author: 'Sarah Lowe',
      profession: 'Mediation Adviser',
      date: '2026-08-24',
    },
    why: '"Mediation Certificate" heading, "This certificate confirms…"; "Date of this certificate | 24 August 2026", not the contact date 20 August',
  },
  {
    file: '08-email-request-ot.pdf',
    expected: {
      kind: 'correspondence',
      title: 'Sam Taylor — draft EHCP comments and independent OT report',
      author: 'Jo Taylor',
      date: '2026-06-16',
    },
    why: 'a printed email: "From: Jo Taylor", "Date: 16 June 2026, 09:12", "Subject: …"; the OT report it mentions is not its author\'s job',
  },
];

describe('guessMetadata on every case-a sample', () => {
  it.each(CASE_A)(
    '$file: $why',
    async ({ file, expected }) => {
      expect(guessMetadata(file, await importSample(file))).toEqual(expected);
    },
    120_000,
  );
});

describe('guessMetadata on a bundle', () => {
  it("files the LA's hearing bundle as other, without taking a document's author or date inside it", async () => {
    const bytes = readFileSync(join(SAMPLES, 'la-bundle/la-bundle.pdf'));
    const r = await importers.pdf({ fileName: 'la-bundle.pdf', bytes }, { ocr });
    if (!r.ok) throw new Error(r.message);
    expect(guessMetadata('la-bundle.pdf', r.value)).toEqual({
      kind: 'other',
      title: 'Hearing bundle: appeal EH/2026/0417',
    });
  }, 120_000);
});
