/**
 * Messages between main and the core process (coreProcess.ts), which runs the whole core API off
 * the window's thread. Main sends calls it has validated; the core process answers each by id,
 * reports progress for long ones, and asks main for what only the desktop shell can do (dialogs,
 * opening files and links, printing a Word file's HTML to PDF).
 */

/** Desktop capabilities the core process asks main for, by name. */
export type HostOp =
  'chooseFolder' | 'chooseFiles' | 'chooseSaveFile' | 'openPath' | 'showItemInFolder' | 'openExternal' | 'htmlToPdf';

export type ToCore =
  | { type: 'start'; options: { appDataDir: string; documentsDir: string; host: HostOp[] } }
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'host-reply'; id: number; value?: unknown; error?: string };

export type FromCore =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: unknown }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'host'; id: number; op: HostOp; args: unknown[] };
