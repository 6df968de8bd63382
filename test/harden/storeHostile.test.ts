import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAndSaveBundle } from '../../electron/core/bundle/buildBundle.ts';
import { logEmail } from '../../electron/core/deadlines/correspondence.ts';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { blobRelPath } from '../../electron/core/store/blobs.ts';
import { DB_FILE, initCase, openCase } from '../../electron/core/store/caseStore.ts';
import { checkCaseDir } from '../../electron/core/store/check.ts';
import { deleteLogEntry, listLogEntries } from '../../electron/core/store/correspondence.ts';
import { deleteDocument, listDocuments } from '../../electron/core/store/documents.ts';
import { migrations, SCHEMA_VERSION } from '../../electron/core/store/migrations/index.ts';
import { planPurge, purge } from '../../electron/core/store/purge.ts';
import { checkOutputPath } from '../../electron/core/store/safeOutput.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';
import { casebook, textPdf } from './fixtures.ts';

const mode = (p: string) => statSync(p).mode & 0o777;

describe('outputs aimed at the case itself', () => {
  it.each([[DB_FILE], [`${DB_FILE}-wal`], ['files/x.pdf'], ['files']])('refuses to write over %s', (target) => {
    const c = tempCase();
    try {
      mkdirSync(join(c.dir, 'files'), { recursive: true });
      const r = checkOutputPath(c.dir, join(c.dir, target));
      expect(r).toMatchObject({ ok: false, code: 'output-inside-case-store' });
    } finally {
      c.close();
    }
  });

  it('refuses `casebook bundle --out <case>/case.sqlite` (and through a link), and the case still opens', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      expect(casebook(['init', caseDir, '--child', 'Sam']).code).toBe(0);
      writeFileSync(join(dir, 'r.pdf'), await textPdf('Report'));
      expect(casebook(['add', caseDir, join(dir, 'r.pdf')]).code).toBe(0);
      const before = readFileSync(join(caseDir, DB_FILE));
      const r = casebook(['bundle', caseDir, '--out', join(caseDir, DB_FILE)]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/will not write to/);
      const { symlinkSync } = await import('node:fs');
      symlinkSync(caseDir, join(dir, 'link'));
      const viaLink = casebook(['ics', caseDir, '--out', join(dir, 'link', 'files', 'cal.ics')]);
      expect(viaLink.code).toBe(2);
      expect(readFileSync(join(caseDir, DB_FILE)).equals(before)).toBe(true);
      const opened = openCase(caseDir);
      expect(opened.ok).toBe(true);
      if (opened.ok) opened.value.close();
      // A normal destination still works, written private to the user.
      const ok = casebook(['bundle', caseDir, '--out', join(dir, 'bundle.pdf')]);
      expect(ok.code).toBe(0);
      expect(mode(join(dir, 'bundle.pdf'))).toBe(0o600);
    } finally {
      cleanup();
    }
  }, 180_000);
});

describe('a damaged case.sqlite', () => {
  it('gets one clear line from `check` and a non-zero exit, no stack trace', () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      mkdirSync(caseDir);
      writeFileSync(join(caseDir, DB_FILE), Buffer.alloc(8192, 0x41));
      const r = casebook(['check', caseDir]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/case database \(case\.sqlite\) is damaged/);
      expect(r.stderr).not.toMatch(/SQLITE_|at /);
      expect(openCase(caseDir)).toMatchObject({ ok: false, code: 'case-damaged' });
    } finally {
      cleanup();
    }
  });
});

describe('a case from a newer Casebook', () => {
  it('is refused before anything is written, by open and by check', () => {
    const c = tempCase();
    const dir = c.dir;
    c.store.db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    c.store.close();
    const before = readFileSync(join(dir, DB_FILE));
    expect(openCase(dir)).toMatchObject({
      ok: false,
      code: 'newer-version',
      message: expect.stringMatching(/made by a newer version of Casebook/),
    });
    expect(checkCaseDir(dir)).toMatchObject({ ok: false, code: 'newer-version' });
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
  });

  it('reads a case made before the single version number at the right step, and brings it up to date', () => {
    const { dir, cleanup } = tempDir();
    try {
      // An older case: the first four steps recorded per area, no user_version.
      const db = new Database(join(dir, DB_FILE));
      db.exec(
        'CREATE TABLE schema_migrations (area TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (area, version))',
      );
      for (const m of migrations.filter((x) => x.legacy)) {
        m.up(db);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?, ?)').run(
          m.legacy!.area,
          m.legacy!.version,
          m.description,
          'then',
        );
      }
      db.prepare("INSERT INTO case_info (id, child_name, created_at) VALUES (1, 'Sam', 'then')").run();
      db.close();
      const opened = openCase(dir);
      if (!opened.ok) throw new Error(opened.message);
      expect(opened.value.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      opened.value.close();
    } finally {
      cleanup();
    }
  });
});

describe('a rendition hash in the database that points outside the case', () => {
  it('is never read: the document is left out of the bundle, and check names the bad reference', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      const secret = join(dir, 'secret.pdf');
      writeFileSync(secret, await textPdf('SECRET OUTSIDE THE CASE'));
      writeFileSync(join(dir, 'r.pdf'), await textPdf('Report'));
      await importPaths(c.store, [join(dir, 'r.pdf')]);
      const [doc] = listDocuments(c.store);
      const evil = `../../../../../../../../..${secret}`;
      c.store.db.pragma('foreign_keys = OFF');
      c.store.db
        .prepare("INSERT INTO renditions (document_id, purpose, sha256, created_at) VALUES (?, 'pdf', ?, 'now')")
        .run(doc!.documentId, evil);
      c.store.db
        .prepare('INSERT INTO blobs (sha256, size, rel_path, created_at) VALUES (?, 1, ?, ?)')
        .run(evil, evil, 'now');
      expect(() => blobRelPath(evil)).toThrow();
      const saved = await buildAndSaveBundle(c.store, {}, join(dir, 'bundle.pdf'));
      if (!saved.ok) throw new Error(saved.message);
      expect(saved.value.result.excluded.map((e) => e.documentId)).toEqual([doc!.documentId]);
      const pdf = await PDFDocument.load(readFileSync(join(dir, 'bundle.pdf')));
      expect(pdf.getPageCount()).toBe(2); // cover and index only
      const check = checkCaseDir(c.dir);
      expect(check.ok && check.value.problems.some((p) => p.code === 'database' && /reference/.test(p.message))).toBe(
        true,
      );
    } finally {
      cleanup();
      c.close();
    }
  });
});

describe('permissions', () => {
  it('makes the case folder 0700 and its database and stored files 0600', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const made = initCase(join(dir, 'case'), { childName: 'Sam' });
      if (!made.ok) throw new Error(made.message);
      writeFileSync(join(dir, 'r.pdf'), await textPdf('Report'));
      await importPaths(made.value, [join(dir, 'r.pdf')]);
      const [doc] = listDocuments(made.value);
      expect(mode(made.value.dir)).toBe(0o700);
      expect(mode(join(made.value.dir, DB_FILE))).toBe(0o600);
      expect(mode(join(made.value.dir, `${DB_FILE}-wal`))).toBe(0o600);
      expect(mode(join(made.value.dir, 'files'))).toBe(0o700);
      expect(mode(join(made.value.dir, blobRelPath(doc!.sha256)))).toBe(0o600);
      made.value.close();
    } finally {
      cleanup();
    }
  });
});

describe('purge', () => {
  it('lists, then removes only the confirmed deleted documents and files nothing uses', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.pdf`), await textPdf(`Report ${n}`));
      await importPaths(c.store, [dir]);
      const [a, b, kept] = listDocuments(c.store);
      deleteDocument(c.store, a!.documentId);
      deleteDocument(c.store, b!.documentId);
      // A leftover from an interrupted import long ago, and one being written right now.
      const old = join(c.dir, 'files', 'ab', 'cd', `${'ab'.repeat(32)}`);
      mkdirSync(join(c.dir, 'files', 'ab', 'cd'), { recursive: true });
      writeFileSync(old, 'old');
      utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1));
      const fresh = join(c.dir, 'files', 'ab', 'cd', `${'cd'.repeat(32)}`);
      writeFileSync(fresh, 'new');
      const plan = planPurge(c.store);
      expect(plan.documents.map((d) => d.fileName)).toEqual(['a.pdf', 'b.pdf']);
      expect(plan.files).toBe(3);
      const done = purge(c.store, [a!.documentId]);
      expect(done).toMatchObject({ documentsRemoved: 1, filesRemoved: 2 });
      expect(existsSync(join(c.dir, blobRelPath(a!.sha256)))).toBe(false);
      expect(existsSync(join(c.dir, blobRelPath(b!.sha256)))).toBe(true);
      expect(existsSync(join(c.dir, blobRelPath(kept!.sha256)))).toBe(true);
      expect(existsSync(fresh)).toBe(true);
      expect(listDocuments(c.store, { includeDeleted: true }).map((d) => d.fileName)).toEqual(['b.pdf', 'c.pdf']);
      const check = checkCaseDir(c.dir);
      expect(check.ok && check.value.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      cleanup();
      c.close();
    }
  });

  it('`casebook purge` names what goes, removes nothing without a yes, and removes it with --yes', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      casebook(['init', caseDir, '--child', 'Sam']);
      writeFileSync(join(dir, 'old-letter.pdf'), await textPdf('Old letter'));
      casebook(['add', caseDir, join(dir, 'old-letter.pdf')]);
      const opened = openCase(caseDir);
      if (!opened.ok) throw new Error(opened.message);
      deleteDocument(opened.value, 1);
      opened.value.close();
      const asked = casebook(['purge', caseDir], 'n\n');
      expect(asked.stdout).toContain('old-letter.pdf');
      expect(asked.stdout).toContain('Nothing was removed');
      const done = casebook(['purge', caseDir, '--yes']);
      expect(done.code).toBe(0);
      expect(done.stdout).toMatch(/Removed 1 document and 1 file/);
    } finally {
      cleanup();
    }
  }, 120_000);
});

describe('a deleted log entry made from an email', () => {
  it('stays deleted when the email is logged again', async () => {
    const c = tempCase();
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(
        join(dir, 'la.eml'),
        'From: caseworker@council.example\r\nTo: parent@example.org\r\nSubject: Draft plan\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nPlease find the draft plan.\r\n',
      );
      const [email] = await importPaths(c.store, [join(dir, 'la.eml')]);
      // The import logged it; the user removed the entry.
      const [entry] = listLogEntries(c.store);
      expect(deleteLogEntry(c.store, entry!.entryId)).toBe(true);
      expect(logEmail(c.store, email!.documentId!)).toBeUndefined();
      expect(listLogEntries(c.store)).toEqual([]);
    } finally {
      cleanup();
      c.close();
    }
  });
});
