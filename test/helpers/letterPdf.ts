import { writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

/** A one-page born-digital letter with the given lines, as a council's letter would print. */
export async function writeLetterPdf(path: string, lines: string[]): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 18, size: 11, font }));
  writeFileSync(path, await pdf.save());
  return path;
}
