import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LastRenderedPageBreak,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DocxStructure, type DocxBlock } from '../../shared/importStructure.ts';
import { importDocx } from '../../electron/core/importers/docx.ts';
import { labelListParagraphs } from '../../electron/core/importers/docxNumbering.ts';
import { readZip, writeZip } from '../../electron/core/importers/docxPackage.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import {
  getPages,
  getRenditionSha,
  getStructure,
  listDocuments,
  setRendition,
} from '../../electron/core/store/documents.ts';
import type { ImportContext } from '../../electron/core/importers/types.ts';
import { guessMetadata } from '../../electron/core/importers/guessMetadata.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';
import { caseFolder, FIXTURE, scannedPng } from '../fixtures/caseFiles/index.ts';
import { DECISION_LETTER } from '../fixtures/caseFiles/text.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

// Word files need no OCR: an engine that fails loudly if the importer ever asks for one.
const ctx: ImportContext = {
  ocr: {
    recognise: () => Promise.reject(new Error('OCR must not be used for Word files')),
    close: () => Promise.resolve(),
  },
};

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

async function read(bytes: Uint8Array) {
  const r = await importDocx({ fileName: 'test.docx', bytes }, ctx);
  if (!r.ok) throw new Error(`expected the Word file to import: ${r.message}`);
  return { ...r.value, structure: DocxStructure.parse(r.value.structure) };
}

/** Every block, including those inside table cells, in reading order. */
function allBlocks(blocks: DocxBlock[]): DocxBlock[] {
  return blocks.flatMap((b) =>
    b.type === 'table' ? [b, ...b.rows.flatMap((r) => r.cells.flatMap((c) => allBlocks(c.blocks)))] : [b],
  );
}

/** A report as other tools write it: title, headings, a footnote, breaks of every kind, a table. */
async function syntheticReport(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Speech and Language Therapy Report',
    creator: 'Aisha Rahman',
    footnotes: { 1: { children: [new Paragraph('CELF-5 UK, Pearson, 2017.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Speech and Language Therapy Report', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Receptive language scores were low'),
              new FootnoteReferenceRun(1),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Bold pseudo-heading', bold: true })] }),
          // An explicit page break, then Word's own marker for the same page start: one new page, not two.
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ children: [new TextRun({ children: [new LastRenderedPageBreak(), 'Second page text'] })] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    children: [
                      new Paragraph({
                        text: 'Section F: Special educational provision',
                        heading: HeadingLevel.HEADING_2,
                      }),
                      new Paragraph('Weekly 1:1 therapy, 45 minutes.'),
                    ],
                  }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Date of report')] }),
                  new TableCell({ children: [new Paragraph('3 March 2026')] }),
                ],
              }),
            ],
          }),
          new Paragraph({ text: 'Recommendations', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
          new Paragraph('Therapist: محمد علي and 王芳 reviewed this.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importDocx on Word files written by other tools', () => {
  it('splits pages at explicit breaks, Word page markers and page-break-before, never leaving an empty page', async () => {
    const file = await read(await syntheticReport());
    expect(file.pages).toHaveLength(3);
    expect(file.pages[0]!.text).toContain('Background');
    expect(file.pages[1]!.text.split('\n')[0]).toBe('Second page text');
    expect(file.pages[2]!.text.split('\n')[0]).toBe('Recommendations');
    expect(file.structure.pageSplit).toBe('word-layout');
    const recs = file.structure.blocks.find((b) => b.type === 'heading' && b.text === 'Recommendations');
    expect(recs?.page).toBe(3);
  });

  it('prints a footnote at the foot of the page that cites it, numbered as in the text', async () => {
    const file = await read(await syntheticReport());
    expect(file.pages[0]!.text).toContain('Receptive language scores were low[1].');
    expect(file.pages[0]!.text).toMatch(/\n\[1\] CELF-5 UK, Pearson, 2017\.$/);
    expect(file.pages[1]!.text).not.toContain('CELF-5 UK, Pearson');
    expect(file.structure.notes).toEqual([{ kind: 'footnote', number: 1, text: 'CELF-5 UK, Pearson, 2017.', page: 1 }]);
  });

  it('keeps a heading inside a table cell as a heading, with its level and page', async () => {
    const file = await read(await syntheticReport());
    const inCell = allBlocks(file.structure.blocks).find((b) => b.type === 'heading' && b.text.startsWith('Section F'));
    expect(inCell).toMatchObject({ type: 'heading', level: 2, page: 2 });
    expect(file.pages[1]!.text).toContain('Date of report\t3 March 2026');
  });

  it('marks paragraphs made bold all through, for plans that make headings that way', async () => {
    const file = await read(await syntheticReport());
    expect(file.structure.blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', text: 'Bold pseudo-heading', bold: true }),
    );
  });

  it('keeps Arabic and Chinese text intact', async () => {
    const file = await read(await syntheticReport());
    expect(file.pages[2]!.text).toContain('محمد علي and 王芳');
  });

  it("reads the file's own title and author from its properties", async () => {
    const file = await read(await syntheticReport());
    expect(file.metadata).toEqual({ title: 'Speech and Language Therapy Report', author: 'Aisha Rahman' });
  });

  it("writes Word's list numbers into the page text: continued after an interruption, restarted in a new list", async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'provision',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
              { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Weekly therapy', numbering: { reference: 'provision', level: 0 } }),
            new Paragraph({ text: 'delivered 1:1', numbering: { reference: 'provision', level: 1 } }),
            new Paragraph({ text: 'for 45 minutes', numbering: { reference: 'provision', level: 1 } }),
            new Paragraph('A note between items.'),
            new Paragraph({ text: 'A quiet space', numbering: { reference: 'provision', level: 0 } }),
            new Paragraph({ text: 'with an exit card', numbering: { reference: 'provision', level: 1 } }),
            new Paragraph({ text: 'Outcome one', numbering: { reference: 'provision', level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    const file = await read(new Uint8Array(await Packer.toBuffer(doc)));
    expect(file.pages[0]!.text.split('\n')).toEqual([
      '1. Weekly therapy',
      '(a) delivered 1:1',
      '(b) for 45 minutes',
      'A note between items.',
      '2. A quiet space',
      '(a) with an exit card',
      '1. Outcome one',
    ]);
    const items = file.structure.blocks.filter((b) => b.type === 'paragraph' && b.list);
    expect(items.map((b) => b.type === 'paragraph' && [b.text, b.list?.label])).toContainEqual(['A quiet space', '2.']);
    expect(file.structure.html).toContain('<li>Weekly therapy<ol><li>delivered 1:1</li>');
  });

  it('keeps pictures in the HTML for rendering, as data: URIs', async () => {
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Graph of scores:'),
            new Paragraph({
              children: [new ImageRun({ type: 'png', data: png, transformation: { width: 30, height: 20 } })],
            }),
          ],
        },
      ],
    });
    const file = await read(new Uint8Array(await Packer.toBuffer(doc)));
    expect(file.structure.html).toContain(`<img src="data:image/png;base64,${png.toString('base64')}"`);
  });

  it('starts a new page after a section break, but not after a continuous one', async () => {
    const body = (type: string) =>
      `<w:p><w:r><w:t>First section</w:t></w:r></w:p><w:p><w:pPr><w:sectPr><w:type w:val="${type}"/></w:sectPr></w:pPr><w:r><w:t>End of section</w:t></w:r></w:p><w:p><w:r><w:t>Next section</w:t></w:r></w:p>`;
    for (const [type, pages] of [
      ['nextPage', 2],
      ['continuous', 1],
    ] as const) {
      const file = await read(withDocumentBody(await syntheticReport(), body(type)));
      expect(file.pages, type).toHaveLength(pages);
      expect(file.pages.at(-1)!.text).toContain('Next section');
    }
  });
});

describe('list numbers in the formats Word prints', () => {
  const numbering = (fmt: string, text: string, start = 1) =>
    `<w:numbering><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
  const item = (ilvl: number) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
  const labels = (xml: string) =>
    [...xml.matchAll(/CasebookListLabel"\/><\/w:rPr><w:t xml:space="preserve">([^<]*) </g)].map((m) => m[1]);

  it.each([
    ['decimal', '%1.', 1, ['1.', '2.', '3.', '4.']],
    ['lowerLetter', '%1)', 1, ['a)', 'b)', 'c)', 'd)']],
    ['upperLetter', '%1.', 1, ['A.', 'B.', 'C.', 'D.']],
    ['lowerRoman', '(%1)', 1, ['(i)', '(ii)', '(iii)', '(iv)']],
    ['upperRoman', '%1.', 8, ['VIII.', 'IX.', 'X.', 'XI.']], // a list set to start at 8
    ['decimalZero', '%1', 9, ['09', '10', '11', '12']],
    ['bullet', '•', 1, []], // bullets get no number
  ])('%s "%s" from %i', (fmt, text, start, want) => {
    const xml = labelListParagraphs([0, 0, 0, 0].map(item).join(''), numbering(fmt, text, start));
    expect(labels(xml)).toEqual(want);
  });

  it('numbers a second level under its parent ("1.1", "1.2", then "2.1")', () => {
    const xml = labelListParagraphs([0, 1, 1, 0, 1].map(item).join(''), numbering('decimal', '%1.'));
    expect(labels(xml)).toEqual(['1.', '1.1', '1.2', '2.', '2.1']);
  });
});

describe('a Word file that holds only a scanned letter', () => {
  it('reads the scan by OCR, one page per picture', async () => {
    const png = await scannedPng(DECISION_LETTER);
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new ImageRun({ type: 'png', data: png, transformation: { width: 595, height: 842 } })],
            }),
          ],
        },
      ],
    });
    const ocr = createOcrEngine();
    try {
      const r = await importDocx({ fileName: 'scan.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) }, { ocr });
      if (!r.ok) throw new Error(r.message);
      expect(r.value.pages).toHaveLength(1);
      expect(r.value.pages[0]!.ocr).toBe(true);
      expect(r.value.pages[0]!.text).toContain(FIXTURE.child);
      expect(r.value.pages[0]!.text).toContain('10 July 2026');
      expect(DocxStructure.parse(r.value.structure).pageSplit).toBe('pictures');
      expect(guessMetadata('scan.docx', r.value)).toMatchObject({ kind: 'decision-letter', date: '2026-07-10' });
    } finally {
      await ocr.close();
    }
  }, 120_000);
});

/** The synthetic report with its body replaced by `bodyXml` (the package's other parts kept). */
function withDocumentBody(docx: Uint8Array, bodyXml: string): Uint8Array {
  const zip = readZip(docx);
  if (!zip.ok) throw new Error(zip.message);
  return writeZip(
    zip.value.map((e) => {
      if (e.name !== 'word/document.xml') return e;
      const xml = Buffer.from(e.data)
        .toString('utf8')
        .replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${bodyXml}</w:body>`);
      return { name: e.name, data: Buffer.from(xml, 'utf8') };
    }),
  );
}

describe('importDocx rejects damaged Word files with a reason a parent can act on', () => {
  it.each([
    ['cut off half way', (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2)), /cut off/],
    ['cut off just before the end', (b: Uint8Array) => b.subarray(0, b.length - 10), /cut off/],
    ['damaged inside (compressed data overwritten)', (b: Uint8Array) => scribble(b), /damaged/],
    ['without its document part', (b: Uint8Array) => dropPart(b, 'word/document.xml'), /no document text/],
    [
      'with a document part that is not XML',
      (b: Uint8Array) => replacePart(b, 'word/document.xml', 'not xml at all <<<'),
      /damaged/,
    ],
  ])('%s', async (_, damage, reason) => {
    const r = await importDocx(
      { fileName: 'plan.docx', bytes: damage(readFileSync(join(FIXTURES, '05-final-ehcp.docx'))) },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(reason);
  });
});

function scribble(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b);
  // Overwrite the middle of the file (compressed part data) but keep the ZIP directory.
  for (let i = 200; i < Math.min(out.length - 2000, 4000); i++) out[i] = (i * 7919) & 0xff;
  return out;
}
function dropPart(b: Uint8Array, name: string): Uint8Array {
  const zip = readZip(b);
  if (!zip.ok) throw new Error(zip.message);
  return writeZip(zip.value.filter((e) => e.name !== name));
}
function replacePart(b: Uint8Array, name: string, text: string): Uint8Array {
  const zip = readZip(b);
  if (!zip.ok) throw new Error(zip.message);
  return writeZip(zip.value.map((e) => (e.name === name ? { name, data: Buffer.from(text) } : e)));
}

describe('a Word file imported into a case', () => {
  it('stores pages, structure and guessed metadata, and accepts a PDF rendering later', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'SALT report.docx');
      writeFileSync(path, await syntheticReport());
      const [outcome] = await importPaths(c.store, [path, join(FIXTURES, '05-final-ehcp.docx')]);
      expect(outcome).toMatchObject({ status: 'imported', pages: 3 });
      const id = outcome!.documentId!;
      expect(DocxStructure.parse(getStructure(c.store, id)).notes).toHaveLength(1);
      expect(getPages(c.store, id).map((p) => p.page)).toEqual([1, 2, 3]);
      const plan = listDocuments(c.store).find((d) => d.fileName === '05-final-ehcp.docx');
      expect(plan).toMatchObject({
        kind: 'plan',
        title: 'Education, Health and Care Plan',
        date: '2026-07-10',
        sourceType: 'docx',
      });
      // The bundle step renders Word files to PDF and attaches the rendering to the document.
      const pdf = readFileSync(join(FIXTURES, '05-final-ehcp.pdf'));
      setRendition(c.store, plan!.documentId, 'pdf', pdf);
      expect(getRenditionSha(c.store, plan!.documentId, 'pdf')).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      cleanup();
      c.close();
    }
  });
});
