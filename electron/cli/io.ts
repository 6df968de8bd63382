import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { Presets, SingleBar } from 'cli-progress';
import { TermRange } from '../../shared/deadlines.ts';
import { IsoDate } from '../../shared/documents.ts';
import type { OnProgress } from '../../shared/progress.ts';
import { usageError } from './api.ts';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function parsePositiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(`${what} must be a whole number of 1 or more (got "${value}").`);
  return n;
}

/** A date flag, checked by the contract's own date schema; the message names the flag. */
export function day(value: string | undefined, flag: string): string {
  if (value === undefined) throw usageError(`Please give --${flag} YYYY-MM-DD.`);
  if (!IsoDate.safeParse(value).success) throw usageError(`--${flag} must be a real date written YYYY-MM-DD, like 2026-07-10 (got "${value}").`);
  return value;
}

/**
 * A progress bar on stderr for a long call, when a person is watching (not with --json, not when
 * piped). Returns the onProgress to pass to the call and stop() for when it ends.
 */
export function progressBar(quiet: boolean | undefined, first = ''): { onProgress: OnProgress; stop: () => void } {
  const bar = !quiet && process.stderr.isTTY ? new SingleBar({ format: '{bar} {percentage}% | {message}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
  bar?.start(1, 0, { message: first });
  return {
    onProgress: (p) => {
      bar?.setTotal(Math.max(1, p.total));
      bar?.update(p.done, { message: p.message });
    },
    stop: () => bar?.stop(),
  };
}

/**
 * Every CLI command lives in its own module and registers itself on the program. `asked` is true
 * when this is the command being run (or its help asked for): only then may registering ask the
 * core for anything (the deadline command's flags come from the rules), so `--help` stays quick.
 */
export type RegisterCommand = (program: Command, asked: boolean) => void | Promise<void>;

/** School term dates from a JSON file (`--terms`), checked against the contract's TermRange. */
export function readTerms(file: string): TermRange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw usageError(`Could not read term dates from ${file}: it must be a JSON list of { "start", "end" } dates.`);
  }
  const terms = z.array(TermRange).safeParse(parsed);
  if (!terms.success) throw usageError(`${file} must be a JSON list of { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } term ranges.`);
  return terms.data;
}

/** For repeatable flags: `--holiday A --holiday B` collects ['A', 'B']. */
export const collect = (value: string, acc: string[]): string[] => [...acc, value];
