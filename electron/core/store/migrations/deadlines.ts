import type { MigrationArea } from './types.ts';

/** The case's clocks: what happened and when, tribunal orders, the correspondence log. */
export const deadlinesMigrations: MigrationArea = {
  area: 'deadlines',
  steps: [
    {
      version: 1,
      description: 'timeline events, tribunal orders and compliance, correspondence log, calendar settings',
      up: (db) => {
        db.exec(`
          -- Key events the user entered or confirmed from a document (a decision letter's date).
          CREATE TABLE timeline_events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            event_date TEXT NOT NULL,
            note TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
          );
          CREATE INDEX timeline_events_date ON timeline_events(event_date);

          CREATE TABLE tribunal_orders (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            order_date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
          );
          -- One row per Regs 44/45 duty the LA has done, with the date it did it.
          CREATE TABLE order_compliance (
            order_id INTEGER NOT NULL REFERENCES tribunal_orders(id) ON DELETE CASCADE,
            rule_id TEXT NOT NULL,
            met_on TEXT NOT NULL,
            PRIMARY KEY (order_id, rule_id)
          );

          CREATE TABLE correspondence (
            id INTEGER PRIMARY KEY,
            entry_date TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            channel TEXT NOT NULL,
            from_party TEXT NOT NULL,
            to_party TEXT NOT NULL,
            subject TEXT NOT NULL,
            summary TEXT,
            reply_due TEXT,
            replied_on TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            -- Set for entries made from an imported email, so making them again adds nothing.
            source_document_id INTEGER UNIQUE,
            created_at TEXT NOT NULL
          );
          CREATE INDEX correspondence_date ON correspondence(entry_date);

          -- Proclaimed bank holidays and school term dates, as JSON under a key.
          CREATE TABLE deadline_settings (
            key TEXT PRIMARY KEY,
            json TEXT NOT NULL
          );
        `);
      },
    },
  ],
};
