import type { z } from 'zod';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { CallDef } from '../../../shared/contract/define.ts';
import type { Result } from '../../../shared/result.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import type { CaseStore } from '../store/caseStore.ts';
import type { ShellHost } from './shell.ts';

/** What the host (Electron main, the E2E harness, a test) tells the core about the machine. */
export interface CoreApiOptions {
  /** Where app-wide state lives (recent cases). Electron: app.getPath('userData'). */
  appDataDir: string;
  /** Where new cases go by default. Electron: app.getPath('documents'). */
  documentsDir: string;
  /** Native folder picker; only the shell has one. Absent in the browser/E2E: the UI asks for a typed path. */
  chooseFolder?: (purpose: 'new-case' | 'open-case') => Promise<string | null>;
  /** Native file picker for imports; absent in the browser/E2E (drop files instead). */
  chooseFiles?: () => Promise<string[]>;
  /** Save dialog, opening files and links in the OS (electron/core/api/shell.ts); only the desktop shell has them. */
  shell?: ShellHost;
  /**
   * Turns Word files into PDF pages for the bundle. The desktop app passes one built on
   * Electron's printToPDF (electron/main/printToPdf.ts); without one, the bundle uses LibreOffice
   * or a system Chromium when the machine has them (documents/renderDocxDefault.ts). The host
   * owns it: the core never closes it.
   */
  docxRenderer?: DocxRenderer;
}

/** What every handler gets besides its validated input. */
export interface HandlerContext extends JobOptions {
  /** The open store for a case folder, cached per folder; fails with a plain message if it is not a case. */
  store(caseDir: string): Result<CaseStore>;
  /** Drops a cached store (after creating a case in it, or when a folder stops being a case). */
  forget(caseDir: string): void;
  /** Hands a store the handler opened itself (a new case) to the cache. */
  adopt(store: CaseStore): void;
  options: CoreApiOptions;
}

/**
 * A handler gets its input already parsed by the contract's zod schema and returns a Result; the
 * API layer validates what it returns against the output schema before it leaves the core.
 */
export type Handler<D extends CallDef> = (
  input: z.output<D['input']>,
  ctx: HandlerContext,
) => Result<z.input<D['output']>> | Promise<Result<z.input<D['output']>>>;

/** One handler per call of an area's contract: `export const fooHandlers: HandlersFor<typeof fooCalls> = {…}`. */
export type HandlersFor<C extends Record<string, CallDef>> = { [K in keyof C]: Handler<C[K]> };
