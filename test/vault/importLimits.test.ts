import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/importers/importFiles.ts';
import { checkCase } from '../../electron/core/store/check.ts';
import { listDocuments } from '../../electron/core/store/documents.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('import limits', () => {
  it('skips a file that runs past its time limit, stores nothing of it, and goes on to the next', async () => {
    const c = tempCase();
    close = c.close;
    const slow = join(FIXTURES, '06-decision-letter.pdf'); // scanned: OCR takes far longer than 1 ms
    const outcomes = await importPaths(c.store, [slow], { fileTimeoutMs: 1 });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'rejected', code: 'timeout' });
    expect(outcomes[0]!.reason).toMatch(/took longer than/);
    // The reader was told to stop: give it time to finish, then nothing may have been stored.
    await new Promise((r) => setTimeout(r, 3000));
    expect(listDocuments(c.store)).toHaveLength(0);
    const next = await importPaths(c.store, [join(FIXTURES, '01-ep-report.pdf')]);
    expect(next[0]!.status).toBe('imported');
    expect(checkCase(c.store).ok).toBe(true);
  });

  it('cancels the rest of an import when asked, keeping what was already stored', async () => {
    const c = tempCase();
    close = c.close;
    const controller = new AbortController();
    const files = ['01-ep-report.pdf', '03-ot-report.pdf', '04-social-care-assessment.pdf'].map((f) =>
      join(FIXTURES, f),
    );
    const outcomes = await importPaths(c.store, files, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.message === 'Reading 03-ot-report.pdf') controller.abort();
      },
    });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'rejected', 'rejected']);
    expect(listDocuments(c.store).map((d) => d.fileName)).toEqual(['01-ep-report.pdf']);
  });
});
