import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { NewLogEntry, type LogEntry } from '../../../shared/deadlines.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import {
  emailSourcedEntries,
  insertLogEntry,
  listLogEntries,
  setLogDirection,
  type StoredLogEntry,
} from '../store/correspondence.ts';
import { getOwnAddresses } from '../store/deadlines.ts';
import { getDocument, getStructure } from '../store/documents.ts';
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
    return fail(
      'bad-input',
      `The log entry is missing something: ${issue ? `${issue.path.join('.')} — ${issue.message}` : 'check the fields'}.`,
    );
  }
  const e = parsed.data;
  if (e.replyDue && e.replyDue < e.date)
    return fail('bad-input', 'The reply due date is before the date of the letter.');
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
  list
    .map((a) => (a.name && a.address ? `${a.name} <${a.address}>` : (a.name ?? a.address ?? '')))
    .filter(Boolean)
    .join(', ');

/** The log entry an email makes, from its stored headers; undefined when they cannot be read. */
function emailEntry(store: CaseStore, documentId: number, own: Set<string>): NewLogEntry | undefined {
  const doc = getDocument(store, documentId);
  const headers = EmailHeaders.safeParse(doc?.sourceType === 'email' ? getStructure(store, documentId) : undefined);
  if (!doc || !headers.success) return undefined;
  const h = headers.data;
  return {
    date: h.dateLocal ?? doc.date ?? doc.importedAt.slice(0, 10),
    direction: h.from.some((a) => a.address && own.has(a.address.toLowerCase())) ? 'sent' : 'received',
    channel: 'email',
    from: who(h.from) || 'unknown sender',
    to: who(h.to) || 'unknown recipient',
    subject: h.subject || doc.title,
    documentId,
  };
}

/**
 * Logs an imported email, once: the importer calls this as it stores the email. The family's own
 * addresses (saved in the case) decide sent vs received; an email from anyone else is received.
 * Returns the new entry's id, or undefined when the email is logged already or unreadable.
 */
export function logEmail(store: CaseStore, documentId: number): number | undefined {
  const entry = emailEntry(store, documentId, new Set(getOwnAddresses(store)));
  return entry ? insertLogEntry(store, entry, documentId) : undefined;
}

/** After the family's own addresses change: emails from them are "sent", the rest "received". */
export function redirectEmailEntries(store: CaseStore): void {
  const own = new Set(getOwnAddresses(store));
  for (const { entryId, sourceDocumentId } of emailSourcedEntries(store)) {
    const entry = emailEntry(store, sourceDocumentId, own);
    if (entry) setLogDirection(store, entryId, entry.direction);
  }
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

/**
 * RFC 4180 CSV (csv-stringify). A cell starting = + - @ (or a tab or return) gets a leading ' so a
 * spreadsheet shows it as text and never runs it as a formula (OWASP "CSV injection").
 */
export function logToCsv(entries: LogEntry[]): string {
  const guard = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  // Rows end in CRLF (RFC 4180); a lone line break inside a summary must be quoted too, which
  // csv-stringify only does by itself for the record delimiter.
  return stringify(
    entries.map((e) => CSV_COLUMNS.map(([, f]) => guard(f(e)))),
    { header: true, columns: CSV_COLUMNS.map(([h]) => h), record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
