/** en-GB wording used everywhere in the UI: "10 July 2026", "1 document", "3 pages". */
const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
/** A calendar date (2026-07-10) is the same day everywhere: format it as UTC so it never shifts. */
const calendarDay = new Intl.DateTimeFormat('en-GB', { ...DAY, timeZone: 'UTC' });
/** A moment (when a case was started) is shown as the day it was where the user is. */
const localDay = new Intl.DateTimeFormat('en-GB', DAY);

/** An ISO date (2026-07-10) or timestamp as "10 July 2026". */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return (dateOnly ? calendarDay : localDay).format(d);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** The last part of a path, whichever separator the OS uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The folder part of a path (everything before the last separator). */
export function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return at > 0 ? path.slice(0, at) : path;
}
