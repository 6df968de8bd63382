import { z } from 'zod';
import { NewLogEntry, type LogEntry } from '../../../shared/deadlines.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { insertLogEntry, listLogEntries, type StoredLogEntry } from '../store/correspondence.ts';
import { getOwnAddresses } from '../store/deadlines.ts';
import { getStructure, listDocuments } from '../store/documents.ts';
import { daysBetween, localToday } from './dates.ts';

/** A reply is overdue when its "reply due by" date has passed and no reply is recorded. */
export function withOverdue(e: StoredLogEntry, today: string): LogEntry {
  const late = e.replyDue !== undefined && !e.repliedOn && e.replyDue < today;
  return { ...e, overdue: late, ...(late && e.replyDue ? { daysOverdue: daysBetween(e.replyDue, today) } : {}) };
}

export function correspondenceLog(store: CaseStore, opts: { today?: string; search?: string } = {}): LogEntry[] {
  const today = opts.today ?? localToday();
  return listLogEntries(store, opts.search).map((e) => withOverdue(e, today));
}

export function addLogEntry(store: CaseStore, input: unknown): Result<LogEntry> {
  const parsed = NewLogEntry.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('bad-input', `The log entry is missing something: ${issue ? `${issue.path.join('.')} — ${issue.message}` : 'check the fields'}.`);
  }
  const e = parsed.data;
  if (e.replyDue && e.replyDue < e.date) return fail('bad-input', 'The reply due date is before the date of the letter.');
  const id = insertLogEntry(store, e);
  const entry = listLogEntries(store).find((x) => x.entryId === id);
  return entry ? ok(withOverdue(entry, localToday())) : fail('internal', 'The entry was not saved.');
}

/**
 * The email importer keeps each message's headers in the document's structure ('email/1'). Only
 * the fields the log needs are read here, defensively, so an older or partial record is skipped
 * rather than breaking the log.
 */
const Address = z.object({ name: z.string().optional(), address: z.string().optional() });
const EmailHeaders = z.object({
  format: z.literal('email/1'),
  from: z.array(Address).default([]),
  to: z.array(Address).default([]),
  subject: z.string().optional(),
  dateLocal: z.iso.date().optional(),
});

const who = (list: z.infer<typeof Address>[]): string =>
  list.map((a) => (a.name && a.address ? `${a.name} <${a.address}>` : (a.name ?? a.address ?? ''))).filter(Boolean).join(', ');

/**
 * Makes a log entry for every imported email that has none yet. Idempotent: run it after each
 * import, or whenever the log is opened. The family's own addresses (saved in the case) decide
 * sent vs received; an email from anyone else counts as received.
 */
export function logEntriesFromEmails(store: CaseStore): { added: number; skipped: number } {
  const own = new Set(getOwnAddresses(store));
  let added = 0;
  let skipped = 0;
  for (const doc of listDocuments(store)) {
    if (doc.sourceType !== 'email') continue;
    const headers = EmailHeaders.safeParse(getStructure(store, doc.documentId));
    if (!headers.success) {
      skipped++;
      continue;
    }
    const h = headers.data;
    const date = h.dateLocal ?? doc.date ?? doc.importedAt.slice(0, 10);
    const sent = h.from.some((a) => a.address && own.has(a.address.toLowerCase()));
    const id = insertLogEntry(
      store,
      {
        date,
        direction: sent ? 'sent' : 'received',
        channel: 'email',
        from: who(h.from) || 'unknown sender',
        to: who(h.to) || 'unknown recipient',
        subject: h.subject || doc.title,
        documentId: doc.documentId,
      },
      doc.documentId,
    );
    if (id !== undefined) added++;
  }
  return { added, skipped };
}

const CSV_COLUMNS: [string, (e: LogEntry) => string][] = [
  ['Date', (e) => e.date],
  ['Direction', (e) => e.direction],
  ['Type', (e) => e.channel],
  ['From', (e) => e.from],
  ['To', (e) => e.to],
  ['Subject', (e) => e.subject],
  ['Summary', (e) => e.summary ?? ''],
  ['Reply due', (e) => e.replyDue ?? ''],
  ['Replied on', (e) => e.repliedOn ?? ''],
  ['Overdue', (e) => (e.overdue ? `yes, ${e.daysOverdue} days` : '')],
  ['Document', (e) => (e.documentId ? String(e.documentId) : '')],
];

/** RFC 4180 CSV; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
export function logToCsv(entries: LogEntry[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [CSV_COLUMNS.map(([h]) => h), ...entries.map((e) => CSV_COLUMNS.map(([, f]) => cell(f(e))))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
