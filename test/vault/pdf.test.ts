import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { createPdfImporter, importPdf } from '../../electron/core/importers/pdf.ts';
import { readBlob } from '../../electron/core/store/blobs.ts';
import { getPages, getRenditionSha } from '../../electron/core/store/documents.ts';
import { searchCase } from '../../electron/core/store/search.ts';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';
import { loadPdfjs, pdfjsDocumentOptions } from '../../electron/core/text/pdfjs.ts';
import { stopPdfWorkers } from '../../electron/core/text/pdfWorkerClient.ts';
import type { ImportOutcome } from '../../shared/documents.ts';
import { caseFolder, FIXTURE } from '../fixtures/caseFiles/index.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();
const ocr = createOcrEngine();
const scratch = tempDir();
let kase: ReturnType<typeof tempCase>;
let outcomes: ImportOutcome[];

/** pdf.js's own view of a PDF: the referee for page counts and decrypted text. */
async function pdfjsPages(bytes: Uint8Array, password?: string): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(password ? { password } : {}),
    ...pdfjsDocumentOptions(),
  }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return texts;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
const outcomeFor = (list: ImportOutcome[], name: string) => list.find((o) => o.path.endsWith(name));

beforeAll(async () => {
  kase = tempCase('Sample Child');
  // The SALT report as some services send theirs: encrypted with an owner password only (opens
  // without asking, but every string in it is encrypted). qpdf, an independent tool, makes it.
  const ownerOnly = join(scratch.dir, '02-salt-report.pdf');
  execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--', join(FIXTURES, '02-salt-report.pdf'), ownerOnly]);
  const [ep, ot, plan, letter] = [
    '01-ep-report.pdf',
    '03-ot-report.pdf',
    '05-final-ehcp.pdf',
    '06-decision-letter.pdf',
  ].map((f) => join(FIXTURES, f));
  outcomes = await importPaths(kase.store, [ep!, ownerOnly, ot!, plan!, letter!], { ocr });
}, 180_000);

afterAll(async () => {
  kase.close();
  scratch.cleanup();
  await ocr.close();
  await stopPdfWorkers();
});

describe('PDF import of the fixture case', () => {
  it('imports every PDF with the page count pdf.js reports', async () => {
    for (const o of outcomes) {
      expect(o.status, `${o.path}: ${o.reason}`).toBe('imported');
      expect(o.pages).toBe((await pdfjsPages(readFileSync(o.path))).length);
    }
  });

  it('imports the owner-password-only report and stores a decrypted copy that reads the same', async () => {
    const o = outcomeFor(outcomes, '02-salt-report.pdf')!;
    const sha = getRenditionSha(kase.store, o.documentId!, 'pdf');
    expect(sha).toBeDefined();
    const copy = readBlob(kase.store.dir, sha!);
    // qpdf as referee: the copy is not encrypted (its bytes may still name an old /Encrypt entry).
    const copyPath = join(scratch.dir, 'salt-copy.pdf');
    writeFileSync(copyPath, copy);
    expect(execFileSync('qpdf', ['--show-encryption', copyPath]).toString()).toContain('File is not encrypted');
    expect(await pdfjsPages(copy)).toEqual(await pdfjsPages(readFileSync(o.path)));
    expect(
      squash(
        getPages(kase.store, o.documentId!)
          .map((p) => p.text)
          .join(' '),
      ),
    ).toContain('speech and language');
  });

  it("reads the scanned decision letter by OCR, with the child's name and the decision date", () => {
    const [child, date] = [FIXTURE.child, '10 July 2026'];
    const o = outcomeFor(outcomes, '06-decision-letter.pdf')!;
    const pages = getPages(kase.store, o.documentId!);
    expect(pages.every((p) => p.ocr)).toBe(true);
    const text = squash(pages.map((p) => p.text).join('\n'));
    expect(text).toContain(squash(child));
    expect(text).toContain(squash(date));
  });

  it('finds a phrase in both the EP report and the plan', () => {
    const hits = searchCase(kase.store, FIXTURE.sharedPhrase);
    const files = new Set(hits.map((h) => h.fileName));
    expect(files).toContain('01-ep-report.pdf');
    expect(files).toContain('05-final-ehcp.pdf');
  });
});

describe('PDFs that need a password to open', () => {
  let locked: string;
  beforeAll(() => {
    locked = join(scratch.dir, 'locked-ot-report.pdf');
    // qpdf, an independent tool, makes the kind of file councils send: AES-256, user password.
    execFileSync('qpdf', [
      '--encrypt',
      'Westshire-2026',
      'owner-secret',
      '256',
      '--',
      join(FIXTURES, '03-ot-report.pdf'),
      locked,
    ]);
  });

  it('rejects the file without a password, saying where the password usually is and how to give it', async () => {
    const k = tempCase();
    const [o] = await importPaths(k.store, [locked], { ocr });
    k.close();
    expect(o!.status).toBe('rejected');
    expect(o!.reason).toMatch(/password/i);
    expect(o!.reason).toMatch(/separate email/i);
    expect(o!.reason).toContain('--password');
  });

  it('rejects a wrong password with its own message', async () => {
    const k = tempCase();
    const [o] = await importPaths(k.store, [locked], { ocr, password: 'westshire-2026' });
    k.close();
    expect(o!.status).toBe('rejected');
    expect(o!.reason).toMatch(/password given does not open/i);
  });

  it('imports with the right password, keeping the original and a decrypted copy', async () => {
    const k = tempCase();
    const [o] = await importPaths(k.store, [locked], { ocr, password: 'Westshire-2026' });
    expect(o!.status, o!.reason).toBe('imported');
    const expected = await pdfjsPages(readFileSync(locked), 'Westshire-2026');
    expect(o!.pages).toBe(expected.length);
    const copy = readBlob(k.store.dir, getRenditionSha(k.store, o!.documentId!, 'pdf')!);
    expect(await pdfjsPages(copy)).toEqual(expected);
    expect(squash(getPages(k.store, o!.documentId!)[0]!.text)).toContain('occupational therap');
    k.close();
  });

  it('opens files that need no password even when a password is given for the batch', async () => {
    const k = tempCase();
    const list = await importPaths(k.store, [locked, join(FIXTURES, '04-social-care-assessment.pdf')], {
      ocr,
      password: 'Westshire-2026',
    });
    k.close();
    expect(list.map((o) => o.status)).toEqual(['imported', 'imported']);
  });
});

describe('damaged PDFs', () => {
  it('rebuilds a PDF that lost its trailer (an interrupted download) and reads it from the rebuilt copy', async () => {
    const whole = readFileSync(join(FIXTURES, '01-ep-report.pdf'));
    const cut = join(scratch.dir, 'lost-trailer.pdf');
    // The last few hundred bytes hold the cross-reference table and trailer; every page survives.
    writeFileSync(cut, whole.subarray(0, whole.length - 300));
    const k = tempCase();
    const [o] = await importPaths(k.store, [cut], { ocr });
    expect(o!.status, o!.reason).toBe('imported');
    const copy = readBlob(k.store.dir, getRenditionSha(k.store, o!.documentId!, 'pdf')!);
    const referee = await pdfjsPages(whole);
    expect(o!.pages).toBe(referee.length);
    expect(await pdfjsPages(copy)).toEqual(referee);
    expect(
      squash(
        getPages(k.store, o!.documentId!)
          .map((p) => p.text)
          .join(' '),
      ),
    ).toContain('precision teaching');
    k.close();
  });

  it('imports a PDF cut in half with the pages pdf.js reports, or rejects it as damaged or incomplete', async () => {
    const whole = readFileSync(join(FIXTURES, '01-ep-report.pdf'));
    const cut = join(scratch.dir, 'cut-in-half.pdf');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const k = tempCase();
    const [o] = await importPaths(k.store, [cut], { ocr });
    if (o!.status === 'imported') {
      const copy = readBlob(k.store.dir, getRenditionSha(k.store, o!.documentId!, 'pdf')!);
      expect((await pdfjsPages(copy)).length).toBe(o!.pages);
    } else {
      expect(o!.reason).toMatch(/damaged|incomplete/i);
    }
    k.close();
  });

  it('rejects a file with a PDF header and nothing readable inside', async () => {
    const fake = join(scratch.dir, 'not-really.pdf');
    writeFileSync(fake, '%PDF-1.7\nThis is a note someone saved with a .pdf name.\n');
    const k = tempCase();
    const [o] = await importPaths(k.store, [fake], { ocr });
    k.close();
    expect(o!.status).toBe('rejected');
    expect(o!.reason).toMatch(/no readable PDF inside|damaged/i);
  });
});

describe('progress and stopping', () => {
  const ep = () => new Uint8Array(readFileSync(join(FIXTURES, '01-ep-report.pdf')));

  it('reports each page read', async () => {
    const seen: string[] = [];
    const r = await importPdf(
      { fileName: 'ep.pdf', bytes: ep() },
      { ocr, onPage: (d, t, what) => seen.push(`${what} ${d}/${t}`) },
    );
    expect(r.ok).toBe(true);
    expect(seen).toEqual(Array.from({ length: FIXTURE.epPages }, (_, i) => `text ${i + 1}/${FIXTURE.epPages}`));
  });

  it('stops a PDF that pdf.js does not answer for in time, and the next file still imports', async () => {
    // A 1 ms allowance stands in for pdf.js spinning on a hostile file: the watchdog must
    // terminate the worker thread, which no Promise.race can do to a synchronous loop.
    const impatient = createPdfImporter({ stallMs: 1 });
    const r = await impatient({ fileName: 'ep.pdf', bytes: ep() }, { ocr });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/took too long/);
    const next = await importPdf({ fileName: 'ep.pdf', bytes: ep() }, { ocr });
    expect(next.ok).toBe(true);
  });

  it('stops at once when the import is cancelled', async () => {
    const controller = new AbortController();
    const r = await importPdf(
      { fileName: 'ep.pdf', bytes: ep() },
      { ocr, signal: controller.signal, onPage: () => controller.abort() },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('cancelled');
  });
});
