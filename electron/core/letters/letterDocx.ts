import { Document, HighlightColor, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { LetterBlock, LetterDraft, LetterRun } from '../../../shared/papers.ts';

const FONT = 'Arial';
const SIZE = 22;

/** A run; line breaks inside it (an address) become Word line breaks; a missing field is highlighted. */
function textRuns(r: LetterRun): TextRun[] {
  return r.text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        font: FONT,
        size: SIZE,
        ...(i > 0 ? { break: 1 } : {}),
        ...(r.bold ? { bold: true } : {}),
        ...(r.missing ? { highlight: HighlightColor.YELLOW } : {}),
      }),
  );
}

function paragraph(b: LetterBlock): Paragraph {
  const children = b.runs.flatMap(textRuns);
  if (b.kind === 'bullet')
    return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 80 }, children });
  return new Paragraph({ spacing: { after: b.kind === 'heading' ? 200 : 160 }, children });
}

/** The letter as a Word document the family can still edit before sending. */
export async function letterDocx(d: LetterDraft): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Casebook',
    title: d.title,
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: d.blocks.map(paragraph),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
