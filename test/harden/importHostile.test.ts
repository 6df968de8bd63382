import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { initCase, openCase } from '../../electron/core/store/caseStore.ts';
import { getDocument, listDocuments, updateDocumentMetadata } from '../../electron/core/store/documents.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';
import { casebook, nestedEml, textPdf } from './fixtures.ts';

const require = createRequire(import.meta.url);
// eslint-disable-next-line no-control-regex -- looking for raw control characters is the test
const RAW = /[\u001b\u0007\u202e]/;
// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a folder with a link that loops back to itself', () => {
  it('imports what is there, and names the looping link as skipped', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const folder = join(dir, 'school');
      mkdirSync(folder);
      writeFileSync(join(folder, 'report.pdf'), await textPdf('Annual review'));
      symlinkSync(folder, join(folder, 'again'));
      symlinkSync(join(folder, 'self'), join(folder, 'self'));
      const outcomes = await importPaths(c.store, [folder]);
      expect(outcomes.filter((o) => o.status === 'imported').map((o) => o.path)).toEqual([join(folder, 'report.pdf')]);
      const skipped = outcomes.filter((o) => o.code === 'link-loop');
      expect(skipped.map((o) => o.path).sort()).toEqual([join(folder, 'again'), join(folder, 'self')]);
      expect(skipped[0]!.reason).toMatch(/link/);
    } finally {
      cleanup();
      c.close();
    }
  });
});

describe('an email nested 300 deep', () => {
  it('reads 3 levels, names the level it stopped at, and stores a bounded amount', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const eml = nestedEml(300);
      expect(eml.length).toBeLessThan(120 * 1024);
      writeFileSync(join(dir, 'forwarded.eml'), eml);
      const outcomes = await importPaths(c.store, [join(dir, 'forwarded.eml')]);
      expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(4); // the email and 3 levels inside
      const stopped = outcomes.filter((o) => o.code === 'email-too-deep');
      expect(stopped).toHaveLength(1);
      expect(stopped[0]!.reason).toMatch(/more than 3 levels deep/);
      expect(listDocuments(c.store)).toHaveLength(4);
    } finally {
      cleanup();
      c.close();
    }
  });

  it("names each attachment over the import's count budget", async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'forwarded.eml'), nestedEml(3));
      const outcomes = await importPaths(c.store, [join(dir, 'forwarded.eml')], { attachmentLimits: { count: 1 } });
      expect(outcomes.map((o) => o.code ?? o.status)).toEqual(['imported', 'imported', 'attachment-limit']);
    } finally {
      cleanup();
      c.close();
    }
  });
});

const ESC_TITLE = '\u001b]0;owned\u0007Report\r\nimported   evil.pdf\u202Efdp.exe';

describe('names and titles with control characters and bidi overrides', () => {
  it('stores them without the controls, from an email subject, an attachment name and a PDF title', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const pdf = Buffer.from(await textPdf('Report', 1, ESC_TITLE)).toString('base64');
      const eml = [
        'From: "Bad\u001b[2J Name" <la@example.org>',
        'To: parent@example.org',
        `Subject: =?utf-8?b?${Buffer.from('Decision\u0007 \u202Egnol\u202C letter').toString('base64')}?=`,
        'Date: Mon, 2 Mar 2026 10:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="x"',
        '',
        '--x',
        'Content-Type: text/plain',
        '',
        'See attached.',
        '--x',
        'Content-Type: application/pdf',
        `Content-Disposition: attachment; filename*=utf-8''${encodeURIComponent('plan\u001b[31m\u202Efdp.exe')}`,
        'Content-Transfer-Encoding: base64',
        '',
        pdf,
        '--x--',
        '',
      ].join('\r\n');
      writeFileSync(join(dir, 'mail.eml'), eml);
      await importPaths(c.store, [join(dir, 'mail.eml')]);
      const docs = listDocuments(c.store);
      const text = JSON.stringify(docs);
      expect(text).not.toMatch(ANY_CONTROL);
      expect(docs.map((d) => d.title)).toContain('Decision gnol letter');
      expect(docs.map((d) => d.fileName)).toContain('plan[31mfdp.exe');
      expect(updateDocumentMetadata(c.store, docs[0]!.documentId, { title: 'New\u202E title\n' })).toBe(true);
      expect(getDocument(c.store, docs[0]!.documentId)!.title).toBe('New title');
    } finally {
      cleanup();
      c.close();
    }
  });

  it('escapes them in what `add` and `list` print, so nothing reaches the terminal raw', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      expect(casebook(['init', caseDir, '--child', 'Sam']).code).toBe(0);
      const name = join(dir, 'evil\u001b]0;owned\u0007\u202Efdp.pdf');
      writeFileSync(name, await textPdf('Report'));
      const added = casebook(['add', caseDir, name]);
      expect(added.stdout).not.toMatch(RAW);
      expect(added.stdout).toContain('\\u001b]0;owned\\u0007\\u202efdp.pdf');
      const listed = casebook(['list', caseDir]);
      expect(listed.stdout).not.toMatch(RAW);
      const json = casebook(['list', caseDir, '--json']);
      expect(json.stdout).not.toMatch(RAW);
      expect(JSON.parse(json.stdout)[0].fileName).toBe('evil]0;ownedfdp.pdf');
    } finally {
      cleanup();
    }
  });
});

describe('a truncated PDF', () => {
  async function fontPdf(): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const ttf = readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'));
    const font = await pdf.embedFont(ttf, { subset: false });
    for (let p = 1; p <= 2; p++) {
      const page = pdf.addPage();
      for (let i = 0; i < 20; i++)
        page.drawText(`Page ${p} line ${i}: weekly speech and language therapy.`, {
          x: 40,
          y: 780 - i * 24,
          size: 11,
          font,
        });
    }
    return pdf.save({ useObjectStreams: false });
  }

  it("is refused when the repaired copy has lost every page's text (its fonts were in the missing part)", async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const whole = await fontPdf();
      writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, Math.floor(whole.length * 0.3)));
      const [o] = await importPaths(c.store, [join(dir, 'cut.pdf')]);
      expect(o).toMatchObject({ status: 'rejected', code: 'pdf-repair-failed' });
      expect(listDocuments(c.store)).toHaveLength(0);
    } finally {
      cleanup();
      c.close();
    }
  }, 120_000);

  it('is imported with a "repaired: check" warning when its text survived', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const whole = await fontPdf();
      writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, whole.length - 200));
      const [o] = await importPaths(c.store, [join(dir, 'cut.pdf')]);
      expect(o).toMatchObject({ status: 'imported', pages: 2 });
      expect(o!.warnings?.[0]).toMatch(/^Repaired: /);
    } finally {
      cleanup();
      c.close();
    }
  }, 120_000);
});

describe('two imports of the same file at the same moment', () => {
  it('reports the second as a duplicate, not an unexpected error', async () => {
    const { dir, cleanup } = tempDir();
    const made = initCase(join(dir, 'case'), { childName: 'Sam' });
    if (!made.ok) throw new Error(made.message);
    const other = openCase(join(dir, 'case'));
    if (!other.ok) throw new Error(other.message);
    try {
      const file = join(dir, 'letter.pdf');
      writeFileSync(file, await textPdf('Decision letter', 3));
      // Two connections, as two windows or a window and the CLI would have.
      const [a, b] = await Promise.all([importPaths(made.value, [file]), importPaths(other.value, [file])]);
      expect([a[0]!.status, b[0]!.status].sort()).toEqual(['duplicate', 'imported']);
      expect(a[0]!.documentId).toBe(b[0]!.documentId);
      expect(listDocuments(made.value)).toHaveLength(1);
    } finally {
      made.value.close();
      other.value.close();
      cleanup();
    }
  });
});
