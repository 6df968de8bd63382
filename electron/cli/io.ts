import { Command } from 'commander';
import type { CaseStore } from '../core/store/caseStore.ts';
import { openCase } from '../core/store/caseStore.ts';

/** Exit codes: 0 done, 1 done but something failed (a rejected file, a failed check), 2 usage. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage problem (bad flag, not a case): message to stderr, exit code 2. */
export class UsageError extends Error {}

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
