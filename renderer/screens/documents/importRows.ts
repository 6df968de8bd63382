import type { AppImportOutcome } from '../../../shared/contract/vault.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';

export type RowStatus = 'waiting' | 'reading' | 'read' | 'imported' | 'duplicate' | 'rejected';
export interface ImportRow {
  path: string;
  status: RowStatus;
  /** 0–1 while reading. */
  fraction: number;
  detail?: string;
  /** A locked PDF: the row offers a password box. */
  passwordProblem?: 'needed' | 'wrong';
}

export const STATUS_WORDS: Record<RowStatus, string> = {
  waiting: 'Waiting',
  reading: 'Reading…',
  read: 'Read',
  imported: 'Added',
  duplicate: 'Already in the case',
  rejected: 'Not added',
};

/** Folds one progress event into the per-file rows (a folder's files appear as they are reached). */
export function applyProgress(rows: ImportRow[], p: ProgressEvent): ImportRow[] {
  if (!p.item) return rows;
  const fraction = Math.max(0, Math.min(1, p.done - Math.floor(p.done)));
  // Files are read one after another: when the next starts, the last is read. Whether it was
  // added or refused arrives with the outcomes at the end.
  const next = rows.map((r): ImportRow =>
    r.status === 'reading' && r.path !== p.item ? { ...r, status: 'read', fraction: 1 } : r,
  );
  const i = next.findIndex((r) => r.path === p.item);
  if (i === -1) {
    // A file found inside a dropped folder goes just above the folder's row, which waits on.
    const item = p.item;
    const folder = next.findIndex(
      (r) => r.status === 'waiting' && (item.startsWith(`${r.path}/`) || item.startsWith(`${r.path}\\`)),
    );
    const row: ImportRow = { path: p.item, status: 'reading', fraction };
    if (folder !== -1) next.splice(folder, 0, row);
    else next.push(row);
    return next;
  }
  next[i] = { ...next[i]!, status: 'reading', fraction };
  return next;
}

export const PASSWORD_NEEDED =
  'This PDF is locked with a password. Councils and schools often send the password in a separate email or text message. Type it below to add the file.';

/** The final word on every file, in the order they were read. */
export function rowsFromOutcomes(outcomes: AppImportOutcome[]): ImportRow[] {
  return outcomes.map((o) => ({
    path: o.path,
    status: o.status,
    fraction: 1,
    // A repaired file is added, but the parent is told which pages to check.
    ...(o.status === 'imported'
      ? {
          detail:
            [o.pages ? `${o.pages} page${o.pages === 1 ? '' : 's'}` : '', ...(o.warnings ?? [])]
              .filter(Boolean)
              .join('. ') || undefined,
        }
      : {}),
    ...(o.status !== 'imported' && o.reason ? { detail: o.reason } : {}),
    // The reader's message also explains the command line; here the box is right below it.
    ...(o.passwordProblem === 'needed' ? { detail: PASSWORD_NEEDED } : {}),
    ...(o.passwordProblem ? { passwordProblem: o.passwordProblem } : {}),
  }));
}

/** Every dropped file (or folder) listed as waiting before the first is read. */
export const waitingRows = (paths: string[]): ImportRow[] =>
  paths.map((path) => ({ path, status: 'waiting', fraction: 0 }));

/** After a retry (with a password): the file's row is replaced by what the retry found. */
export const replaceRow = (rows: ImportRow[], path: string, next: ImportRow[]): ImportRow[] =>
  rows.flatMap((r) => (r.path === path ? next : [r]));
