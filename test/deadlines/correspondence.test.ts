import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument as openPdf } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addLogEntry,
  correspondenceLog,
  logEmail,
  logToCsv,
  redirectEmailEntries,
} from '../../electron/core/deadlines/correspondence.ts';
import { logToPdf } from '../../electron/core/deadlines/logPdf.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import type { CaseStore } from '../../electron/core/store/caseStore.ts';
import { setReplied } from '../../electron/core/store/correspondence.ts';
import { addOwnAddresses } from '../../electron/core/store/deadlines.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

let store: CaseStore;
let close: () => void;
beforeEach(() => {
  ({ store, close } = tempCase());
});
afterEach(() => close());

function add(fields: Record<string, unknown>): number {
  const r = addLogEntry(store, { direction: 'sent', from: 'Parent', to: 'SEN team', subject: 'Letter', ...fields });
  if (!r.ok) throw new Error(r.message);
  return r.value.entryId;
}

const EML = [
  'From: "Karen Wells" <k.wells@council.example>',
  'To: "Jo Parent" <jo@family.example>',
  'Subject: Your request for an EHC needs assessment',
  'Date: Fri, 10 Jul 2026 16:20:00 +0100',
  'Message-ID: <abc123@council.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'We have received your request and will decide within 6 weeks.',
  '',
].join('\r\n');

describe('correspondence log', () => {
  it('flags a reply as overdue once its due date has passed, until the reply is recorded', () => {
    const id = add({ date: '2026-07-01', replyDue: '2026-07-15' });
    expect(correspondenceLog(store, { today: '2026-07-15' })[0]).toMatchObject({ overdue: false });
    expect(correspondenceLog(store, { today: '2026-07-20' })[0]).toMatchObject({ overdue: true, daysOverdue: 5 });
    setReplied(store, id, '2026-07-18');
    expect(correspondenceLog(store, { today: '2026-07-20' })[0]).toMatchObject({
      overdue: false,
      repliedOn: '2026-07-18',
    });
  });

  it('refuses an entry without a subject or with a reply due before the letter', () => {
    expect(addLogEntry(store, { date: '2026-07-01', direction: 'sent', from: 'a', to: 'b', subject: '' }).ok).toBe(
      false,
    );
    expect(
      addLogEntry(store, {
        date: '2026-07-01',
        direction: 'sent',
        from: 'a',
        to: 'b',
        subject: 's',
        replyDue: '2026-06-01',
      }).ok,
    ).toBe(false);
    expect(addLogEntry(store, { date: '2026-13-01', direction: 'sent', from: 'a', to: 'b', subject: 's' }).ok).toBe(
      false,
    );
  });

  it('finds entries by words in the subject, summary or names, treating % and _ literally', () => {
    add({ date: '2026-07-01', subject: 'Speech therapy hours', summary: 'asked for 100% of the SALT report' });
    add({ date: '2026-07-02', subject: 'Transport', to: 'Transport team' });
    expect(correspondenceLog(store, { search: 'salt' }).map((e) => e.subject)).toEqual(['Speech therapy hours']);
    expect(correspondenceLog(store, { search: '100%' })).toHaveLength(1);
    expect(correspondenceLog(store, { search: '_' })).toHaveLength(0);
    expect(correspondenceLog(store, { search: 'transport team' })).toHaveLength(1);
  });

  it('logs each email once, as it is imported, and never again', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'reply.eml');
      writeFileSync(file, EML);
      const outcomes = await importPaths(store, [file]);
      expect(outcomes[0]?.status).toBe('imported');
      const [entry] = correspondenceLog(store);
      expect(entry).toMatchObject({
        date: '2026-07-10',
        direction: 'received',
        channel: 'email',
        subject: 'Your request for an EHC needs assessment',
        documentId: outcomes[0]?.documentId,
      });
      expect(entry?.from).toContain('k.wells@council.example');
      expect(logEmail(store, outcomes[0]!.documentId!)).toBeUndefined();
      expect(correspondenceLog(store)).toHaveLength(1);
    } finally {
      cleanup();
    }
  });

  it("logs an email from the family's own address as sent, also when the address is saved after the import", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const mine = join(dir, 'mine.eml');
      writeFileSync(
        mine,
        EML.replace('From: "Karen Wells" <k.wells@council.example>', 'From: "Jo Parent" <jo@family.example>'),
      );
      await importPaths(store, [mine]);
      expect(correspondenceLog(store).map((e) => e.direction)).toEqual(['received']);
      addOwnAddresses(store, ['Jo@Family.example']);
      redirectEmailEntries(store);
      expect(correspondenceLog(store).map((e) => e.direction)).toEqual(['sent']);
      const again = join(dir, 'again.eml');
      writeFileSync(
        again,
        EML.replace('From: "Karen Wells" <k.wells@council.example>', 'From: "Jo Parent" <jo@family.example>')
          .replace('abc123', 'def456')
          .replace('request', 'second request'),
      );
      await importPaths(store, [again]);
      expect(correspondenceLog(store).map((e) => e.direction)).toEqual(['sent', 'sent']);
    } finally {
      cleanup();
    }
  });

  it('exports CSV a spreadsheet reads safely', () => {
    add({ date: '2026-07-01', subject: '=HYPERLINK("x")', summary: 'line one\nline "two", three' });
    const csv = logToCsv(correspondenceLog(store));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Date,Direction,Type,From,To,Subject,Summary,Reply due,Replied on,Overdue,Document');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"line one\nline ""two"", three"');
  });

  it('exports a PDF whose text includes every entry, names in any script included', async () => {
    add({ date: '2026-07-01', from: 'Łukasz Nowak', subject: 'Request for assessment', replyDue: '2026-07-15' });
    add({
      date: '2026-07-03',
      from: 'محمد علي',
      subject: 'Phone call about transport',
      channel: 'call',
      direction: 'received',
    });
    const bytes = await logToPdf(correspondenceLog(store, { today: '2026-08-01' }), 'Zoë Test', '2026-08-01');
    const pdf = await openPdf({ data: bytes }).promise;
    let text = '';
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
    }
    expect(text).toContain('Correspondence log');
    expect(text).toContain('Zoë Test');
    expect(text).toContain('Łukasz Nowak');
    expect(text).toContain('Phone call about transport');
    expect(text).toMatch(/OVERDUE by 17 days/);
  });
});
