import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../shared/documents.ts';
import { initCase, openCase } from '../../electron/core/store/caseStore.ts';
import { checkCase } from '../../electron/core/store/check.ts';
import { getPages, listDocuments } from '../../electron/core/store/documents.ts';
import { tempDir } from '../helpers/tempCase.ts';

const CHILD = join(import.meta.dirname, 'fixtures/importChild.ts');

/** Distinct born-digital PDFs, big enough that importing each takes a moment. */
async function makePdfs(dir: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let p = 0; p < 20; p++) {
      const page = pdf.addPage();
      for (let line = 0; line < 40; line++) {
        page.drawText(`Document ${i} page ${p + 1} line ${line}: the child needs weekly speech therapy.`, {
          x: 40,
          y: 800 - line * 19,
          size: 10,
          font,
        });
      }
    }
    const path = join(dir, `doc-${i}.pdf`);
    writeFileSync(path, await pdf.save());
    paths.push(path);
  }
  return paths;
}

/** Runs the importer in a child process and SIGKILLs it `delayMs` after the `after`-th commit. */
function importAndKill(caseDir: string, files: string[], after: number, delayMs: number): Promise<ImportOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, caseDir, ...files], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const committed: ImportOutcome[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      committed.push(JSON.parse(line) as ImportOutcome);
      if (committed.length === after) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(committed));
  });
}

describe('crash safety', () => {
  let files: string[] = [];
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    tmp = tempDir();
    files = await makePdfs(tmp.dir, 8);
  });
  afterAll(() => tmp.cleanup());

  it.each([0, 25, 120])(
    'keeps every committed document intact when the import is killed %i ms after a commit',
    async (delayMs) => {
      const made = initCase(join(tmp.dir, `case-${delayMs}`), { childName: 'Sam' });
      if (!made.ok) throw new Error(made.message);
      const caseDir = made.value.dir;
      made.value.close();

      const committed = await importAndKill(caseDir, files, 2, delayMs);
      const imported = committed.filter((o) => o.status === 'imported');
      expect(imported.length).toBeGreaterThanOrEqual(2);
      expect(imported.length).toBeLessThan(files.length); // the kill really landed mid-import

      const reopened = openCase(caseDir);
      if (!reopened.ok) throw new Error(reopened.message);
      const store = reopened.value;
      try {
        const report = checkCase(store);
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(report.ok).toBe(true);
        const docs = listDocuments(store);
        for (const o of imported) {
          const d = docs.find((x) => x.documentId === o.documentId);
          expect(d?.pages).toBe(20);
          expect(getPages(store, o.documentId!)).toHaveLength(20);
        }
      } finally {
        store.close();
      }
    },
  );
});
