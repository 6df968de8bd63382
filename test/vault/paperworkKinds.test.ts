import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../shared/documents.ts';
import { guessMetadata } from '../../electron/core/importers/guessMetadata.ts';
import type { ImportedFile } from '../../electron/core/importers/types.ts';
import { guessEvent } from '../../electron/core/deadlines/suggest.ts';

const page = (text: string): ImportedFile => ({ sourceType: 'pdf', pages: [{ text, ocr: false }] });

/**
 * The tribunal's paperwork as other mediation services, the tribunal and families write it (none
 * of it is case-a's wording). Each row: the text, the kind it must get, and why.
 */
const ROWS: { name: string; text: string; fileName?: string; kind: DocumentKind; title?: string }[] = [
  {
    name: 'a certificate after mediation took place, headed "Certificate of mediation"',
    text: 'Eastvale Mediation Service\nCertificate of Mediation\nRegulation 39, SEND Regulations 2014\nChild: Priya Shah\nMediation took place on 3 March 2027 between the parent and Eastvale Council.\nThis certificate is issued so that an appeal can be made to the First-tier Tribunal.\nMediator: Tom Hart\nDate: 5 March 2027',
    kind: 'mediation-certificate',
    title: 'Certificate of Mediation',
  },
  {
    name: 'a certificate given when the parent does not wish to mediate, named only by its file',
    fileName: 'med cert.pdf',
    text: 'Northby Council SEND mediation\nThe parent has decided not to pursue mediation.\nThis certificate may be sent with an appeal to the tribunal.\nDate: 1 February 2027',
    kind: 'mediation-certificate',
  },
  {
    name: 'the registration letter with the tribunal reference',
    text: 'First-tier Tribunal (Health, Education and Social Care Chamber)\nSpecial Educational Needs and Disability\nOur reference: EH812/27/00093\n4 April 2027\nDear Mr Ali,\nRe: Appeal for Yusuf Ali\nWe have registered your appeal. The local authority must respond by 16 May 2027.\nYours sincerely,\nTribunal clerk',
    kind: 'tribunal',
    title: 'Tribunal letter: Appeal for Yusuf Ali',
  },
  {
    name: 'case management directions signed by a judge',
    text: 'FIRST-TIER TRIBUNAL\nHEALTH, EDUCATION AND SOCIAL CARE CHAMBER\nEH333/27/00012\nBetween Ms R Green (Appellant) and Southshire County Council (Respondent)\nDirections\n1. The respondent shall send the working document by 2 June 2027.\n2. The final hearing will take place on 30 June 2027.\nTribunal Judge Morgan\n12 May 2027',
    kind: 'tribunal',
  },
  {
    name: "the local authority's response to the appeal",
    text: "Southshire County Council\nResponse to the appeal\nAppellant: Ms R Green\nThe respondent opposes the appeal for the following reasons.\n1. The provision in Section F meets the child's needs.",
    kind: 'tribunal',
  },
  {
    name: 'a working document with the formatting key',
    text: "Working Document – EHC plan for Olly Finch\nKey: bold text = the parent's proposed wording; italic = the local authority's proposed wording\nSection A: About Olly\nSection B: Special educational needs\nSection E: Outcomes\nSection F: Special educational provision\nSection I: Placement\nSection K: Advice",
    kind: 'working-document',
  },
  {
    name: "a parent's witness statement with a statement of truth",
    text: 'Witness statement of Maria Lopez\n1. I, Maria Lopez, am the mother of Dani Lopez.\n2. Dani stopped attending school in March.\nStatement of truth\nI believe that the facts stated in this witness statement are true.\nSigned Maria Lopez\n9 June 2027',
    kind: 'witness-statement',
  },
  {
    name: 'a decision letter still mentions the mediation certificate without being one',
    text: 'Dear Ms Green,\n10 January 2027\nRe: Final EHC plan\nWe have decided to issue the final plan. You have the right of appeal to the First-tier Tribunal within two months, or one month from the date of a mediation certificate if later. Contact the mediation adviser first.\nYours sincerely,\nSEN officer',
    kind: 'decision-letter',
    title: 'Decision letter: Final EHC plan',
  },
];

describe('paperwork kinds guessed at import', () => {
  it.each(ROWS)('$name → $kind', ({ text, fileName, kind, title }) => {
    const got = guessMetadata(fileName ?? 'document.pdf', page(text));
    expect(got.kind).toBe(kind);
    if (title) expect(got.title).toBe(title);
  });
});

describe("titles from the document's own heading", () => {
  it("ignores a Word file's stored title that names another kind of document", () => {
    const file: ImportedFile = {
      sourceType: 'docx',
      pages: [
        {
          text: 'Mediation Certificate\nThis certificate confirms that the parent has decided not to pursue mediation.\nDate: 2 March 2027',
          ocr: false,
        },
      ],
      metadata: { title: 'Final EHC plan for Noah' },
    };
    expect(guessMetadata('certificate.docx', file)).toMatchObject({
      kind: 'mediation-certificate',
      title: 'Mediation Certificate',
    });
  });

  it("takes a letter's subject under the greeting, wrapped over two lines, without the child's date of birth", () => {
    const text =
      'Northby Council\nDate: 3 March 2027\nDear Mr Ali,\nYusuf Ali (date of birth 2 May 2017): our decision not to carry out an\nEHC needs assessment\nWe have considered your request. You have the right to appeal to the First-tier Tribunal.\nYours sincerely,\nSEN officer';
    expect(guessMetadata('letter.pdf', page(text))).toMatchObject({
      kind: 'decision-letter',
      title: 'Yusuf Ali: our decision not to carry out an EHC needs assessment',
    });
  });

  it('names a letter whose "Re:" line is only the patient by who wrote it', () => {
    const text =
      'Children’s Clinic\nClinic date: 05/02/2027\nDear Colleague,\nRe: Noor HADDAD, DOB 01/02/2019, NHS No. 943 476 5919\nI saw Noor in clinic today with her father.\nYours sincerely,\nDr Lena Okoro\nConsultant Paediatrician';
    expect(guessMetadata('clinic.pdf', page(text))).toMatchObject({
      kind: 'correspondence',
      title: 'Letter from Dr Lena Okoro',
    });
  });

  it('ignores a running header that ends with its page number', () => {
    const text =
      'Anyshire Sensory Service\nNoor Haddad: advice from the Teacher of the Deaf, page 1\nAdvice from the Teacher of the Deaf\nDate of advice: 4 January 2027\nRecommendations\n1. A radio aid in every lesson.';
    expect(guessMetadata('tod.pdf', page(text)).title).toBe('Advice from the Teacher of the Deaf');
  });

  it('keeps a stored title that fits the document', () => {
    const file: ImportedFile = {
      sourceType: 'docx',
      pages: [{ text: 'Assessment\nDate of report: 2 March 2027\nRecommendations\n1. Weekly therapy.', ocr: false }],
      metadata: { title: 'Occupational Therapy Report' },
    };
    expect(guessMetadata('ot.docx', file).title).toBe('Occupational Therapy Report');
  });
});

describe('events the paperwork kinds suggest', () => {
  it('takes a mediation certificate as the certificate event whatever its title says', () => {
    expect(
      guessEvent({ kind: 'mediation-certificate', title: 'Letter from the mediation service', fileName: 'x.pdf' })
        ?.kind,
    ).toBe('certificate');
  });
  it('takes a decision letter about a final plan as the decision being sent, not a plan being issued', () => {
    expect(
      guessEvent({ kind: 'decision-letter', title: 'Decision letter: Final EHC plan', fileName: 'x.pdf' })?.kind,
    ).toBe('decision-sent');
  });
});
