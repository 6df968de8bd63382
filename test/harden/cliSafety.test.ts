import { mkdirSync, mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearStaleTempFolders, tempFolderPrefix } from '../../electron/core/documents/tempFolders.ts';
import { tempDir } from '../helpers/tempCase.ts';
import { casebook, lockedPdf } from './fixtures.ts';

describe('a password for protected PDFs', () => {
  it('is read from standard input with --password-stdin, never needed on the command line', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      casebook(['init', caseDir, '--child', 'Sam']);
      const locked = await lockedPdf('s3cret pass', dir);
      const without = casebook(['add', caseDir, locked, '--json']);
      expect(JSON.parse(without.stdout)[0]).toMatchObject({ status: 'rejected', code: 'pdf-password-needed' });
      expect(JSON.parse(without.stdout)[0].reason).toMatch(/--ask-password/);
      const piped = casebook(['add', caseDir, locked, '--password-stdin', '--json'], 's3cret pass\n');
      expect(JSON.parse(piped.stdout)[0]).toMatchObject({ status: 'imported' });
    } finally {
      cleanup();
    }
  }, 120_000);

  it('--ask-password reads it from standard input when there is no terminal to ask on', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const caseDir = join(dir, 'case');
      casebook(['init', caseDir, '--child', 'Sam']);
      const locked = await lockedPdf('typed', dir);
      const asked = casebook(['add', caseDir, locked, '--ask-password', '--json'], 'typed\n');
      expect(JSON.parse(asked.stdout)[0]).toMatchObject({ status: 'imported' });
    } finally {
      cleanup();
    }
  }, 120_000);
});

describe('renderer temporary folders left by a killed bundle', () => {
  it('are cleared on start when their process has gone; a live process keeps its own', () => {
    const { dir, cleanup } = tempDir();
    try {
      // A pid that cannot be running (above Linux's pid_max), and this very process.
      const dead = mkdtempSync(join(dir, tempFolderPrefix('docx', 4_194_999)));
      writeFileSync(join(dead, 'document.docx'), 'a child’s report');
      const mine = mkdtempSync(join(dir, tempFolderPrefix('print')));
      const unrelated = join(dir, 'casebook-test-keep');
      mkdirSync(unrelated);
      const removed = clearStaleTempFolders(dir);
      expect(removed).toEqual([dead]);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(mine)).toBe(true);
      expect(existsSync(unrelated)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('are cleared when the CLI starts the core (any command that opens a case)', () => {
    const dead = mkdtempSync(join(tmpdir(), tempFolderPrefix('print', 4_194_998)));
    // Not a case: the command fails, but the core has started and tidied up first.
    casebook(['list', tmpdir()]);
    expect(existsSync(dead)).toBe(false);
  });
});
