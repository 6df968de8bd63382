import { randomUUID } from 'node:crypto';
import { basename, isAbsolute, join, normalize, relative } from 'node:path';
import type { JobEvent } from '../../shared/contract/bridge.ts';
import type { ErrorCode } from '../../shared/errors.ts';

/**
 * The renderer never names a file on disk. Files the user picked in a dialog or dropped on the
 * window reach it as opaque tokens that main issued and resolves itself, so a compromised page
 * cannot read ~/.ssh or write over a document: it can only pass back what the user chose.
 *
 * A token looks like `casebook-file://<id>/<file name>`: the name is there for the screen to
 * show, the id is what main trusts. For a dropped folder, `<token>/<path inside>` names a file
 * within it (the import reports files found in folders that way).
 */
export const TOKEN_PREFIX = 'casebook-file://';

export type FileUse = 'read' | 'write';

/** The fields of each call that name files, and what the call does with them. */
export const FILE_FIELDS: Readonly<Record<string, readonly { field: string; use: FileUse }[]>> = {
  importFiles: [{ field: 'paths', use: 'read' }],
  buildBundle: [{ field: 'outPath', use: 'write' }],
  gapReport: [{ field: 'outPath', use: 'write' }],
  exportCorrespondence: [{ field: 'path', use: 'write' }],
  exportCalendar: [{ field: 'path', use: 'write' }],
  checkReceivedBundle: [
    { field: 'bundlePath', use: 'read' },
    { field: 'reportPath', use: 'write' },
  ],
  writeBundleCheckReport: [{ field: 'outPath', use: 'write' }],
  writeWorkingDocument: [
    { field: 'outPath', use: 'write' },
    { field: 'amendmentsPath', use: 'write' },
    { field: 'fromPath', use: 'read' },
  ],
  writeAppealPack: [{ field: 'outPath', use: 'write' }],
  writeLetter: [{ field: 'outPath', use: 'write' }],
};

type Resolved =
  { ok: true; input: unknown; restore: (value: unknown) => unknown } | { ok: false; code: ErrorCode; message: string };

const NOT_CHOSEN = {
  ok: false as const,
  code: 'file-not-chosen' as const,
  message:
    'Casebook can only use files you chose in a Casebook window (with Choose files, Save, or by dragging them in). Choose the file again.',
};

/** Replaces every string that starts with a resolved path by its token, deep inside a value. */
function mapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
}

export function createFileTokens() {
  const issued = new Map<string, { path: string; use: FileUse }>();
  /** Paths the user chose to save to: Casebook may open or show them afterwards. */
  const saved = new Set<string>();
  const jobRestores = new Map<string, (value: unknown) => unknown>();

  function resolveToken(token: unknown, use: FileUse): string | undefined {
    if (typeof token !== 'string' || !token.startsWith(TOKEN_PREFIX)) return undefined;
    const rest = token.slice(TOKEN_PREFIX.length);
    const slash = rest.indexOf('/');
    const entry = issued.get(slash < 0 ? rest : rest.slice(0, slash));
    if (!entry || entry.use !== use) return undefined;
    const shown = slash < 0 ? '' : rest.slice(slash + 1);
    const name = basename(entry.path);
    if (shown === name) return entry.path;
    // A file inside a chosen folder: only below it, never ../ out of it.
    if (use !== 'read' || !shown.startsWith(`${name}/`)) return undefined;
    const inner = normalize(join(entry.path, shown.slice(name.length + 1)));
    const rel = relative(entry.path, inner);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? inner : undefined;
  }

  return {
    /** A token for a path the user chose: `read` for files to import, `write` for where to save. */
    issue(path: string, use: FileUse): string {
      const id = randomUUID();
      issued.set(id, { path, use });
      if (use === 'write') saved.add(path);
      return `${TOKEN_PREFIX}${id}/${basename(path)}`;
    },

    resolve: resolveToken,

    /**
     * A call's input with its file tokens swapped for real paths, or a refusal when the renderer
     * sent anything else there. `restore` turns those paths back into tokens in what the call
     * reports (progress, outcomes), so the screen can match them to what it sent.
     */
    resolveInput(name: string, input: unknown): Resolved {
      const fields = FILE_FIELDS[name];
      if (!fields || !input || typeof input !== 'object') return { ok: true, input, restore: (v) => v };
      const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
      const back: [string, string][] = [];
      for (const { field, use } of fields) {
        const value = out[field];
        if (value === undefined) continue;
        const tokens = Array.isArray(value) ? value : [value];
        const paths = tokens.map((t) => resolveToken(t, use));
        if (paths.some((p) => p === undefined)) return NOT_CHOSEN;
        // Import progress and outcomes name the files read: shown back as the tokens sent.
        if (use === 'read') paths.forEach((p, i) => back.push([p!, tokens[i] as string]));
        out[field] = Array.isArray(value) ? paths : paths[0];
      }
      back.sort((a, b) => b[0].length - a[0].length);
      const restore = (v: unknown) =>
        mapStrings(v, (s) => {
          const hit = back.find(([path]) => s === path || s.startsWith(`${path}/`) || s.startsWith(`${path} › `));
          return hit ? hit[1] + s.slice(hit[0].length) : s;
        });
      return { ok: true, input: out, restore };
    },

    /** Remember how to restore tokens in a running job's events. */
    watchJob(jobId: string, restore: (value: unknown) => unknown): void {
      jobRestores.set(jobId, restore);
    },

    /** A job's event as the renderer should see it: paths it was given back as its tokens. */
    restoreEvent(event: JobEvent): JobEvent {
      const restore = jobRestores.get(event.jobId);
      if (!restore) return event;
      if (event.type === 'done') jobRestores.delete(event.jobId);
      return event.type === 'progress'
        ? { ...event, progress: restore(event.progress) as typeof event.progress }
        : { ...event, result: restore(event.result) as typeof event.result };
    },

    /** Files Casebook may open or show: one the user chose to save to, or one inside a case folder. */
    mayOpen(path: string, caseDirs: readonly string[]): boolean {
      if (saved.has(path)) return true;
      return caseDirs.some((dir) => {
        const rel = relative(dir, path);
        return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      });
    },
  };
}

export type FileTokens = ReturnType<typeof createFileTokens>;
