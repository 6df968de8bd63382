import { z } from 'zod';
import type { DocumentSummary } from '../../../shared/documents.ts';
import type { CaseDetails, Enclosure } from '../../../shared/papers.ts';
import enclosuresJson from './enclosures.json' with { type: 'json' };

const EnclosureRule = z.object({
  id: z.string(),
  name: z.string(),
  when: z.enum(['always', 'unless-section-i-only', 'independent-school']),
  kinds: z.array(z.string()).default([]),
  title: z.string().optional(),
  notTitle: z.string().optional(),
  text: z.string().optional(),
  generated: z.boolean().default(false),
  missing: z.string(),
  /** Said when the enclosure is not needed for this appeal. */
  notNeeded: z.string().optional(),
});
export type EnclosureRule = z.infer<typeof EnclosureRule>;
export const ENCLOSURES = z.object({ enclosures: z.array(EnclosureRule) }).parse(enclosuresJson).enclosures;

const re = (p: string | undefined, flags = 'iu') => (p ? new RegExp(p, flags) : undefined);
const newestFirst = (a: DocumentSummary, b: DocumentSummary) =>
  (b.date ?? '').localeCompare(a.date ?? '') || (a.sourceType === 'pdf' ? -1 : 1);

/** Whether an enclosure is needed for this appeal (a Section I-only appeal needs no certificate, SEND Regs 33). */
export function needed(rule: EnclosureRule, details: CaseDetails): boolean {
  if (rule.when === 'unless-section-i-only') return !details.sectionIOnly;
  if (rule.when === 'independent-school') return Boolean(details.requestedSchoolIndependent);
  return true;
}

/**
 * The document for one enclosure: a document of one of its kinds whose title matches (or, for
 * kinds that hold many things, whose first page says so), newest first. A plan's own kind is
 * enough; a letter must also say what it is.
 */
export function findDocument(
  rule: EnclosureRule,
  docs: DocumentSummary[],
  firstPage: (id: number) => string,
): DocumentSummary | undefined {
  const title = re(rule.title);
  const notTitle = re(rule.notTitle);
  const text = re(rule.text, 'imu');
  const candidates = docs.filter((d) => rule.kinds.includes(d.kind) && !notTitle?.test(d.title)).sort(newestFirst);
  if (!title && !text) return candidates[0];
  return candidates.find((d) => title?.test(d.title)) ?? candidates.find((d) => text?.test(firstPage(d.documentId)));
}

export function enclosureStatus(rule: EnclosureRule, doc: DocumentSummary | undefined, note?: string): Enclosure {
  if (!doc) return { name: rule.name, status: 'missing', note: note ?? rule.missing };
  return { name: rule.name, status: 'found', documentId: doc.documentId, ...(note ? { note } : {}) };
}
