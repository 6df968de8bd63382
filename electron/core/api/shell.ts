import { statSync } from 'node:fs';
import { extname, isAbsolute } from 'node:path';
import type { shellCalls } from '../../../shared/contract/shell.ts';
import { fail, ok } from '../../../shared/result.ts';
import type { HandlersFor } from './types.ts';

/** What only the desktop shell can do; Electron main implements it with dialog and shell. */
export interface ShellHost {
  chooseSaveFile(suggestedName: string, title?: string): Promise<string | null>;
  /** Resolves to '' when the file opened, else the operating system's reason. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
  openExternal(url: string): Promise<boolean>;
}

/**
 * Files Casebook makes and a parent may open. Opening anything else is refused: "open this
 * path" from a compromised page must never be a way to run a program (.exe, .bat, .app, .sh…).
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf',
  '.docx',
  '.odt',
  '.rtf',
  '.txt',
  '.csv',
  '.ics',
  '.png',
  '.jpg',
  '.jpeg',
]);

const notAvailable = () => fail('not-available', 'This needs the Casebook desktop app.');

function existing(path: string): 'file' | 'folder' | undefined {
  if (!isAbsolute(path)) return undefined;
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : undefined;
  } catch {
    return undefined;
  }
}

export const shellHandlers: HandlersFor<typeof shellCalls> = {
  chooseSaveFile: async ({ suggestedName, title }, ctx) => {
    const host = ctx.options.shell;
    return host ? ok(await host.chooseSaveFile(suggestedName, title)) : notAvailable();
  },
  openFile: async ({ path }, ctx) => {
    const host = ctx.options.shell;
    if (!host) return notAvailable();
    if (existing(path) !== 'file')
      return fail('not-found', 'That file is not there any more. It may have been moved or deleted.');
    if (!OPENABLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      return fail(
        'not-openable',
        'Casebook only opens the documents it makes (PDF, Word, calendar files). Open this one from its folder.',
      );
    }
    const problem = await host.openPath(path);
    return problem ? fail('open-failed', `The file could not be opened: ${problem}`) : ok({ opened: true });
  },
  showInFolder: ({ path }, ctx) => {
    const host = ctx.options.shell;
    if (!host) return notAvailable();
    if (!existing(path)) return fail('not-found', 'That file or folder is not there any more.');
    host.showItemInFolder(path);
    return ok({ shown: true });
  },
  openLink: async ({ url }, ctx) => {
    const host = ctx.options.shell;
    return host ? ok({ opened: await host.openExternal(url) }) : notAvailable();
  },
};
