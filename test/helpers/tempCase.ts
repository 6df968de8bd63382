import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initCase, type CaseStore } from '../../electron/core/store/caseStore.ts';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'casebook-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new case in a temp folder; close() closes the database and removes the folder. */
export function tempCase(childName = 'Test Child'): { store: CaseStore; dir: string; close: () => void } {
  const { dir, cleanup } = tempDir();
  const made = initCase(join(dir, 'case'), { childName, localAuthority: 'Test Council' });
  if (!made.ok) throw new Error(made.message);
  const store = made.value;
  return {
    store,
    dir: store.dir,
    close: () => {
      store.close();
      cleanup();
    },
  };
}
