import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreApi, type CoreApi } from '../../../electron/core/api/index.ts';
import { buildBundle } from '../../../electron/core/bundle/buildBundle.ts';
import { findSoffice } from '../../../electron/core/documents/renderDocxLibreOffice.ts';
import { saveBuiltBundle } from '../../../electron/core/bundle/saveBundle.ts';
import { readZip, writeZip } from '../../../electron/core/importers/docxPackage.ts';
import { importPaths } from '../../../electron/core/importers/importFiles.ts';
import { latestBundleVersion, lookupBundlePage } from '../../../electron/core/store/bundle.ts';
import { listDocuments } from '../../../electron/core/store/documents.ts';
import type { CaseStore } from '../../../electron/core/store/caseStore.ts';
import { tempCase } from '../../helpers/tempCase.ts';
import { SAMPLES } from '../shared.ts';
import { decode, docxPart, runs } from '../../papers/docxXml.ts';

let c: ReturnType<typeof tempCase>;
let api: CoreApi;
let store: CaseStore;
const LA_PROPOSAL = 'The SENCo will review the timetable with Sam’s parents each half term.';

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await api.call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  c = tempCase('Sam Taylor');
  store = c.store;
  const files = readdirSync(SAMPLES)
    .filter((f) => /\.(pdf|docx)$/.test(f))
    .map((f) => join(SAMPLES, f));
  await importPaths(store, files);
  // A bundle first, so citations carry its page labels.
  const built = await buildBundle(store, { appealReference: 'EH999/26/00001' }, {});
  if (!built.ok) throw new Error(built.message);
  saveBuiltBundle(store, built.value, join(c.dir, 'bundle.pdf'));
  api = createCoreApi({ appDataDir: join(c.dir, 'appdata'), documentsDir: c.dir });
  // The case-a decision letter offers recommendations on health and social care: an extended appeal.
  await call('setCaseDetails', {
    caseDir: c.dir,
    details: { extendedAppeal: true, appealReference: 'EH999/26/00001' },
  });
}, 300_000);
afterAll(() => {
  api?.close();
  c?.close();
});

interface Finding {
  id: string;
  status: string;
}
interface Draft {
  amendments: { id: string; citations: { label?: string; text: string }[] }[];
}

describe('working document and amendments sought on case-a', () => {
  const wd = () => join(c.dir, 'wd.docx');
  const am = () => join(c.dir, 'amendments.docx');

  it('footnotes every non-included finding, citing a label that is in the bundle page map', async () => {
    const map = await call<{ recommendations: Finding[] }>('analyseEvidence', { caseDir: c.dir });
    const written = await call<{ footnotes: number; amendments: number }>('writeWorkingDocument', {
      caseDir: c.dir,
      outPath: wd(),
      amendmentsPath: am(),
    });
    const draft = await call<Draft>('getWorkingDocument', { caseDir: c.dir });
    const notIncluded = map.recommendations.filter((r) => r.status !== 'included');
    expect(notIncluded.length).toBeGreaterThan(10);
    const footnotes = decode(docxPart(wd(), 'word/footnotes.xml'));
    const version = latestBundleVersion(store)!;
    for (const r of notIncluded) {
      const a = draft.amendments.find((x) => x.id === r.id);
      expect(a, r.id).toBeDefined();
      for (const cite of a!.citations) {
        expect(cite.label, cite.text).toBeDefined();
        expect(lookupBundlePage(store, version, cite.label!), cite.label).toBeDefined();
        expect(footnotes).toContain(cite.text);
      }
    }
    expect(written.footnotes).toBeGreaterThanOrEqual(notIncluded.length);
    const refs = [...docxPart(wd(), 'word/document.xml').matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    // One reference per footnote, numbered in reading order.
    expect(refs).toEqual(Array.from({ length: written.footnotes }, (_, i) => i + 1));
  }, 120_000);

  it('writes insertions in bold and deletions in bold strikethrough, with no tracked changes and black text', () => {
    const xml = docxPart(wd(), 'word/document.xml');
    const all = runs(xml);
    const bold = all.filter((r) => /<w:b\/>/.test(r.props) && !/<w:strike\/>/.test(r.props) && r.text);
    const struck = all.filter((r) => /<w:b\/>/.test(r.props) && /<w:strike\/>/.test(r.props) && r.text);
    expect(bold.some((r) => /45 minutes/.test(r.text))).toBe(true);
    expect(struck.some((r) => /access to speech and language therapy advice as required/.test(decode(r.text)))).toBe(
      true,
    );
    expect(xml).not.toMatch(/<w:ins\b|<w:del\b|<w:comment/);
    expect(
      [...xml.matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].every((m) => /^(000000|auto)$/i.test(m[1]!)),
    ).toBe(true);
    const header = docxPart(wd(), 'word/header1.xml');
    expect(decode(header)).toMatch(/Sam Taylor · Appeal EH999\/26\/00001 · Working document version 1 · /);
  });

  it('has one amendments row per amendment, grouped by section', () => {
    const xml = docxPart(am(), 'word/document.xml');
    const tables = xml.split('<w:tbl>').slice(1);
    const rows = tables.reduce((n, t) => n + (t.match(/<w:tr>|<w:tr /g) ?? []).length - 1, 0);
    return call<Draft>('getWorkingDocument', { caseDir: c.dir }).then((d) => expect(rows).toBe(d.amendments.length));
  });

  it.runIf(findSoffice())(
    'opens in LibreOffice Writer: the working document and the amendments sought hold their paragraphs',
    () => {
      execFileSync(
        findSoffice()!,
        [
          `-env:UserInstallation=file://${join(c.dir, 'lo')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          join(c.dir, 'txt'),
          wd(),
          am(),
        ],
        { timeout: 180_000 },
      );
      const wdText = readFileSync(join(c.dir, 'txt', 'wd.txt'), 'utf8');
      // The plan's own headings, as the LA wrote them.
      for (const line of [
        'Working document: EHC plan for Sam Taylor',
        'Section F: The special educational provision required by the child',
        'Daily precision teaching for reading, 10 minutes per day',
      ]) {
        expect(wdText).toContain(line);
      }
      expect(wdText).toMatch(/45 minutes per week, 1:1/);
      const amText = readFileSync(join(c.dir, 'txt', 'amendments.txt'), 'utf8');
      for (const line of ['Amendments sought', 'Wording sought', 'Section F: Special educational provision'])
        expect(amText).toContain(line);
    },
    200_000,
  );

  it('builds on the LA version with --from, keeping the italic run they added, and underlines it once agreed', async () => {
    const entries = readZip(new Uint8Array(readFileSync(wd())));
    if (!entries.ok) throw new Error(entries.message);
    const doc = entries.value.find((e) => e.name === 'word/document.xml')!;
    let xml = Buffer.from(doc.data).toString('utf8');
    const at = xml.indexOf('</w:p>', xml.indexOf('Section F'));
    xml = `${xml.slice(0, at + 6)}<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${LA_PROPOSAL}</w:t></w:r></w:p>${xml.slice(at + 6)}`;
    const laCopy = join(c.dir, 'la-version.docx');
    writeFileSync(
      laCopy,
      writeZip(entries.value.map((e) => (e === doc ? { name: e.name, data: Buffer.from(xml, 'utf8') } : e))),
    );

    const next = join(c.dir, 'wd-v2.docx');
    const r = await call<{ version: number }>('writeWorkingDocument', {
      caseDir: c.dir,
      outPath: next,
      fromPath: laCopy,
    });
    expect(r.version).toBe(2);
    const back = runs(docxPart(next, 'word/document.xml'));
    const theirs = back.find((x) => decode(x.text).includes(LA_PROPOSAL));
    expect(theirs?.props).toMatch(/<w:i\/>/);
    expect(theirs?.props).not.toMatch(/<w:b\/>/);
    // The family's marks are still there, once each.
    expect(back.filter((x) => /<w:b\/>/.test(x.props) && /45 minutes per week, 1:1/.test(x.text))).toHaveLength(1);
    const versions = await call<unknown[]>('listWorkingDocumentVersions', { caseDir: c.dir });
    expect(versions).toHaveLength(2);

    // The family agrees the LA's proposal: it is underlined from now on, no longer italic.
    const agreed = join(c.dir, 'wd-v3.docx');
    await call('writeWorkingDocument', { caseDir: c.dir, outPath: agreed, fromPath: laCopy, agreed: [LA_PROPOSAL] });
    const now = runs(docxPart(agreed, 'word/document.xml')).find((x) => decode(x.text).includes(LA_PROPOSAL));
    expect(now?.props).toMatch(/<w:u /);
    expect(now?.props).not.toMatch(/<w:i\/>/);
  }, 120_000);
});

describe('appeal pack on case-a', () => {
  it('finds the decision letter and the mediation certificate', async () => {
    const docs = listDocuments(store);
    const id = (file: string) => docs.find((d) => d.fileName === file)!.documentId;
    const r = await call<{ enclosures: { name: string; status: string; documentId?: number }[] }>('writeAppealPack', {
      caseDir: c.dir,
      outPath: join(c.dir, 'pack.pdf'),
    });
    const byName = (re: RegExp) => r.enclosures.find((e) => re.test(e.name));
    expect(byName(/decision letter/)).toMatchObject({ status: 'found', documentId: id('06-decision-letter.pdf') });
    expect(byName(/mediation certificate/)).toMatchObject({
      status: 'found',
      documentId: id('07-mediation-certificate.pdf'),
    });
    expect(byName(/final EHC plan/)?.status).toBe('found');
  }, 120_000);
});
