import type { ImportOutcome } from '../../../shared/documents.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';

export type RowStatus = 'reading' | 'imported' | 'duplicate' | 'rejected';
export interface ImportRow {
  path: string;
  status: RowStatus;
  /** 0–1 while reading. */
  fraction: number;
  detail?: string;
}

export const STATUS_WORDS: Record<RowStatus, string> = {
  reading: 'Reading…',
  imported: 'Added',
  duplicate: 'Already in the case',
  rejected: 'Not added',
};

/** Folds one progress event into the per-file rows (a folder's files appear as they are reached). */
export function applyProgress(rows: ImportRow[], p: ProgressEvent): ImportRow[] {
  if (!p.item) return rows;
  const fraction = Math.max(0, Math.min(1, p.done - Math.floor(p.done)));
  const next = rows.map((r) => (r.status === 'reading' && r.path !== p.item ? { ...r, fraction: 1 } : r));
  const i = next.findIndex((r) => r.path === p.item);
  if (i === -1) return [...next, { path: p.item, status: 'reading', fraction }];
  next[i] = { ...next[i]!, fraction };
  return next;
}

/** The final word on every file, in the order they were read. */
export function rowsFromOutcomes(outcomes: ImportOutcome[]): ImportRow[] {
  return outcomes.map((o) => ({
    path: o.path,
    status: o.status,
    fraction: 1,
    ...(o.status === 'imported' ? { detail: o.pages ? `${o.pages} page${o.pages === 1 ? '' : 's'}` : undefined } : {}),
    ...(o.status !== 'imported' && o.reason ? { detail: o.reason } : {}),
  }));
}
