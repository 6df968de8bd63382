import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceMap } from '../../shared/evidence.ts';
import { provisionPart } from '../../electron/core/evidence/asides.ts';
import { analyseDocuments, type EngineDocument } from '../../electron/core/evidence/engine.ts';

/*
 * An invented case written for the matcher's failure classes: a plan paragraph about something
 * else must not be offered as the match; an illustration or a target is not lost provision; one
 * plan paragraph may answer two reports; one recommendation may be spread over two paragraphs.
 * Names and wording are made up for these tests.
 */
const plan = [
  'Section A: About me',
  'Noor enjoys swimming and baking.',
  'Section B: Special educational needs',
  'Noor reads slowly and loses her place on the page.',
  'Noor becomes anxious when routines change.',
  'Section E: Outcomes',
  '1. By July 2027 Noor will read a Year 4 text aloud at 90 words per minute.',
  'Section F: Special educational provision',
  '1. Noor will take part in a reading fluency group of four pupils, three times a week for 20 minutes, run by a teaching assistant trained in the programme.',
  '2. Noor will have a quiet workspace with a screen and noise-reducing headphones in every lesson, and a calm room at lunchtime, as required.',
  '3. A speech and language therapist will give Noor direct therapy for 30 minutes every week, one to one, to work on her vocabulary.',
  '4. The therapist will write a home programme for her parents each half term.',
  '5. Noor will use a laptop with spelling software for all extended writing.',
  'Section G: Health provision',
  'An annual review with the community paediatrician.',
  'Section H2: Other social care provision',
  'None.',
  'Section I: Placement',
  'Elm Park Primary School.',
  'Section K: Advice and information',
  '1. Specialist teacher advice, 2 February 2026',
  '2. Speech and language therapy advice, 9 February 2026',
].join('\n');

const teacher = [
  'Specialist Teacher Advice',
  'Written by R. Amadi, Specialist Teacher, 2 February 2026',
  'Recommendations',
  '1. Noor should attend a reading fluency group of no more than four pupils, three times a week for 20 minutes, led by a trained teaching assistant, for example using repeated reading, to reach 90 words per minute by July.',
  '2. Noor needs noise-reducing headphones and a screened workspace in lessons.',
  '3. Noor should have a weekly session with a school counsellor to talk through worries about change, for 40 minutes.',
].join('\n');

const salt = [
  'Speech and Language Therapy Advice',
  'Written by J. Fell, Speech and Language Therapist, 9 February 2026',
  'Recommendations',
  '1. Noor requires direct speech and language therapy from a speech and language therapist, 30 minutes weekly, 1:1, with a home programme written for her parents every half term.',
  '2. Noor needs a quiet place to eat lunch away from the noise of the hall every day.',
].join('\n');

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
    fileName: 'teacher.pdf',
    title: 'Specialist teacher advice',
    kind: 'report',
    sourceType: 'pdf',
    pages: [{ page: 1, text: teacher }],
  },
  {
    documentId: 3,
    fileName: 'salt.pdf',
    title: 'Speech and language therapy advice',
    kind: 'report',
    sourceType: 'pdf',
    pages: [{ page: 1, text: salt }],
  },
];

let map: EvidenceMap;
const rec = (start: string) => map.recommendations.find((r) => r.text.startsWith(start))!;
beforeAll(async () => {
  map = await analyseDocuments({ documents, childNames: ['Noor Haddad'] });
}, 60_000);

describe('matching a recommendation to the plan', () => {
  it('says missing when nothing in the plan is about the same provision, never a weak best guess', () => {
    const counsellor = rec('Noor should have a weekly session with a school counsellor');
    expect(counsellor).toMatchObject({ status: 'missing', section: null, planQuote: null });
  });

  it('does not count an illustration or a target as lost provision', () => {
    const fluency = rec('Noor should attend a reading fluency group');
    expect(fluency.lostSpecifics).toEqual([]);
    expect(fluency).toMatchObject({ status: 'included', section: 'F', para: '1' });
    expect(provisionPart(fluency.text)).not.toMatch(/repeated reading|90 words/);
  });

  it('lets one plan paragraph answer two reports and asks for one merged amendment', () => {
    const headphones = rec('Noor needs noise-reducing headphones');
    const lunch = rec('Noor needs a quiet place to eat lunch');
    expect(headphones).toMatchObject({ section: 'F', para: '2' });
    expect(lunch).toMatchObject({ status: 'weakened', section: 'F', para: '2' });
    expect(lunch.suggestedWording).toBe(headphones.suggestedWording);
    expect(lunch.suggestedWording).toMatch(
      /^Amend Section F paragraph 2 to read: ".*headphones.*lunch.*" Sources: Specialist teacher advice, page 1, paragraph 2; Speech and language therapy advice, page 1, paragraph 2\.$/,
    );
  });

  it('finds a recommendation spread over two plan paragraphs and quotes both', () => {
    const therapy = rec('Noor requires direct speech and language therapy');
    expect(therapy).toMatchObject({ status: 'included', section: 'F' });
    expect(therapy.para).toMatch(/^3, 4$|^4, 3$/);
    expect(therapy.planQuote).toContain('home programme');
  });
});

describe('honest confidence', () => {
  it('gives every finding a confidence and its reasons, with the section rule', () => {
    for (const r of map.recommendations) {
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.reasons.at(-1)).toMatch(/belongs in Section/);
      // Plain sentences for a parent: no match scores.
      expect(r.reasons.join(' ')).not.toMatch(/\d\.\d\d/);
      expect(r.needsCheck).toBe(r.confidence < 0.6);
    }
    const fluency = rec('Noor should attend a reading fluency group');
    expect(fluency.confidence).toBeGreaterThan(0.8);
    expect(fluency.reasons[0]).toMatch(
      /^The plan’s paragraph F\d+ talks about the same thing: .*reading fluency group/,
    );
  });

  it('marks a match that rests on a loose echo of the plan as one to check', async () => {
    const loose = await analyseDocuments({
      documents: [
        documents[0]!,
        {
          documentId: 4,
          fileName: 'ot.pdf',
          title: 'OT advice',
          kind: 'report',
          sourceType: 'pdf',
          pages: [
            { page: 1, text: 'Recommendations\n1. Noor should use a writing slope and a pencil grip when she writes.' },
          ],
        },
      ],
      childNames: ['Noor Haddad'],
    });
    const slope = loose.recommendations[0]!;
    // "writing" is all it shares with the laptop paragraph: whatever the status, it is not stated as fact.
    if (slope.status !== 'missing') expect(slope.needsCheck).toBe(true);
  });
});
