import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/documents/renderDocxLibreOffice.ts';
import { saveBundleVersion } from '../../electron/core/store/bundle.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';
import { setCaseDetails } from '../../electron/core/store/papers.ts';
import { buildAmendments } from '../../electron/core/workdoc/amendments.ts';
import { amendmentRows } from '../../electron/core/workdoc/amendmentsDocx.ts';
import { applyAmendments } from '../../electron/core/workdoc/applyAmendments.ts';
import { sectionsUnderAppeal } from '../../electron/core/workdoc/appealSections.ts';
import { createCiter } from '../../electron/core/workdoc/citations.ts';
import { buildDraft } from '../../electron/core/workdoc/draft.ts';
import { layoutFromPlan, renumberFootnotes } from '../../electron/core/workdoc/layout.ts';
import { readTheirVersion, usesTrackChanges } from '../../electron/core/workdoc/readTheirVersion.ts';
import { workdocDocx } from '../../electron/core/workdoc/workdocDocx.ts';
import type { EvidenceMap, Recommendation } from '../../shared/evidence.ts';
import { tempCase } from '../helpers/tempCase.ts';
import { decode, docxPart, runs } from './docxXml.ts';

let c: ReturnType<typeof tempCase>;
let reportId: number;

const rec = (over: Partial<Recommendation>): Recommendation => ({
  id: 'r',
  documentId: reportId,
  fileName: 'ep.pdf',
  source: 'The educational psychologist’s report',
  page: 2,
  paragraph: '5',
  text: '',
  kind: 'provision',
  agency: 'education',
  belongsIn: 'F',
  specifics: [],
  status: 'missing',
  section: null,
  para: null,
  planQuote: null,
  lostSpecifics: [],
  suggestedWording: null,
  score: 0,
  confidence: 1,
  reasons: [],
  needsCheck: false,
  confirmed: false,
  addedByUser: false,
  ...over,
});

function map(): EvidenceMap {
  return {
    plan: {
      documentId: 99,
      fileName: 'plan.pdf',
      adviceListed: [],
      sections: {
        B: [
          {
            para: '1',
            page: 1,
            text: 'Ali finds noise hard. Ali should have a quiet space when anxious.',
            area: 'Sensory',
          },
        ],
        F: [
          { para: '1', page: 2, text: 'Ali will have access to speech therapy as required.' },
          { para: '2', page: 2, text: 'Support | Who | How often', cells: ['Support', 'Who', 'How often'] },
        ],
        I: [{ para: '1', page: 3, text: 'Oak Primary School.' }],
      },
    },
    recommendations: [
      rec({
        id: 'weak',
        status: 'weakened',
        section: 'F',
        para: '1',
        planQuote: 'access to speech therapy as required',
        text: 'Ali requires 45 minutes of speech and language therapy each week from a qualified therapist.',
        lostSpecifics: ['frequency: 45 minutes each week → not stated'],
      }),
      rec({ id: 'gone', text: 'Ali should receive ELSA sessions, 30 minutes twice a week.' }),
      rec({
        id: 'moved',
        status: 'wrong-section',
        section: 'B',
        para: '1',
        planQuote: 'Ali should have a quiet space when anxious.',
        text: 'Ali should have a quiet space when anxious, available at all times.',
      }),
      rec({ id: 'care', belongsIn: 'H2', agency: 'social care', text: 'The family should be offered short breaks.' }),
      rec({ id: 'fine', status: 'included', section: 'F', para: '1', text: 'Speech therapy.' }),
    ],
    flags: [],
    counts: { included: 1, weakened: 1, 'wrong-section': 1, missing: 2 },
    notes: [],
  };
}

beforeAll(() => {
  c = tempCase('Ali Khan');
  reportId = insertDocument(c.store, {
    fileName: 'ep.pdf',
    sourceType: 'pdf',
    kind: 'report',
    title: 'Educational Psychology Advice',
    author: 'Dr Ruth Okafor',
    profession: 'Educational Psychologist',
    date: '2026-05-12',
    original: new TextEncoder().encode('%PDF-1.4 test'),
    pages: [
      { text: 'one', ocr: false },
      { text: 'two', ocr: false },
    ],
  });
});
afterAll(() => c?.close());

const amendmentsFor = (extended = false) => {
  setCaseDetails(c.store, { extendedAppeal: extended });
  return buildAmendments(map(), {
    underAppeal: sectionsUnderAppeal({ extendedAppeal: extended }),
    confirmedOnly: false,
    edits: [],
    citer: createCiter(c.store),
  });
};

describe('working document', () => {
  it('cites "Author, profession, date, page para" and says so when there is no bundle yet', () => {
    const { amendments } = amendmentsFor();
    expect(amendments.find((a) => a.id === 'gone')?.citations[0]?.text).toBe('Okafor, EP, 12/05/2026, p. 2 para 5');
  });

  it('cites the latest hearing bundle page label once a bundle is built', () => {
    saveBundleVersion(c.store, {
      profileId: 'p',
      result: { pages: 30, sections: [], documents: [], excluded: [], warnings: [] },
      pageMap: [{ documentId: reportId, documentPage: 2, bundlePage: 14, label: 'B14' }],
    });
    // A party's evidence pack built later numbers pages its own way: the hearing bundle's labels stay.
    saveBundleVersion(c.store, {
      profileId: 'p',
      pack: 'appellant',
      result: { pages: 9, sections: [], documents: [], excluded: [], warnings: [] },
      pageMap: [{ documentId: reportId, documentPage: 2, bundlePage: 3, label: 'E3' }],
    });
    const { amendments } = amendmentsFor();
    expect(amendments.find((a) => a.id === 'gone')?.citations[0]?.text).toBe('Okafor, EP, 12/05/2026, B14 para 5');
  });

  it('amends only the sections under appeal: H2 needs an extended appeal, and says why it was left out', () => {
    const plain = amendmentsFor(false);
    expect(plain.amendments.map((a) => a.id)).toEqual(['weak', 'gone', 'moved']);
    expect(plain.warnings.join(' ')).toMatch(/Section H2, which is not part of this appeal/);
    expect(amendmentsFor(true).amendments.map((a) => a.id)).toContain('care');
  });

  it('shows a section the plan lacks when an amendment adds to it, in letter order', () => {
    setCaseDetails(c.store, { extendedAppeal: true });
    const draft = buildDraft(c.store, map());
    expect(draft.sections.map((x) => [x.id, x.paragraphs.length])).toEqual([
      ['B', 1],
      ['F', 2],
      ['H2', 0],
      ['I', 1],
    ]);
    setCaseDetails(c.store, { extendedAppeal: false });
  });

  it('strikes the weak words in bold strikethrough, inserts the asked-for wording in bold, and moves B provision to F', async () => {
    const layout = layoutFromPlan(map().plan!);
    const { amendments } = amendmentsFor();
    applyAmendments(layout, amendments);
    renumberFootnotes(layout);
    const bytes = await workdocDocx(layout, {
      childName: 'Ali Khan',
      appealReference: 'EH1/26',
      version: 3,
      date: '1 December 2026',
    });
    const path = join(c.dir, 'wd.docx');
    writeFileSync(path, bytes);
    const xml = docxPart(path, 'word/document.xml');
    const all = runs(xml);
    const struck = all
      .filter((r) => /<w:b\/>/.test(r.props) && /<w:strike\/>/.test(r.props))
      .map((r) => decode(r.text));
    const bold = all.filter((r) => /<w:b\/>/.test(r.props) && !/<w:strike\/>/.test(r.props)).map((r) => decode(r.text));
    expect(struck).toContain('access to speech therapy as required');
    expect(struck).toContain('Ali should have a quiet space when anxious.');
    expect(bold).toContain(
      'Ali will receive 45 minutes of speech and language therapy each week from a qualified therapist.',
    );
    expect(bold).toContain('Ali will receive ELSA sessions, 30 minutes twice a week.');
    // The plan's own words around the change stay in normal type.
    expect(all.some((r) => !/<w:b\/>/.test(r.props) && decode(r.text).includes('Ali will have '))).toBe(true);
    expect(xml).not.toMatch(/<w:ins\b|<w:del\b/);
    // Footnotes are numbered in reading order (LibreOffice pairs texts with references that way).
    const refs = [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(refs).toEqual(refs.map((_, i) => i + 1));
    expect(decode(docxPart(path, 'word/footnotes.xml'))).toContain(
      'Moved to Section F: Okafor, EP, 12/05/2026, B14 para 5',
    );
    expect(amendmentRows(amendments).map((g) => [g.section, g.rows.length])).toEqual([
      ['Section F: Special educational provision', 3],
    ]);
  });

  it('reads their Word version back with every mark, and adds only what is not there yet', async () => {
    const la = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Working document (LA version)')] }),
            new Paragraph({ children: [new TextRun('Section F: Special educational provision')] }),
            new Paragraph({
              children: [
                new TextRun('1. Ali will have '),
                new TextRun({ text: 'access to speech therapy as required', italics: true, strike: true }),
                new TextRun({ text: ' a speech therapy programme', italics: true }),
                new TextRun('.'),
              ],
            }),
            new Paragraph({
              children: [new TextRun({ text: 'Ali will receive ELSA sessions, 30 minutes twice a week.', bold: true })],
            }),
          ],
        },
      ],
    });
    const tabled = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [new TableCell({ children: [new Paragraph('Section F: Special educational provision')] })],
                }),
              ],
            }),
            new Paragraph({ children: [new TextRun({ text: 'The LA offers a weekly group.', italics: true })] }),
          ],
        },
      ],
    });
    const fromTable = await readTheirVersion(new Uint8Array(await Packer.toBuffer(tabled)));
    // A section heading in a table cell opens the section, so what follows is kept.
    expect(fromTable.ok && fromTable.value.blocks.map((b) => [b.kind, b.section])).toEqual([
      ['heading', 'F'],
      ['para', 'F'],
    ]);
    const theirs = await readTheirVersion(new Uint8Array(await Packer.toBuffer(la)));
    if (!theirs.ok) throw new Error(theirs.message);
    const marks = theirs.value.blocks.flatMap((b) => b.runs.map((s) => `${s.mark}:${s.text.trim()}`));
    expect(marks).toContain('la-delete:access to speech therapy as required');
    expect(marks).toContain('la-insert:a speech therapy programme');
    expect(marks).toContain('insert:Ali will receive ELSA sessions, 30 minutes twice a week.');
    expect(marks.some((m) => m.includes('LA version'))).toBe(false);
    const { amendments } = amendmentsFor();
    applyAmendments(theirs.value, amendments);
    const after = theirs.value.blocks.flatMap((b) => b.runs.map((s) => `${s.mark}:${s.text.trim()}`));
    // The LA's struck words stay theirs (italic strikethrough); the family's wording is added once.
    expect(after).toContain('la-delete:access to speech therapy as required');
    expect(after.filter((m) => m === 'insert:Ali will receive ELSA sessions, 30 minutes twice a week.')).toHaveLength(
      1,
    );
    expect(after).toContain(
      'insert:Ali will receive 45 minutes of speech and language therapy each week from a qualified therapist.',
    );
  });

  it("notices Word's track changes in their version, whose marks the key cannot carry", async () => {
    const tracked = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new InsertedTextRun({ text: 'weekly', id: 1, author: 'LA', date: '2026-11-01T00:00:00Z' })],
            }),
          ],
        },
      ],
    });
    expect(usesTrackChanges(new Uint8Array(await Packer.toBuffer(tracked)))).toBe(true);
    const plain = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'weekly', italics: true })] })] }],
    });
    expect(usesTrackChanges(new Uint8Array(await Packer.toBuffer(plain)))).toBe(false);
  });

  it.runIf(findSoffice())(
    'opens in LibreOffice Writer with the key, the plan and the amendments',
    () => {
      execFileSync(
        findSoffice()!,
        [
          `-env:UserInstallation=file://${join(c.dir, 'lo')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          c.dir,
          join(c.dir, 'wd.docx'),
        ],
        { timeout: 120_000 },
      );
      const txt = readFileSync(join(c.dir, 'wd.txt'), 'utf8');
      for (const line of [
        "Parent's proposed wording",
        'Section F: Special educational provision',
        'Ali will receive ELSA sessions, 30 minutes twice a week.',
        'Oak Primary School.',
      ])
        expect(txt).toContain(line);
    },
    120_000,
  );
});
