import { Command } from 'commander';
import type { CaseStore } from '../core/store/caseStore.ts';
import { openCase } from '../core/store/caseStore.ts';

/** Exit codes: 0 done, 1 done but something failed (a rejected file, a failed check), 2 usage. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage problem (bad flag, not a case): message to stderr, exit code 2. */
export class UsageError extends Error {}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Opens the case or stops with a usage error a person can act on. */
export function withCase<T>(caseDir: string, work: (store: CaseStore) => T): T {
  const opened = openCase(caseDir);
  if (!opened.ok) throw new UsageError(opened.message);
  const store = opened.value;
  let result: T;
  try {
    result = work(store);
  } catch (e) {
    store.close();
    throw e;
  }
  if (result instanceof Promise) {
    return result.finally(() => store.close()) as T;
  }
  store.close();
  return result;
}

export function parsePositiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number of 1 or more (got "${value}").`);
  return n;
}

/** Every CLI command lives in its own module and registers itself on the program. */
export type RegisterCommand = (program: Command) => void;
