import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../shared/documents.ts';
import { createCoreApi, type CoreApi } from '../../electron/core/api/index.ts';
import { buildTimeline } from '../../electron/core/deadlines/timeline.ts';
import { insertDocument } from '../../electron/core/store/documents.ts';
import { openCase } from '../../electron/core/store/caseStore.ts';
import { tempDir } from '../helpers/tempCase.ts';

let seq = 0;
const doc = (kind: DocumentKind, title: string, date: string) => ({
  documentId: ++seq,
  fileName: `${title}.pdf`,
  title,
  kind,
  sourceType: 'pdf' as const,
  pages: 1,
  date,
  importedAt: '2026-01-01T00:00:00Z',
  sha256: String(seq),
  ocrPages: 0,
});

const timeline = (today: string, ...documents: ReturnType<typeof doc>[]) =>
  buildTimeline({ today, events: [], orders: [], documents });

/**
 * Deadlines the documents imply before anything is confirmed. Each row: the documents, the rule,
 * the provisional date and its reasoning (DOMAIN.md §5).
 */
const ROWS: { name: string; docs: ReturnType<typeof doc>[]; rule: string; date: string; headline: string }[] = [
  {
    name: 'a decision letter and a later certificate: one month from the certificate is later than two from the decision',
    docs: [
      doc('decision-letter', 'Decision letter: final plan', '2027-01-15'),
      doc('mediation-certificate', 'Mediation certificate', '2027-03-04'),
    ],
    // 15 Jan + 2 months = 15 Mar; 4 Mar + 1 month = Sun 4 Apr 2027, later → next working day Mon 5 Apr (r12(2)).
    rule: 'appeal',
    date: '2027-04-05',
    headline: 'Appeal by 5 April 2027 (provisional: confirm the date the letter was sent)',
  },
  {
    name: 'a decision letter alone: two months, moved out of August (r12(3)(a))',
    docs: [doc('decision-letter', 'Decision not to amend', '2026-06-30')],
    rule: 'appeal',
    date: '2026-09-01',
    headline: 'Appeal by 1 September 2026 (provisional: confirm the date the letter was sent)',
  },
  {
    name: 'a draft plan: 15 days beginning with the day it was served',
    docs: [doc('plan', 'Draft EHC plan', '2026-12-18')],
    rule: 'draft-response',
    date: '2027-01-01',
    headline:
      'Send your comments on the draft plan by 1 January 2027 (provisional: confirm the date the draft plan reached you)',
  },
  {
    name: "the family's request for an assessment: the LA decides within 6 weeks",
    docs: [doc('correspondence', 'Request for an EHC needs assessment for Ben', '2026-11-02')],
    rule: 'assessment-decision',
    date: '2026-12-14',
    headline:
      'Decision whether to carry out an EHC needs assessment by 14 December 2026 (provisional: confirm the date the LA received the request)',
  },
];

describe('provisional deadlines from the documents', () => {
  it.each(ROWS)('$name', ({ docs, rule, date, headline }) => {
    const d = timeline('2026-10-01', ...docs).deadlines.find((x) => x.rule === rule);
    expect(d).toMatchObject({
      date,
      provisional: true,
      headline,
      provisionalFrom: expect.arrayContaining([docs[0]!.documentId]),
    });
  });

  it('counts one clock from two copies of the same letter', () => {
    const t = timeline(
      '2026-08-01',
      doc('decision-letter', 'Decision', '2026-07-10'),
      doc('decision-letter', 'Decision (scan)', '2026-07-10'),
    );
    expect(t.deadlines.filter((d) => d.rule === 'appeal')).toHaveLength(1);
  });

  it('says what can still be done once the appeal deadline has passed', () => {
    const d = timeline('2026-12-01', doc('decision-letter', 'Decision', '2026-07-10')).deadlines.find(
      (x) => x.rule === 'appeal',
    )!;
    expect(d.status).toBe('missed');
    expect(d.ifMissed?.join(' ')).toMatch(/appeal late.*reasons.*r20\(4\).*SENDIASS/s);
  });

  it('offers the chaser letter and SENDIASS when the LA misses a provisional duty', () => {
    const d = timeline(
      '2027-02-01',
      doc('correspondence', 'Request for an EHC needs assessment', '2026-11-02'),
    ).deadlines.find((x) => x.rule === 'assessment-decision')!;
    expect(d).toMatchObject({ status: 'missed', chaser: 'chaser-missed-deadline' });
    expect(d.ifMissed?.join(' ')).toMatch(/SENDIASS/);
  });
});

describe('confirming or changing the date through the API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let api: CoreApi;
  let caseDir: string;
  let letterId: number;
  beforeEach(async () => {
    tmp = tempDir();
    api = createCoreApi({ appDataDir: join(tmp.dir, 'appdata'), documentsDir: tmp.dir });
    caseDir = join(tmp.dir, 'case');
    expect((await api.call('createCase', { caseDir, childName: 'Ben' })).ok).toBe(true);
    const store = openCase(caseDir);
    if (!store.ok) throw new Error(store.message);
    const add = (kind: DocumentKind, title: string, date: string) =>
      insertDocument(store.value, {
        fileName: `${title}.pdf`,
        sourceType: 'pdf',
        kind,
        title,
        date,
        original: new TextEncoder().encode(title),
        pages: [{ text: title, ocr: false }],
      });
    letterId = add('decision-letter', 'Decision letter', '2026-07-10');
    add('mediation-certificate', 'Mediation certificate', '2026-08-24');
    store.value.close();
  });
  afterEach(() => {
    api.close();
    tmp.cleanup();
  });

  const appeal = async () => {
    const t = await api.call('getTimeline', { caseDir, today: '2026-09-01' });
    if (!t.ok) throw new Error(t.error.message);
    return t.value.deadlines.find((d) => d.rule === 'appeal')!;
  };

  it('lists the provisional appeal deadline on the overview, never "nothing due"', async () => {
    const o = await api.call('getCaseOverview', { caseDir });
    if (!o.ok) throw new Error(o.error.message);
    expect(o.value.deadlines.find((d) => d.rule === 'appeal')).toMatchObject({ date: '2026-09-24', provisional: true });
    expect(o.value.keyDates.find((k) => k.label === 'Date of the decision letter')?.date).toBe('2026-07-10');
  });

  it('keeps the deadline provisional until both dates are confirmed', async () => {
    expect(await appeal()).toMatchObject({ date: '2026-09-24', provisional: true });
    const confirmed = await api.call('confirmSuggestedEvent', { caseDir, documentId: letterId });
    expect(confirmed.ok && confirmed.value).toMatchObject({
      kind: 'decision-sent',
      date: '2026-07-10',
      documentId: letterId,
    });
    // The certificate is still only the document's date.
    expect(await appeal()).toMatchObject({
      date: '2026-09-24',
      provisional: true,
      headline: expect.stringContaining('confirm the date of the certificate'),
    });
  });

  it('counts from the changed date, and changes it again after confirming', async () => {
    const certificate = (await appeal()).provisionalFrom!.find((id) => id !== letterId)!;
    await api.call('confirmSuggestedEvent', { caseDir, documentId: letterId });
    const changed = await api.call('changeSuggestedEventDate', {
      caseDir,
      documentId: certificate,
      date: '2026-08-28',
    });
    expect(changed.ok && changed.value).toMatchObject({ kind: 'certificate', date: '2026-08-28' });
    // 28 Aug + 1 month = Mon 28 Sep 2026, firm now.
    const firm = await appeal();
    expect(firm).toMatchObject({ date: '2026-09-28', headline: 'Appeal by 28 September 2026' });
    expect(firm.provisional).toBeUndefined();
    // Changed again once recorded: 25 Aug + 1 month = Fri 25 Sep 2026.
    await api.call('changeSuggestedEventDate', { caseDir, documentId: certificate, date: '2026-08-25' });
    expect(await appeal()).toMatchObject({ date: '2026-09-25' });
  });

  it('refuses to confirm a document that starts no clock, with a reason', async () => {
    const r = await api.call('confirmSuggestedEvent', { caseDir, documentId: 999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
