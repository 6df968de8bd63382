import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../electron/core/importers/docxPackage.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { sanitizeDocx } from '../../electron/core/importers/docxSanitize.ts';
import { chromiumDocxRenderer, findChromium } from '../../electron/core/documents/renderDocxChromium.ts';
import { findSoffice, libreOfficeDocxRenderer } from '../../electron/core/documents/renderDocxLibreOffice.ts';
import { listDocuments } from '../../electron/core/store/documents.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';
import { docxBomb, docxWithLinkedPicture } from './zipFixtures.ts';

async function goodPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Speech and language therapy report, page one.', { x: 50, y: 700, size: 12, font });
  return pdf.save();
}

describe('a Word file that unpacks to far more than it weighs (zip bomb)', () => {
  it('refuses it as too large once unpacked, and still imports the good PDF beside it', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const bomb = await docxBomb(100);
      expect(bomb.length).toBeLessThan(400 * 1024);
      writeFileSync(join(dir, 'a-bomb.docx'), bomb);
      writeFileSync(join(dir, 'b-report.pdf'), await goodPdf());
      const outcomes = await importPaths(c.store, [dir]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'imported']);
      expect(outcomes[0]).toMatchObject({ code: 'docx-too-large' });
      expect(outcomes[0]!.reason).toMatch(/too large once unpacked/);
      expect(listDocuments(c.store).map((d) => d.fileName)).toEqual(['b-report.pdf']);
    } finally {
      cleanup();
      c.close();
    }
  });

  it('stops inflating at the limit when the part lies about its size', async () => {
    const r = readZip(await docxBomb(40, { lie: true }));
    expect(r).toMatchObject({ ok: false, code: 'docx-too-large' });
  });

  it('leaves parts a document never needs (embedded files, fonts) packed', async () => {
    const r = readZip(await docxBomb(1));
    expect(r.ok && r.value.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });
});

describe('a Word file whose pictures and fields point outside it', () => {
  let server: Server;
  const requests: string[] = [];
  let base = '';
  beforeAll(async () => {
    // Only ever 127.0.0.1: a beacon the renderers must never call.
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('loses every external link and linked field in the copy a renderer gets', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'secret.png'), 'x');
      const docx = await docxWithLinkedPicture([`${base}/beacon.png`, `file://${join(dir, 'secret.png')}`]);
      const clean = sanitizeDocx(docx);
      if (!clean.ok) throw new Error(clean.message);
      const text = readZip(clean.value);
      const all = text.ok ? text.value.map((e) => Buffer.from(e.data).toString('utf8')).join('\n') : '';
      expect(all).not.toContain('127.0.0.1');
      expect(all).not.toContain('secret.png');
      expect(all).toContain('End of report.');
    } finally {
      cleanup();
    }
  });

  it.skipIf(!findSoffice())(
    'LibreOffice makes no request while rendering it',
    async () => {
      const docx = await docxWithLinkedPicture([`${base}/lo-beacon.png`, `${base}/lo-field.png`]);
      requests.length = 0;
      const pdf = await libreOfficeDocxRenderer()!.render(new Uint8Array(docx), 'linked.docx');
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(requests).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!findChromium())(
    'Chromium makes no request while rendering it, even for HTML pointing out',
    async () => {
      const renderer = chromiumDocxRenderer()!;
      try {
        requests.length = 0;
        const docx = await docxWithLinkedPicture([`${base}/chromium-beacon.png`]);
        const pdf = await renderer.render(new Uint8Array(docx), `x"><img src="${base}/title.png">.docx`);
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
        expect(requests).toEqual([]);
      } finally {
        await renderer.close?.();
      }
    },
    120_000,
  );
});
