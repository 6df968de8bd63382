import { resolve } from 'node:path';
import { ok, type Result } from '../../../shared/result.ts';
import { openCase, type CaseStore } from '../store/caseStore.ts';

/**
 * Opening a case runs migrations and sets pragmas; doing that on every call would make the UI
 * sluggish, so stores stay open per resolved folder until the API is closed.
 */
export function createStoreCache() {
  const open = new Map<string, CaseStore>();
  return {
    get(caseDir: string): Result<CaseStore> {
      const dir = resolve(caseDir);
      const cached = open.get(dir);
      if (cached) return ok(cached);
      const opened = openCase(dir);
      if (!opened.ok) return opened;
      open.set(dir, opened.value);
      return ok(opened.value);
    },
    put(store: CaseStore): void {
      open.get(store.dir)?.close();
      open.set(store.dir, store);
    },
    forget(caseDir: string): void {
      const dir = resolve(caseDir);
      open.get(dir)?.close();
      open.delete(dir);
    },
    closeAll(): void {
      for (const s of open.values()) s.close();
      open.clear();
    },
  };
}
export type StoreCache = ReturnType<typeof createStoreCache>;
