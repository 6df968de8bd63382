import type { DocumentSummary } from '../../../shared/documents.ts';

/**
 * A report as a parent knows it: by who wrote it and their profession ("Dr Ruth Okafor,
 * educational psychologist"), not by its file name. Falls back to the report's title.
 */
export function reportName(doc: Pick<DocumentSummary, 'author' | 'profession' | 'title' | 'fileName'> | undefined): string {
  if (!doc) return 'A report';
  const author = doc.author?.trim();
  const profession = doc.profession?.trim();
  // "Educational Psychologist" after a name reads as a job, in lower case ("speech and language therapist").
  // Acronyms (SENCo, NHS) keep their capitals.
  const job = (profession ?? '').replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
  if (author && job && !author.toLowerCase().includes(job.toLowerCase())) return `${author}, ${job}`;
  if (author) return author;
  if (job) return `The ${job}’s report`;
  return doc.title || doc.fileName;
}

/** documentId → the report's name, for every document in the case. */
export const reportNames = (docs: DocumentSummary[]): Map<number, string> => new Map(docs.map((d) => [d.documentId, reportName(d)]));

/**
 * Text that cites reports by file name ("Source: 01-ep-report.pdf, page 3") with each report's
 * name instead, for wording a parent copies into a letter.
 */
export function citeByName(text: string, byFile: Map<string, string>): string {
  let out = text;
  for (const [file, name] of byFile) out = out.split(file).join(name);
  return out;
}
