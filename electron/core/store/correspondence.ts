import type { NewLogEntry } from '../../../shared/deadlines.ts';
import { cleanName } from '../../../shared/cleanText.ts';
import type { CaseStore } from './caseStore.ts';

/** A log entry as stored; overdue is worked out against "today" by the core, not here. */
export interface StoredLogEntry {
  entryId: number;
  date: string;
  direction: 'sent' | 'received';
  channel: 'letter' | 'email' | 'call' | 'meeting' | 'other';
  from: string;
  to: string;
  subject: string;
  summary?: string;
  replyDue?: string;
  repliedOn?: string;
  documentId?: number;
}

interface Row {
  id: number;
  entry_date: string;
  direction: 'sent' | 'received';
  channel: StoredLogEntry['channel'];
  from_party: string;
  to_party: string;
  subject: string;
  summary: string | null;
  reply_due: string | null;
  replied_on: string | null;
  document_id: number | null;
}

const toEntry = (r: Row): StoredLogEntry => ({
  entryId: r.id,
  date: r.entry_date,
  direction: r.direction,
  channel: r.channel,
  from: r.from_party,
  to: r.to_party,
  subject: r.subject,
  ...(r.summary ? { summary: r.summary } : {}),
  ...(r.reply_due ? { replyDue: r.reply_due } : {}),
  ...(r.replied_on ? { repliedOn: r.replied_on } : {}),
  ...(r.document_id ? { documentId: r.document_id } : {}),
});

/**
 * Adds an entry. With sourceDocumentId (an imported email) the insert is idempotent: the same
 * email never makes a second entry. Returns the entry id, or undefined when it already existed.
 */
export function insertLogEntry(store: CaseStore, e: NewLogEntry, sourceDocumentId?: number): number | undefined {
  // An entry made from an email that the user then deleted stays deleted.
  if (
    sourceDocumentId !== undefined &&
    store.db.prepare('SELECT 1 FROM correspondence_dismissed WHERE source_document_id = ?').get(sourceDocumentId)
  ) {
    return undefined;
  }
  const info = store.db
    .prepare(
      `INSERT OR IGNORE INTO correspondence (entry_date, direction, channel, from_party, to_party, subject, summary,
         reply_due, document_id, source_document_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.date,
      e.direction,
      e.channel ?? 'letter',
      cleanName(e.from),
      cleanName(e.to),
      cleanName(e.subject),
      e.summary ?? null,
      e.replyDue ?? null,
      e.documentId ?? null,
      sourceDocumentId ?? null,
      new Date().toISOString(),
    );
  return info.changes === 1 ? Number(info.lastInsertRowid) : undefined;
}

/** Entries oldest first; `search` matches subject, summary, from and to (case-insensitive). */
export function listLogEntries(store: CaseStore, search?: string): StoredLogEntry[] {
  const where = search
    ? `WHERE (subject || ' ' || COALESCE(summary, '') || ' ' || from_party || ' ' || to_party) LIKE ? ESCAPE '\\'`
    : '';
  const args = search ? [`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [];
  const rows = store.db
    .prepare(
      `SELECT id, entry_date, direction, channel, from_party, to_party, subject, summary, reply_due, replied_on, document_id
       FROM correspondence ${where} ORDER BY entry_date, id`,
    )
    .all(...args) as Row[];
  return rows.map(toEntry);
}

export function setReplied(store: CaseStore, entryId: number, repliedOn: string | null): boolean {
  return (
    store.db.prepare('UPDATE correspondence SET replied_on = ? WHERE id = ?').run(repliedOn, entryId).changes === 1
  );
}

/** Deletes an entry; one made from an imported email is remembered, so reading the emails again never brings it back. */
export function deleteLogEntry(store: CaseStore, entryId: number): boolean {
  const db = store.db;
  return db.transaction(() => {
    const row = db.prepare('SELECT source_document_id FROM correspondence WHERE id = ?').get(entryId) as
      { source_document_id: number | null } | undefined;
    if (!row) return false;
    if (row.source_document_id !== null) {
      db.prepare('INSERT OR IGNORE INTO correspondence_dismissed (source_document_id, dismissed_at) VALUES (?, ?)').run(
        row.source_document_id,
        new Date().toISOString(),
      );
    }
    return db.prepare('DELETE FROM correspondence WHERE id = ?').run(entryId).changes === 1;
  })();
}

/** Entries made from imported emails, with the email's document. */
export function emailSourcedEntries(store: CaseStore): { entryId: number; sourceDocumentId: number }[] {
  return store.db
    .prepare(
      'SELECT id AS entryId, source_document_id AS sourceDocumentId FROM correspondence WHERE source_document_id IS NOT NULL',
    )
    .all() as { entryId: number; sourceDocumentId: number }[];
}

export function setLogDirection(store: CaseStore, entryId: number, direction: StoredLogEntry['direction']): void {
  store.db.prepare('UPDATE correspondence SET direction = ? WHERE id = ?').run(direction, entryId);
}
