import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { casebook as run } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

const casebook = (...args: string[]) => run(args);

describe('casebook CLI', () => {
  let tmp: ReturnType<typeof tempDir>;
  let caseDir: string;
  beforeAll(() => {
    tmp = tempDir();
    caseDir = join(tmp.dir, 'case');
  });
  afterAll(() => tmp.cleanup());

  it('creates a case, and refuses to create one twice', () => {
    const made = casebook('init', caseDir, '--child', 'Sam Example', '--la', 'Northshire County Council');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Created a case');
    const again = casebook('init', caseDir, '--child', 'Sam Example');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already a case/);
  });

  it('imports files with one JSON outcome per input, duplicates and rejections included', () => {
    const bad = join(tmp.dir, 'notes.pdf');
    writeFileSync(bad, 'These are my notes, not a PDF.\n');
    const ep = join(FIXTURES, '01-ep-report.pdf');
    const copy = join(tmp.dir, 'ep-copy.pdf');
    copyFileSync(ep, copy);
    const r = casebook('add', caseDir, ep, copy, bad, '--json');
    expect(r.code).toBe(1); // one file was rejected
    const out = JSON.parse(r.stdout) as {
      path: string;
      status: string;
      documentId?: number;
      pages?: number;
      reason?: string;
    }[];
    expect(out.map((o) => o.status)).toEqual(['imported', 'duplicate', 'rejected']);
    expect(out[0]!.pages).toBeGreaterThan(0);
    expect(out[1]!.documentId).toBe(out[0]!.documentId);
    expect(out[2]!.reason).toMatch(/plain text/i);
  });

  it('lists, searches and shows documents as JSON', () => {
    const list = JSON.parse(casebook('list', caseDir, '--json').stdout) as {
      documentId: number;
      fileName: string;
      kind: string;
      pages: number;
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ fileName: '01-ep-report.pdf', kind: 'report' });
    const hits = JSON.parse(casebook('search', caseDir, 'precision teaching', '--json').stdout) as {
      documentId: number;
      page: number;
      snippet: string;
    }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.documentId).toBe(list[0]!.documentId);
    const shown = casebook('show', caseDir, String(list[0]!.documentId), '--page', String(hits[0]!.page));
    expect(shown.code).toBe(0);
    expect(shown.stdout.toLowerCase()).toContain('precision teaching');
  });

  it('checks the case, and exits 2 with a clear message on a folder that is not a case', () => {
    const ok = casebook('check', caseDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('intact');
    const notCase = casebook('list', tmp.dir);
    expect(notCase.code).toBe(2);
    expect(notCase.stderr).toMatch(/not a Casebook case/);
    expect(casebook('show', caseDir, 'abc').code).toBe(2);
  });
});
