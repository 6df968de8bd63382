import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DocxRenderer } from '../../shared/bundle.ts';
import type { DocumentSummary, PageText } from '../../shared/documents.ts';
import { buildFromInputs } from '../../electron/core/bundle/buildBundle.ts';
import { collectDocuments } from '../../electron/core/bundle/collectDocuments.ts';
import type { BuildInputs } from '../../electron/core/bundle/gatherInputs.ts';
import { layOutBundle } from '../../electron/core/bundle/layOutBundle.ts';
import { planFromInputs } from '../../electron/core/bundle/planBundle.ts';
import { builtInProfiles } from '../../electron/core/bundle/profiles.ts';
import { stampPages } from '../../electron/core/bundle/stampPages.ts';
import { PdfFonts } from '../../electron/core/pdf/fonts.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';

/**
 * Each stage of the build on plain data, no case database: documents are pdf-lib PDFs held in a
 * map by hash, as the gather step would hand them over.
 */

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function pdfOf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const line of lines) doc.addPage([595.28, 841.89]).drawText(line, { x: 72, y: 700, size: 12, font });
  return doc.save();
}

interface Fixture {
  fileName: string;
  title: string;
  kind: DocumentSummary['kind'];
  date?: string;
  bytes: Uint8Array;
  pages: PageText[];
  sourceType?: DocumentSummary['sourceType'];
}

function inputsFrom(fixtures: Fixture[], extra: Partial<BuildInputs> = {}, notForTribunal: number[] = []): BuildInputs {
  const blobs = new Map<string, Uint8Array>();
  const documents: DocumentSummary[] = fixtures.map((f, i) => {
    blobs.set(sha(f.bytes), f.bytes);
    return {
      documentId: i + 1,
      fileName: f.fileName,
      title: f.title,
      kind: f.kind,
      sourceType: f.sourceType ?? 'pdf',
      pages: f.pages.length,
      ...(f.date ? { date: f.date } : {}),
      importedAt: '2026-01-01T00:00:00Z',
      sha256: sha(f.bytes),
      ocrPages: f.pages.filter((p) => p.ocr).length,
      ...(notForTribunal.includes(i + 1) ? { notForTribunal: true } : {}),
    };
  });
  return {
    options: { anonymise: false, documentTimeoutSeconds: 60 },
    profile: builtInProfiles()[0]!,
    caseInfo: { childName: 'Sam Taylor', localAuthority: 'Northshire', createdAt: '2026-01-01T00:00:00Z' },
    documents,
    pages: new Map(fixtures.map((f, i) => [i + 1, f.pages])),
    structures: new Map(),
    renditions: new Map(),
    placements: [],
    nextVersion: 3,
    builtFrom: new Map(),
    readBlob: (hash) => {
      const bytes = blobs.get(hash);
      if (!bytes) throw new Error(`no file stored under ${hash}`);
      return bytes;
    },
    ...extra,
  };
}

const text = (lines: string[]): PageText[] => lines.map((t, i) => ({ page: i + 1, text: t, ocr: false }));

async function fixtures(): Promise<Fixture[]> {
  const ep = ['Educational psychology report page 1', 'page 2', 'page 3'];
  const decision = ['Decision letter'];
  const ot = ['Occupational therapy report'];
  return [
    {
      fileName: 'ep.pdf',
      title: 'EP report',
      kind: 'report',
      date: '2026-03-01',
      bytes: await pdfOf(ep),
      pages: text(ep),
    },
    {
      fileName: 'decision.pdf',
      title: 'Decision letter',
      kind: 'decision-letter',
      date: '2026-02-01',
      bytes: await pdfOf(decision),
      pages: text(decision),
    },
    {
      fileName: 'ot.pdf',
      title: 'OT report',
      kind: 'report',
      date: '2026-01-15',
      bytes: await pdfOf(ot),
      pages: text(ot),
    },
  ];
}

async function pdfjsText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ ...pdfjsDocumentOptions(), data: new Uint8Array(bytes) }).promise;
  try {
    const out: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      out.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

/** Plan, then the prepare stage: every placed document's pages copied into `out`. */
async function prepareAll(inputs: BuildInputs, out: PDFDocument, renderer?: DocxRenderer) {
  const planned = planFromInputs(inputs);
  if (!planned.ok) throw new Error(planned.message);
  const ctx = { source: inputs, ...(renderer ? { renderer } : {}) };
  return collectDocuments(out, planned.value.plan.sections, planned.value.docs, ctx, 30_000, {});
}

describe('plan stage', () => {
  it('places documents by kind and date, and leaves out a document marked not for the tribunal', async () => {
    const inputs = inputsFrom(await fixtures(), {}, [1]);
    const planned = planFromInputs(inputs);
    if (!planned.ok) throw new Error(planned.message);
    const { plan } = planned.value;
    expect(plan.sections.find((s) => s.letter === 'A')!.documents.map((d) => d.fileName)).toEqual(['decision.pdf']);
    expect(plan.sections.find((s) => s.letter === 'D')!.documents.map((d) => d.fileName)).toEqual(['ot.pdf']);
    expect(plan.leftOut.map((d) => d.fileName)).toEqual(['ep.pdf']);
  });

  it('names a version already built from the same inputs', async () => {
    const first = planFromInputs(inputsFrom(await fixtures()));
    if (!first.ok) throw new Error(first.message);
    const again = planFromInputs(inputsFrom(await fixtures(), { builtFrom: new Map([[first.value.fingerprint, 2]]) }));
    expect(again.ok && again.value.plan.unchangedSince).toBe(2);
  });
});

describe('prepare stage', () => {
  it('copies each document’s pages and leaves out a damaged one with a reason a parent can act on', async () => {
    const good = await fixtures();
    const inputs = inputsFrom([
      ...good,
      {
        fileName: 'broken.pdf',
        title: 'Broken',
        kind: 'report',
        bytes: new TextEncoder().encode('not a PDF at all'),
        pages: text(['x']),
      },
    ]);
    const collection = await prepareAll(inputs, await PDFDocument.create());
    const counts = collection.sections.flatMap((s) => s.documents.map((d) => [d.planned.fileName, d.pages.length]));
    expect(counts).toEqual([
      ['decision.pdf', 1],
      ['ot.pdf', 1],
      ['ep.pdf', 3],
    ]);
    expect(collection.excluded.map((e) => e.fileName)).toEqual(['broken.pdf']);
    expect(collection.excluded[0]!.reason).toMatch(/damaged|could not/);
  });

  it('renders a Word document with the renderer it is given and hands the rendering back to keep', async () => {
    const rendered = await pdfOf(['Plan page 1', 'Plan page 2']);
    const inputs = inputsFrom([
      {
        fileName: 'plan.docx',
        title: 'Plan',
        kind: 'plan',
        sourceType: 'docx',
        bytes: new Uint8Array([1, 2, 3]),
        pages: text(['Plan']),
      },
    ]);
    const renderer = { name: 'a test renderer', render: async () => rendered };
    const collection = await prepareAll(inputs, await PDFDocument.create(), renderer);
    expect(collection.sections.find((s) => s.section.letter === 'B')!.documents[0]!.pages).toHaveLength(2);
    expect(collection.renderings).toEqual([{ documentId: 1, pdf: rendered, pages: 2 }]);
  });
});

describe('lay out and stamp stages', () => {
  it('puts cover, index and documents in order, with index lines and labels a reader finds', async () => {
    const inputs = inputsFrom(await fixtures());
    const out = await PDFDocument.create();
    const fonts = new PdfFonts(out);
    await fonts.prepare(['i'], false);
    const collection = await prepareAll(inputs, out);
    const laid = await layOutBundle(out, fonts, collection.sections, {
      anon: (t) => t,
      dividers: false,
      cover: {
        tribunal: 'First-tier Tribunal',
        heading: 'Hearing bundle',
        child: 'Sam Taylor',
        version: 3,
        builtOn: '1 March 2026',
        profileName: 'PD 1/2025',
      },
    });
    // Cover, one index page, then 1 + 1 + 3 document pages.
    expect(out.getPageCount()).toBe(7);
    expect(laid.frontPages).toBe(2);
    expect(laid.documents.map((d) => [d.fileName, d.startLabel, d.endLabel, d.startPage])).toEqual([
      ['decision.pdf', 'A1', 'A1', 3],
      ['ot.pdf', 'D1', 'D1', 4],
      ['ep.pdf', 'D2', 'D4', 5],
    ]);
    expect(laid.pageMap.filter((e) => e.documentId === 1).map((e) => e.label)).toEqual(['D2', 'D3', 'D4']);

    stampPages(laid, fonts, 'bottom-right');
    const pages = await pdfjsText(await out.save());
    expect(pages[0]).toMatch(/Hearing bundle/);
    expect(pages[1]).toMatch(/EP report.*D2–D4/);
    expect(pages[1]).toMatch(/OT report.*D1/);
    expect(pages[0]).toMatch(/\bi\b/);
    expect(pages[1]).toMatch(/\bii\b/);
    expect(pages.slice(2).map((p) => p.match(/[A-E]\d+/)?.[0])).toEqual(['A1', 'D1', 'D2', 'D3', 'D4']);
  });

  it('lays invisible text over a scanned page when stamping, so the bundle can be searched', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([595.28, 841.89]);
    const bytes = await blank.save();
    const inputs = inputsFrom([
      {
        fileName: 'scan.pdf',
        title: 'Scanned letter',
        kind: 'report',
        bytes,
        pages: [{ page: 1, text: 'Speech therapy twice weekly', ocr: true }],
      },
    ]);
    const built = await buildFromInputs(inputs, { now: new Date('2026-03-01T12:00:00Z') });
    if (!built.ok) throw new Error(built.message);
    const pages = await pdfjsText(built.value.pdf);
    expect(pages.at(-1)).toMatch(/Speech\s+therapy\s+twice\s+weekly/);
    expect(pages.at(-1)).toMatch(/D1/);
  });
});

describe('the stages end to end on data', () => {
  it('builds the PDF and its result without a database, listing a marked document with the reason', async () => {
    const inputs = inputsFrom(await fixtures(), {}, [3]);
    const built = await buildFromInputs(inputs, { now: new Date('2026-03-01T12:00:00Z') });
    if (!built.ok) throw new Error(built.message);
    const { result } = built.value;
    expect(result.version).toBe(3);
    expect(result.pages).toBe(6);
    expect((await PDFDocument.load(built.value.pdf)).getPageCount()).toBe(6);
    expect(result.documents.map((d) => d.fileName)).toEqual(['decision.pdf', 'ep.pdf']);
    expect(result.excluded).toEqual([
      { documentId: 3, fileName: 'ot.pdf', reason: 'You marked this as not for the tribunal.', byUser: true },
    ]);
    expect(built.value.pageMap).toHaveLength(4);
    expect((await pdfjsText(built.value.pdf))[0]).toMatch(/1 March 2026/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildFromInputs(inputsFrom(await fixtures()), {}, { signal: controller.signal })).rejects.toThrow(
      /cancelled/,
    );
  });
});
