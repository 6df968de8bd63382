import { formatDay } from './deadlineWords.ts';

/** What a report is known by: who wrote it, their profession, its title and date. */
export interface NamedReport {
  author?: string | null;
  profession?: string | null;
  title?: string | null;
  fileName: string;
  /** ISO date (2026-05-12). */
  date?: string | null;
}

/**
 * A report as a parent knows it, by who wrote it and their profession ("Dr Ruth Okafor,
 * educational psychologist, 12 May 2026"), never by its file name unless nothing else is known.
 * Without an author, its title. Used by the app, the wording to ask for, the gap report and the
 * CLI, so a report is named the same everywhere.
 */
export function reportName(doc: NamedReport, opts: { withDate?: boolean } = {}): string {
  const author = doc.author?.trim();
  // "Educational Psychologist" after a name reads as a job, in lower case; acronyms (SENCo, NHS) keep their capitals.
  const job = (doc.profession?.trim() ?? '').replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
  const who =
    author && job && !author.toLowerCase().includes(job.toLowerCase())
      ? `${author}, ${job}`
      : author || (job ? `The ${job}’s report` : doc.title?.trim() || doc.fileName);
  const date =
    opts.withDate !== false && doc.date && /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? formatDay(doc.date) : undefined;
  return date ? `${who}, ${date}` : who;
}
