import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocxRenderer } from '../../shared/bundle.ts';
import { buildBundle } from '../../electron/core/bundle/buildBundle.ts';
import { planBundle } from '../../electron/core/bundle/planBundle.ts';
import { moveDocument } from '../../electron/core/bundle/reorder.ts';
import { saveBuiltBundle } from '../../electron/core/bundle/saveBundle.ts';
import { chromiumDocxRenderer } from '../../electron/core/documents/renderDocxChromium.ts';
import { libreOfficeDocxRenderer } from '../../electron/core/documents/renderDocxLibreOffice.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { listDocuments } from '../../electron/core/store/documents.ts';
import { PLAN_LINES, pdfCopy, wordCopy } from '../helpers/sameDocument.ts';
import { tempCase } from '../helpers/tempCase.ts';

let c: ReturnType<typeof tempCase>;
beforeEach(() => {
  c = tempCase('Noor Haddad');
});
afterEach(() => c.close());

async function firstPageText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf.slice() }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
}

/** Advice the plan's Section K lists (by its date), and a report the family commissioned that it does not. */
const LISTED = [
  'Teacher of the Deaf Advice',
  'Eastmoor Sensory Support Service',
  'Date of report: 4 January 2027',
  'Author: Sam Patel, Qualified Teacher of the Deaf',
  'Recommendations',
  '1. A radio aid in every lesson.',
];
const INDEPENDENT = [
  'Independent Speech and Language Therapy Report',
  'Commissioned by the parents',
  'Date of report: 20 February 2027',
  'Author: Dana Reyes, Speech and Language Therapist',
  'Recommendations',
  '1. Weekly therapy, 45 minutes, 1:1.',
];

async function importCase(): Promise<Map<string, number>> {
  await importPaths(c.store, [
    await pdfCopy(c.dir, 'plan.pdf'),
    await pdfCopy(c.dir, 'tod.pdf', LISTED),
    await pdfCopy(c.dir, 'salt.pdf', INDEPENDENT),
  ]);
  return new Map(listDocuments(c.store).map((d) => [d.fileName, d.documentId]));
}

const sectionOf = (plan: { sections: { letter: string; documents: { documentId: number }[] }[] }, id: number) =>
  plan.sections.find((s) => s.documents.some((d) => d.documentId === id))?.letter;

describe('bundle defaults', () => {
  it("puts the advice the plan's Section K lists with the plan, and the family's own report in their evidence", async () => {
    const ids = await importCase();
    const planned = planBundle(c.store, {});
    if (!planned.ok) throw new Error(planned.message);
    expect(sectionOf(planned.value.plan, ids.get('plan.pdf')!)).toBe('B');
    expect(sectionOf(planned.value.plan, ids.get('tod.pdf')!)).toBe('B');
    expect(sectionOf(planned.value.plan, ids.get('salt.pdf')!)).toBe('D');
    // The plan first, then its appendices, though the advice is older than the plan.
    expect(planned.value.plan.sections.find((s) => s.letter === 'B')!.documents.map((d) => d.fileName)).toEqual([
      'plan.pdf',
      'tod.pdf',
    ]);
  });

  it('puts a clinic letter K lists by the day it was typed with the plan, by its author and that date', async () => {
    const plan = [
      ...PLAN_LINES.slice(0, -1),
      '2. Health advice: clinic letter, Dr Lena Okoro, Consultant Paediatrician, 12 February 2027',
      PLAN_LINES.at(-1)!,
    ];
    const letter = [
      'Children’s Development Clinic',
      'Clinic date: 05/02/2027 · Typed: 12/02/2027',
      'Dear Colleague,',
      'I saw Noor in clinic today with her father.',
      'Plan:',
      '1. Review in six months.',
      'Yours sincerely,',
      'Dr Lena Okoro',
      'Consultant Paediatrician',
    ];
    await importPaths(c.store, [await pdfCopy(c.dir, 'plan.pdf', plan), await pdfCopy(c.dir, 'clinic.pdf', letter)]);
    const ids = new Map(listDocuments(c.store).map((d) => [d.fileName, d.documentId]));
    const planned = planBundle(c.store, {});
    expect(planned.ok && sectionOf(planned.value.plan, ids.get('clinic.pdf')!)).toBe('B');
  });

  it('keeps a hand placement over the Section K default', async () => {
    const ids = await importCase();
    expect(moveDocument(c.store, 'pd-2025-send', ids.get('tod.pdf')!, { section: 'D' }).ok).toBe(true);
    const planned = planBundle(c.store, {});
    expect(planned.ok && sectionOf(planned.value.plan, ids.get('tod.pdf')!)).toBe('D');
  });

  it('prints on the cover only what is known, and no note meant for the user', async () => {
    await importCase();
    const plain = await buildBundle(c.store, {});
    if (!plain.ok) throw new Error(plain.message);
    const cover = await firstPageText(plain.value.pdf);
    expect(cover).toContain('Noor Haddad');
    expect(cover).not.toMatch(/not given|profile|Check this layout/i);
    const full = await buildBundle(c.store, { appealReference: 'EH812/27/00093', hearingDate: '2027-06-30' });
    if (!full.ok) throw new Error(full.message);
    expect(await firstPageText(full.value.pdf)).toMatch(/EH812\/27\/00093.*30 June 2027/s);
  });

  it('says when the bundle would be built again unchanged, and stops saying so after a change', async () => {
    const ids = await importCase();
    const before = planBundle(c.store, {});
    expect(before.ok && before.value.plan.unchangedSince).toBeUndefined();
    const built = await buildBundle(c.store, {});
    if (!built.ok) throw new Error(built.message);
    const saved = saveBuiltBundle(c.store, built.value, join(c.dir, 'v1.pdf'));
    if (!saved.ok) throw new Error(saved.message);
    const same = planBundle(c.store, {});
    expect(same.ok && same.value.plan.unchangedSince).toBe(saved.value.result.version);
    // Another option (dividers) or another order is another bundle.
    const withDividers = planBundle(c.store, { dividers: true });
    expect(withDividers.ok && withDividers.value.plan.unchangedSince).toBeUndefined();
    moveDocument(c.store, 'pd-2025-send', ids.get('salt.pdf')!, { section: 'E' });
    const moved = planBundle(c.store, {});
    expect(moved.ok && moved.value.plan.unchangedSince).toBeUndefined();
  });
});

const renderer: DocxRenderer | undefined = libreOfficeDocxRenderer() ?? chromiumDocxRenderer();

describe('true page counts for Word files', () => {
  afterEach(async () => renderer?.close?.());

  it('marks a Word file imported without a renderer as an estimate from its text', async () => {
    await importPaths(c.store, [
      await wordCopy(c.dir, 'plan.docx', [
        ...PLAN_LINES,
        ...Array.from(
          { length: 120 },
          (_, i) =>
            `${i + 3}. ${'The teaching assistant will check the radio aid at the start of each lesson and record it. '.repeat(2)}`,
        ),
      ]),
    ]);
    const [doc] = listDocuments(c.store);
    expect(doc).toMatchObject({ pagesEstimated: true });
    // About 21,000 characters of text with no page breaks: more than one page, however it is laid out.
    expect(doc!.pages).toBeGreaterThan(4);
    const planned = planBundle(c.store, {});
    expect(planned.ok && planned.value.plan.sections.find((s) => s.letter === 'B')!.documents[0]).toMatchObject({
      pagesEstimated: true,
      pages: doc!.pages,
    });
  });

  it.skipIf(!renderer)(
    'takes the count from the rendering, and every listed count equals its span in the bundle',
    async () => {
      const long = [
        ...PLAN_LINES,
        ...Array.from(
          { length: 120 },
          (_, i) =>
            `${i + 3}. ${'The teaching assistant will check the radio aid at the start of each lesson and record it. '.repeat(2)}`,
        ),
      ];
      await importPaths(c.store, [await wordCopy(c.dir, 'short.docx', PLAN_LINES)], { docxRenderer: renderer! });
      await importPaths(c.store, [await wordCopy(c.dir, 'long.docx', long)]);
      const short = listDocuments(c.store).find((d) => d.fileName === 'short.docx')!;
      expect(short.pagesEstimated).toBeUndefined();
      const built = await buildBundle(c.store, {}, { renderer: renderer! });
      if (!built.ok) throw new Error(built.message);
      for (const d of listDocuments(c.store)) {
        const placed = built.value.result.documents.find((r) => r.documentId === d.documentId)!;
        expect(d.pagesEstimated, d.fileName).toBeUndefined();
        expect(d.pages, d.fileName).toBe(placed.endPage - placed.startPage + 1);
      }
      // The meters now count the rendered pages.
      const planned = planBundle(c.store, {});
      const b = planned.ok ? planned.value.plan.sections.find((s) => s.letter === 'B')! : undefined;
      expect(b?.pages).toBe(
        built.value.result.documents.filter((r) => r.section === 'B').reduce((n, r) => n + r.pages, 0),
      );
    },
    120_000,
  );
});
