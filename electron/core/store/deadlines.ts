import type {
  CalendarSettings,
  EventKind,
  NewTimelineEvent,
  OrderKind,
  TimelineEvent,
  TribunalOrder,
} from '../../../shared/deadlines.ts';
import type { CaseStore } from './caseStore.ts';

interface EventRow {
  id: number;
  kind: EventKind;
  event_date: string;
  note: string | null;
  document_id: number | null;
}

const toEvent = (r: EventRow): TimelineEvent => ({
  eventId: r.id,
  kind: r.kind,
  date: r.event_date,
  ...(r.note ? { note: r.note } : {}),
  ...(r.document_id ? { documentId: r.document_id } : {}),
});

export function addTimelineEvent(store: CaseStore, e: NewTimelineEvent): TimelineEvent {
  const id = Number(
    store.db
      .prepare('INSERT INTO timeline_events (kind, event_date, note, document_id, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(e.kind, e.date, e.note ?? null, e.documentId ?? null, new Date().toISOString()).lastInsertRowid,
  );
  return { ...e, eventId: id };
}

export function listTimelineEvents(store: CaseStore): TimelineEvent[] {
  const rows = store.db
    .prepare('SELECT id, kind, event_date, note, document_id FROM timeline_events ORDER BY event_date, id')
    .all() as EventRow[];
  return rows.map(toEvent);
}

export function deleteTimelineEvent(store: CaseStore, eventId: number): boolean {
  return store.db.prepare('DELETE FROM timeline_events WHERE id = ?').run(eventId).changes === 1;
}

export function addTribunalOrder(store: CaseStore, o: { kind: OrderKind; date: string; text: string }): TribunalOrder {
  const id = Number(
    store.db
      .prepare('INSERT INTO tribunal_orders (kind, order_date, text, created_at) VALUES (?, ?, ?, ?)')
      .run(o.kind, o.date, o.text, new Date().toISOString()).lastInsertRowid,
  );
  return { orderId: id, ...o, met: {} };
}

export function listTribunalOrders(store: CaseStore): TribunalOrder[] {
  const orders = store.db
    .prepare('SELECT id, kind, order_date, text FROM tribunal_orders ORDER BY order_date, id')
    .all() as { id: number; kind: OrderKind; order_date: string; text: string }[];
  const met = store.db.prepare('SELECT order_id, rule_id, met_on FROM order_compliance').all() as {
    order_id: number;
    rule_id: string;
    met_on: string;
  }[];
  return orders.map((o) => ({
    orderId: o.id,
    kind: o.kind,
    date: o.order_date,
    text: o.text,
    met: Object.fromEntries(met.filter((m) => m.order_id === o.id).map((m) => [m.rule_id, m.met_on])),
  }));
}

/** Records that the LA did what the order required (or clears it with metOn null). */
export function setOrderCompliance(store: CaseStore, orderId: number, ruleId: string, metOn: string | null): boolean {
  const exists = store.db.prepare('SELECT 1 FROM tribunal_orders WHERE id = ?').get(orderId);
  if (!exists) return false;
  if (metOn === null) {
    store.db.prepare('DELETE FROM order_compliance WHERE order_id = ? AND rule_id = ?').run(orderId, ruleId);
  } else {
    store.db
      .prepare('INSERT OR REPLACE INTO order_compliance (order_id, rule_id, met_on) VALUES (?, ?, ?)')
      .run(orderId, ruleId, metOn);
  }
  return true;
}

export function getCalendarSettings(store: CaseStore): CalendarSettings {
  const rows = store.db.prepare('SELECT key, json FROM deadline_settings').all() as { key: string; json: string }[];
  const get = (key: string): unknown => {
    const row = rows.find((r) => r.key === key);
    return row ? JSON.parse(row.json) : undefined;
  };
  const terms = get('terms') as CalendarSettings['terms'];
  return { extraHolidays: (get('extraHolidays') as string[] | undefined) ?? [], ...(terms ? { terms } : {}) };
}

export function setCalendarSettings(store: CaseStore, patch: Partial<CalendarSettings>): void {
  const put = store.db.prepare('INSERT OR REPLACE INTO deadline_settings (key, json) VALUES (?, ?)');
  if (patch.extraHolidays) put.run('extraHolidays', JSON.stringify([...new Set(patch.extraHolidays)].sort()));
  if (patch.terms) put.run('terms', JSON.stringify(patch.terms));
}

/** The family's own email addresses, so imported emails they sent are logged as sent. */
export function getOwnAddresses(store: CaseStore): string[] {
  const row = store.db.prepare("SELECT json FROM deadline_settings WHERE key = 'ownAddresses'").get() as
    { json: string } | undefined;
  return row ? (JSON.parse(row.json) as string[]) : [];
}

export function addOwnAddresses(store: CaseStore, addresses: string[]): void {
  const all = [
    ...new Set([...getOwnAddresses(store), ...addresses.map((a) => a.trim().toLowerCase()).filter(Boolean)]),
  ].sort();
  store.db
    .prepare("INSERT OR REPLACE INTO deadline_settings (key, json) VALUES ('ownAddresses', ?)")
    .run(JSON.stringify(all));
}
