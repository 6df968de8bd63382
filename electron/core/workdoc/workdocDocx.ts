import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Mark, Span, WdBlock, WdLayout } from './layout.ts';

const FONT = 'Arial';
/** 12-point: the size PD 1/2025 asks of documents in the bundle. */
const SIZE = 24;
/** Black text only (DOMAIN §4): the key is carried by typeface, never colour. */
const BLACK = '000000';

const STYLE: Record<Mark, { bold?: boolean; italics?: boolean; strike?: boolean; underline?: boolean }> = {
  plan: {},
  insert: { bold: true },
  delete: { bold: true, strike: true },
  'la-insert': { italics: true },
  'la-delete': { italics: true, strike: true },
  agreed: { underline: true },
  'agreed-delete': { underline: true, strike: true },
};

function run(text: string, mark: Mark, size = SIZE): TextRun {
  const s = STYLE[mark];
  return new TextRun({
    text,
    font: FONT,
    size,
    color: BLACK,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.strike ? { strike: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
  });
}

const spanRuns = (spans: Span[], size = SIZE) =>
  spans.flatMap((s) => [run(s.text, s.mark, size), ...(s.footnote ? [new FootnoteReferenceRun(s.footnote)] : [])]);
const border = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (children: Paragraph[], width?: number) =>
  new TableCell({
    borders,
    children,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
  });

const KEY: [Mark, string, string][] = [
  ['plan', 'Plan wording as it stands', 'normal type'],
  ['insert', "Parent's proposed wording", 'bold'],
  ['delete', "Parent's proposed deletion", 'bold strikethrough'],
  ['la-insert', "Local authority's proposed wording", 'italic'],
  ['la-delete', "Local authority's proposed deletion", 'italic strikethrough'],
  ['agreed', 'Wording both parties agree', 'underlined'],
  ['agreed-delete', 'Deletion both parties agree', 'underlined strikethrough'],
];

function keyTable(): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: KEY.map(
      ([mark, what, how]) =>
        new TableRow({
          children: [
            cell([new Paragraph({ children: [run(what, mark, 20)] })], 60),
            cell([new Paragraph({ children: [run(how, 'plan', 20)] })], 40),
          ],
        }),
    ),
  });
}

function blockParagraphs(blocks: WdBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let rows: WdBlock[] = [];
  const flush = () => {
    if (!rows.length) return;
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map(
          (r) => new TableRow({ children: r.cells!.map((c) => cell([new Paragraph({ children: spanRuns(c) })])) }),
        ),
      }),
    );
    rows = [];
  };
  for (const b of blocks) {
    if (b.kind === 'row' && b.cells) {
      rows.push(b);
      continue;
    }
    flush();
    if (b.kind === 'heading')
      out.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          spacing: { before: 240, after: 120 },
          children: spanRuns(b.runs, 30),
        }),
      );
    else if (b.kind === 'area')
      out.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 120, after: 60 },
          children: spanRuns(b.runs, 26),
        }),
      );
    else {
      // The plan's own paragraph number stays even when the whole paragraph is struck: the panel cites it.
      const number = b.para ? [run(`${b.para}. `, 'plan')] : [];
      out.push(new Paragraph({ spacing: { after: 120 }, children: [...number, ...spanRuns(b.runs)] }));
    }
  }
  flush();
  return out;
}

export interface WorkdocHeader {
  childName: string;
  /** Absent until the tribunal registers the appeal: printed as "to follow". */
  appealReference?: string;
  version: number;
  /** "29 November 2026" */
  date: string;
}

/**
 * The working document as Word: header (child, appeal reference, version, date), the key, then
 * the plan with the amendments in the key's typefaces and a footnote on each. Plain runs only:
 * no tracked changes (w:ins/w:del), no comments, no colour.
 */
export async function workdocDocx(layout: WdLayout, header: WorkdocHeader): Promise<Uint8Array> {
  const appeal = header.appealReference ? `Appeal ${header.appealReference}` : 'Appeal reference to follow';
  const headerLine = `${header.childName} · ${appeal} · Working document version ${header.version} · ${header.date}`;
  const doc = new Document({
    creator: 'Casebook',
    title: `Working document — ${header.childName} — version ${header.version}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE, color: BLACK } } } },
    footnotes: Object.fromEntries(
      layout.footnotes.map((t, i) => [i + 1, { children: [new Paragraph({ children: [run(t, 'plan', 18)] })] }]),
    ),
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 18,
                    color: BLACK,
                    children: [`${headerLine} · page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [run(`Working document: EHC plan for ${header.childName}`, 'plan', 32)],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [
              run(
                `Version ${header.version}, ${header.date}. ${header.appealReference ? `Appeal reference ${header.appealReference}` : 'Appeal reference to follow'}.`,
                'plan',
              ),
            ],
          }),
          new Paragraph({ spacing: { after: 60 }, children: [run('Key to the typefaces', 'plan')] }),
          keyTable(),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          ...blockParagraphs(layout.blocks),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
