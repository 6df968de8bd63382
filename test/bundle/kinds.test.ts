import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxRenderer } from '../../shared/bundle.ts';
import { buildBundle, type BuiltBundle } from '../../electron/core/bundle/buildBundle.ts';
import { chromiumDocxRenderer } from '../../electron/core/documents/renderDocxChromium.ts';
import { libreOfficeDocxRenderer } from '../../electron/core/documents/renderDocxLibreOffice.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { listDocuments } from '../../electron/core/store/documents.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

const text = (file: string, from: number, to = from) =>
  execFileSync('pdftotext', ['-f', String(from), '-l', String(to), file, '-']).toString();

/** A Word file with what must survive rendering: a heading, a table and a footnote. */
async function wordFile(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Okafor, EP, 12/05/2026, para 5')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Section F: Special educational provision', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Sam needs daily speech and language therapy'), new FootnoteReferenceRun(1)],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Provision')] }),
                  new TableCell({ children: [new Paragraph('Frequency')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('SALT sessions')] }),
                  new TableCell({
                    children: [new Paragraph({ text: 'Weekly, 45 minutes', alignment: AlignmentType.LEFT })],
                  }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe.each([
  ['LibreOffice', () => libreOfficeDocxRenderer()],
  ['Chromium', () => chromiumDocxRenderer()],
])('Word rendering with %s', (name, make) => {
  const renderer: DocxRenderer | undefined = make();
  afterAll(() => renderer?.close?.());
  it.skipIf(!renderer)(
    'keeps the heading, the table and the footnote',
    async () => {
      const pdf = await renderer!.render(await wordFile(), 'plan.docx');
      const { dir, close } = tempCase();
      try {
        const file = join(dir, `${name}.pdf`);
        writeFileSync(file, pdf);
        const all = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
        expect(all).toContain('Section F: Special educational provision');
        expect(all).toContain('SALT sessions');
        expect(all).toContain('Weekly, 45 minutes');
        expect(all).toContain('Okafor, EP, 12/05/2026, para 5');
      } finally {
        close();
      }
    },
    120_000,
  );
});

describe('emails and pictures in the bundle', () => {
  let c: ReturnType<typeof tempCase>;
  let built: BuiltBundle;
  let out: string;
  beforeAll(async () => {
    c = tempCase('Sam Taylor');
    const report = readFileSync(join(FIXTURES, '03-ot-report.pdf')).toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = [
      'From: Jo Taylor <jo@example.org>',
      'To: SEN Team <sen@westshire.example.gov.uk>',
      'Subject: Independent OT report for the plan',
      'Date: Tue, 16 Jun 2026 09:12:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="mix"',
      '',
      '--mix',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Dear Ms Wells,',
      '',
      'Please find attached the independent OT report. Please include it in Section K.',
      '',
      '--mix',
      'Content-Type: application/pdf',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="ot-report.pdf"',
      '',
      report,
      '--mix--',
      '',
    ].join('\r\n');
    writeFileSync(join(c.dir, 'request.eml'), eml);
    // A landscape photo of a letter: one page, fitted to landscape A4.
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#ddeeff' } })
      .png()
      .toFile(join(c.dir, 'photo.png'));
    await importPaths(c.store, [join(c.dir, 'request.eml'), join(c.dir, 'photo.png')]);
    const r = await buildBundle(c.store, {}, {});
    if (!r.ok) throw new Error(r.message);
    built = r.value;
    out = join(c.dir, 'kinds.pdf');
    writeFileSync(out, built.pdf);
  }, 180_000);
  afterAll(() => c?.close());

  it('shows an email as a readable page with its headers, its attachment right after it', () => {
    const docs = listDocuments(c.store);
    const email = docs.find((d) => d.sourceType === 'email')!;
    const attachment = docs.find((d) => d.parentId === email.documentId)!;
    const placed = built.result.documents;
    const i = placed.findIndex((d) => d.documentId === email.documentId);
    expect(placed[i + 1]?.documentId).toBe(attachment.documentId);
    const page = text(out, placed[i]!.startPage);
    for (const s of ['From:', 'Jo Taylor', 'Subject:', 'Independent OT report for the plan', 'Please find attached'])
      expect(page).toContain(s);
    expect(placed[i + 1]!.pages).toBe(attachment.pages);
  });

  it('fits a picture on one A4 page in the orientation that suits it', async () => {
    const photo = listDocuments(c.store).find((d) => d.sourceType === 'image')!;
    const placed = built.result.documents.find((d) => d.documentId === photo.documentId)!;
    expect(placed.pages).toBe(1);
    const info = execFileSync('pdfinfo', [
      '-f',
      String(placed.startPage),
      '-l',
      String(placed.startPage),
      out,
    ]).toString();
    expect(info).toMatch(/Page\s+\d+ size:\s+841\.89 x 595\.28/);
  });
});
