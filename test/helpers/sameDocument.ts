import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** A plan-like document's lines: a title, dated and signed, with sections (fictional). */
export const PLAN_LINES = [
  'Education, Health and Care Plan',
  'Date of this plan: 3 March 2027',
  'Section A: Views, interests and aspirations',
  'Noor enjoys swimming, painting and trains. She would like a calm classroom.',
  'Section B: Special educational needs',
  'Noor has a hearing impairment and finds group conversation hard to follow.',
  'Section F: Special educational provision',
  '1. A teacher of the deaf will visit fortnightly for one hour to advise staff.',
  '2. A radio aid will be used in every lesson, checked daily by a trained assistant.',
  'Section K: Advice and information',
  '1. Teacher of the Deaf advice, Eastmoor Sensory Support Service, 4 January 2027',
  'Signed: Alex Morgan, EHC Plan Coordinator',
];

/** The same lines as a Word file (Title style first, then paragraphs). */
export async function wordCopy(dir: string, name: string, lines: string[] = PLAN_LINES): Promise<string> {
  const [title, ...rest] = lines;
  const doc = new Document({
    sections: [
      {
        children: [new Paragraph({ text: title!, heading: HeadingLevel.TITLE }), ...rest.map((l) => new Paragraph(l))],
      },
    ],
  });
  const path = join(dir, name);
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

/** The same lines printed to a PDF, `perPage` lines on each page. */
export async function pdfCopy(dir: string, name: string, lines: string[] = PLAN_LINES, perPage = 5): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < lines.length; i += perPage) {
    const page = pdf.addPage([595, 842]);
    lines.slice(i, i + perPage).forEach((l, j) => page.drawText(l, { x: 50, y: 780 - j * 24, size: 11, font }));
  }
  const path = join(dir, name);
  writeFileSync(path, await pdf.save());
  return path;
}
