import {
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Amendment } from '../../../shared/papers.ts';
import { sectionTitle, SECTION_ORDER } from './appealSections.ts';

const FONT = 'Arial';
const BLACK = '000000';
const lines = (t: string, bold = false) =>
  t.split('\n').map(
    (l) =>
      new Paragraph({
        children: [new TextRun({ text: l, font: FONT, size: 20, color: BLACK, ...(bold ? { bold: true } : {}) })],
      }),
  );
const border = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const borders = { top: border, bottom: border, left: border, right: border };
const WIDTHS = [9, 24, 27, 22, 18];
const HEAD = ['Section and paragraph', 'Current wording', 'Wording sought', 'Reason', 'Evidence'];

const row = (cells: string[], head = false) =>
  new TableRow({
    tableHeader: head,
    children: cells.map(
      (c, i) =>
        new TableCell({
          borders,
          width: { size: WIDTHS[i]!, type: WidthType.PERCENTAGE },
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          ...(head ? { shading: { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' } } : {}),
          children: lines(c, head),
        }),
    ),
  });

function where(a: Amendment): string {
  if (a.kind === 'move')
    return `${a.fromSection}${a.fromPara ? ` para ${a.fromPara}` : ''} → ${a.section} (new paragraph)`;
  if (a.kind === 'add') return `${a.section}${a.para ? `, after para ${a.para}` : ''} (new paragraph)`;
  return `${a.section}${a.para ? ` para ${a.para}` : ''}`;
}

/** The table's rows, grouped by section in letter order: also what tests and the app read. */
export function amendmentRows(amendments: Amendment[]): { section: string; rows: string[][] }[] {
  const live = amendments.filter((a) => !a.excluded);
  return SECTION_ORDER.filter((s) => live.some((a) => a.section === s)).map((s) => ({
    section: sectionTitle(s),
    rows: live
      .filter((a) => a.section === s)
      .map((a) => [
        where(a),
        a.current || '(nothing: new wording)',
        a.sought,
        a.reason,
        a.citations.map((c) => c.text).join('\n') || '—',
      ]),
  }));
}

/**
 * "Amendments sought": the separate, labelled document that goes with the SEND35 appeal form
 * (DOMAIN §3) — a landscape table, one row per amendment, grouped by section.
 */
export async function amendmentsDocx(
  amendments: Amendment[],
  childName: string,
  appealReference: string,
  date: string,
): Promise<Uint8Array> {
  const groups = amendmentRows(amendments);
  const doc = new Document({
    creator: 'Casebook',
    title: `Amendments sought — ${childName}`,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    color: BLACK,
                    children: [
                      `Amendments sought · ${childName} · page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: 'Amendments sought', font: FONT, size: 36, bold: true, color: BLACK })],
          }),
          ...lines(
            `Attached to the SEND35 appeal form. Child: ${childName}. Appeal reference: ${appealReference}. Date: ${date}.`,
          ),
          ...lines(
            'Each row is one amendment the family asks the Tribunal to order, with the evidence for it (bundle page labels where the bundle has been built).',
          ),
          ...groups.flatMap((g) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              spacing: { before: 240, after: 120 },
              children: [new TextRun({ text: g.section, font: FONT, size: 26, bold: true, color: BLACK })],
            }),
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [row(HEAD, true), ...g.rows.map((r) => row(r))],
            }),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
