import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { Presets, SingleBar } from 'cli-progress';
import { TermRange } from '../../shared/deadlines.ts';
import { IsoDate } from '../../shared/documents.ts';
import type { JobOptions, OnProgress } from '../../shared/progress.ts';
import { usageError } from './api.ts';

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts sequences
 * that retitle the window or move the cursor, CR overwrites a line), DEL, and the bidi overrides
 * and isolates that reorder what is shown. Names come from other people's files.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (c: string) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/**
 * Text from a case (file names, titles, reasons) as it may be printed: every control or bidi
 * character shown as its escape (\u001b), so it is visible and inert. Tabs and line breaks the
 * command itself writes stay; inside one value a line break is shown as \n.
 */
export function forTerminal(text: string, opts: { multiline?: boolean } = {}): string {
  const breaks = opts.multiline ? text : text.replace(/\r?\n/g, '\\n');
  return breaks.replace(UNSAFE_FOR_TERMINAL, codePoint);
}

/** JSON escapes C0 controls itself; C1 controls and bidi characters are escaped here too. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2).replace(UNSAFE_FOR_TERMINAL, codePoint)}\n`);
}

/** The first line of standard input: a password piped in (`… | casebook add --password-stdin`). */
export async function readLineFromStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/**
 * Asks for a password on the terminal without showing it. A password typed as `--password x`
 * stays in the shell's history and shows in `ps` to every user of the machine; this does not.
 */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return readLineFromStdin();
  process.stderr.write(question);
  return new Promise((resolve) => {
    let answer = '';
    stdin.setRawMode(true);
    stdin.resume();
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(answer);
          return;
        }
        if (ch === '\u0003') process.exit(130); // Ctrl+C
        answer = ch === '\u007f' || ch === '\b' ? answer.slice(0, -1) : answer + ch;
      }
    };
    stdin.on('data', onData);
  });
}

export function parsePositiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(`${what} must be a whole number of 1 or more (got "${value}").`);
  return n;
}

/** A date flag, checked by the contract's own date schema; the message names the flag. */
export function day(value: string | undefined, flag: string): string {
  if (value === undefined) throw usageError(`Please give --${flag} YYYY-MM-DD.`);
  if (!IsoDate.safeParse(value).success)
    throw usageError(`--${flag} must be a real date written YYYY-MM-DD, like 2026-07-10 (got "${value}").`);
  return value;
}

/**
 * A progress bar on stderr for a long call, when a person is watching (not with --json, not when
 * piped). Returns the onProgress to pass to the call and stop() for when it ends.
 */
export function progressBar(quiet: boolean | undefined, first = ''): { onProgress: OnProgress; stop: () => void } {
  const bar =
    !quiet && process.stderr.isTTY
      ? new SingleBar(
          { format: '{bar} {percentage}% | {message}', hideCursor: true, clearOnComplete: true },
          Presets.shades_classic,
        )
      : undefined;
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
 * Runs a long call with a progress bar on stderr (progressBar: never with --json or when piped,
 * so stdout stays clean) and Ctrl-C as Cancel: the job stops between its steps with nothing
 * half-written (OCR workers closed, files written whole or not at all) instead of being killed.
 */
export async function withProgress<T>(
  quiet: boolean | undefined,
  first: string,
  run: (opts: Required<JobOptions>) => Promise<T>,
): Promise<T> {
  const bar = progressBar(quiet, first);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    return await run({ signal: controller.signal, onProgress: bar.onProgress });
  } finally {
    bar.stop();
    process.off('SIGINT', onSigint);
  }
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
  if (!terms.success)
    throw usageError(`${file} must be a JSON list of { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } term ranges.`);
  return terms.data;
}

/** For repeatable flags: `--holiday A --holiday B` collects ['A', 'B']. */
export const collect = (value: string, acc: string[]): string[] => [...acc, value];
