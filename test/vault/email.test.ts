import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EmailStructure } from '../../shared/importStructure.ts';
import { importEmail } from '../../electron/core/importers/email.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import type { ImportContext } from '../../electron/core/importers/types.ts';
import { getPages, getStructure, listDocuments } from '../../electron/core/store/documents.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

const ctx: ImportContext = {
  ocr: { recognise: () => Promise.reject(new Error('emails need no OCR')), close: () => Promise.resolve() },
};

const OT_REPORT = readFileSync(join(FIXTURES, '03-ot-report.pdf'));
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64').replace(/.{76}/g, '$&\r\n');
const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

const SENDER = 'فاطمة أحمد';
const ATTACHMENT_NAME = 'Ocena terapii zajęciowej – Łódź.pdf';

async function png(width: number, height: number, noise: boolean): Promise<Buffer> {
  const raw = noise ? randomBytes(width * height * 3) : Buffer.alloc(width * height * 3, 200);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * An email as mail programs send them: text and HTML alternatives, a logo in the signature
 * (cid:), an optional photo pasted into the body (cid:), a PDF attachment with a non-Latin name.
 */
async function emailWithAttachments(opts: { date?: string; pastedPhoto?: boolean } = {}): Promise<string> {
  const logo = await png(40, 16, false);
  const photo = opts.pastedPhoto ? await png(300, 300, true) : undefined;
  const related = [
    '--rel',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>Dear Ms Wells,</p><p>Please find attached the independent OT report.</p>${photo ? '<p><img src="cid:photo1"></p>' : ''}<p>Kind regards,<br>${SENDER}</p><img src="cid:logo1">`,
    '--rel',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-ID: <logo1>',
    'Content-Disposition: inline; filename="logo.png"',
    '',
    b64(logo),
    ...(photo
      ? [
          '--rel',
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          'Content-ID: <photo1>',
          'Content-Disposition: inline; filename="bruise.png"',
          '',
          b64(photo),
        ]
      : []),
    '--rel--',
  ];
  return [
    `From: ${encodedWord(SENDER)} <fatima@example.org>`,
    'To: SEN Team <sen@westshire.example.gov.uk>',
    `Cc: ${encodedWord('Zoë Brontë')} <zoe@example.org>`,
    `Date: ${opts.date ?? 'Tue, 16 Jun 2026 09:12:00 +0100'}`,
    `Subject: ${encodedWord('Sam Taylor — draft EHCP comments and independent OT report')}`,
    'Message-ID: <abc123@example.org>',
    'In-Reply-To: <draft-plan-42@westshire.example.gov.uk>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mix"',
    '',
    '--mix',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Ms Wells,',
    '',
    'Please find attached the independent OT report.',
    '',
    'Kind regards,',
    SENDER,
    '--alt',
    'Content-Type: multipart/related; boundary="rel"',
    '',
    ...related,
    '--alt--',
    '--mix',
    'Content-Type: application/pdf',
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(ATTACHMENT_NAME)}`,
    '',
    b64(OT_REPORT),
    '--mix--',
    '',
  ].join('\r\n');
}

async function read(eml: string) {
  const r = await importEmail({ fileName: 'message.eml', bytes: Buffer.from(eml) }, ctx);
  if (!r.ok) throw new Error(r.message);
  return { ...r.value, structure: EmailStructure.parse(r.value.structure) };
}

describe('importEmail', () => {
  it('puts a header block (From, To, Cc, Date, Subject) above the body, non-Latin names intact', async () => {
    const file = await read(await emailWithAttachments());
    expect(file.pages).toHaveLength(1);
    const lines = file.pages[0]!.text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `From: ${SENDER} <fatima@example.org>`,
      'To: SEN Team <sen@westshire.example.gov.uk>',
      'Cc: Zoë Brontë <zoe@example.org>',
      'Date: 16 June 2026, 09:12',
      'Subject: Sam Taylor — draft EHCP comments and independent OT report',
      `Attachments: ${ATTACHMENT_NAME}`,
    ]);
    expect(file.pages[0]!.text).toContain('Please find attached the independent OT report.');
  });

  it('gives the subject as title, the sender as author, the day sent and the kind correspondence', async () => {
    const file = await read(await emailWithAttachments());
    expect(file.metadata).toEqual({
      kind: 'correspondence',
      title: 'Sam Taylor — draft EHCP comments and independent OT report',
      author: SENDER,
      date: '2026-06-16',
    });
  });

  it('dates an email by the day in England: 23:30 UTC in June is the next day', async () => {
    const file = await read(await emailWithAttachments({ date: 'Mon, 15 Jun 2026 23:30:00 +0000' }));
    expect(file.metadata?.date).toBe('2026-06-16');
    expect(file.structure.date).toBe('2026-06-15T23:30:00.000Z');
  });

  it('hands back real attachments with their names, but not a logo from the signature', async () => {
    const file = await read(await emailWithAttachments());
    expect(file.attachments?.map((a) => a.fileName)).toEqual([ATTACHMENT_NAME]);
    expect(Buffer.from(file.attachments![0]!.bytes).equals(OT_REPORT)).toBe(true);
    const logo = file.structure.attachments.find((a) => a.fileName === 'logo.png');
    expect(logo).toMatchObject({ imported: false, skipped: expect.stringMatching(/logo|signature/) });
  });

  it('keeps a photo pasted into the body: it is large, so it is evidence, not a logo', async () => {
    const file = await read(await emailWithAttachments({ pastedPhoto: true }));
    expect(file.attachments?.map((a) => a.fileName).sort()).toEqual([ATTACHMENT_NAME, 'bruise.png'].sort());
  });

  it('keeps the headers the correspondence log needs', async () => {
    const { structure } = await read(await emailWithAttachments());
    expect(structure).toMatchObject({
      from: [{ name: SENDER, address: 'fatima@example.org' }],
      to: [{ name: 'SEN Team', address: 'sen@westshire.example.gov.uk' }],
      cc: [{ name: 'Zoë Brontë', address: 'zoe@example.org' }],
      subject: 'Sam Taylor — draft EHCP comments and independent OT report',
      messageId: '<abc123@example.org>',
      inReplyTo: '<draft-plan-42@westshire.example.gov.uk>',
      dateLocal: '2026-06-16',
    });
  });

  it('turns an HTML-only email into readable text without tags', async () => {
    const eml = [
      'From: SEN Team <sen@westshire.example.gov.uk>',
      'To: jo@example.org',
      'Date: Fri, 10 Jul 2026 16:05:00 +0100',
      'Subject: Final plan',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Dear Mr and Mrs Taylor,</p><table><tr><td>Plan issued</td><td>10 July 2026</td></tr></table><p>Yours sincerely,<br>Karen Wells</p></body></html>',
    ].join('\r\n');
    const file = await read(eml);
    const text = file.pages[0]!.text;
    expect(text).toContain('Dear Mr and Mrs Taylor,');
    expect(text).toContain('Plan issued');
    expect(text).toMatch(/Yours sincerely,\s*\nKaren Wells/);
    expect(text).not.toMatch(/<\/?(p|td|html)/);
    expect(file.metadata?.author).toBe('SEN Team');
  });

  it('names a forwarded email .eml so it is read as an email too', async () => {
    const inner =
      'From: Priya <priya@example.nhs.uk>\r\nTo: jo@example.org\r\nSubject: Therapy times\r\nDate: Wed, 1 Jul 2026 10:00:00 +0100\r\n\r\nSessions are on Tuesdays.\r\n';
    const eml = [
      'From: Jo <jo@example.org>',
      'To: sen@westshire.example.gov.uk',
      'Subject: Fwd: Therapy times',
      'Date: Thu, 2 Jul 2026 08:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'See below.',
      '--b',
      'Content-Type: message/rfc822',
      '',
      inner,
      '--b--',
    ].join('\r\n');
    const file = await read(eml);
    expect(file.attachments).toHaveLength(1);
    expect(file.attachments![0]!.fileName).toMatch(/\.eml$/);
    expect(Buffer.from(file.attachments![0]!.bytes).toString()).toContain('Sessions are on Tuesdays.');
  });
});

describe('an email imported into a case', () => {
  it('stores the email and each attachment as its own document linked to it', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'draft plan comments.eml');
      writeFileSync(path, await emailWithAttachments());
      const outcomes = await importPaths(c.store, [path]);
      expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
      const docs = listDocuments(c.store);
      const email = docs.find((d) => d.sourceType === 'email')!;
      const report = docs.find((d) => d.fileName === ATTACHMENT_NAME)!;
      expect(email).toMatchObject({ kind: 'correspondence', author: SENDER, date: '2026-06-16' });
      // The attachment keeps its own guess: an OT report sent by email is still a report.
      expect(report).toMatchObject({
        parentId: email.documentId,
        kind: 'report',
        author: 'Grace Bell',
        profession: 'Occupational Therapist',
      });
      expect(docs).toHaveLength(2); // no document for the logo
      expect(getPages(c.store, email.documentId)[0]!.text).toContain(`From: ${SENDER}`);
      expect(EmailStructure.parse(getStructure(c.store, email.documentId)).messageId).toBe('<abc123@example.org>');
    } finally {
      cleanup();
      c.close();
    }
  });
});
