import type { EventKind, EventSuggestion, TimelineEvent } from '../../../shared/deadlines.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { formatDay } from './dates.ts';

/**
 * Events a document's kind and date suggest; the user confirms each (a letter's printed date is
 * not always the day it was sent, and the appeal clock runs from when it was sent).
 * Title patterns are general wording, not any one LA's.
 */
const BY_TITLE: { pattern: RegExp; kind: EventKind; what: string }[] = [
  { pattern: /mediation certificate|certificate\b.*mediation/i, kind: 'certificate', what: 'a mediation certificate' },
  { pattern: /\bdraft\b.*\b(ehc|plan)\b|\b(ehc|plan)\b.*\bdraft\b/i, kind: 'draft-served', what: 'a draft plan' },
  { pattern: /amendment notice|proposed amendments|notice of amendment/i, kind: 'amendment-notice', what: 'an amendment notice' },
  { pattern: /review meeting|annual review report/i, kind: 'review-meeting', what: 'an annual review' },
];

function guess(doc: DocumentSummary): { kind: EventKind; what: string } | undefined {
  for (const t of BY_TITLE) if (t.pattern.test(doc.title) || t.pattern.test(doc.fileName)) return t;
  if (doc.kind === 'decision-letter') return { kind: 'decision-sent', what: 'a decision letter' };
  if (doc.kind === 'plan') return { kind: 'final-plan', what: 'a final EHC plan' };
  return undefined;
}

export function suggestEvents(documents: DocumentSummary[], events: TimelineEvent[]): EventSuggestion[] {
  const out: EventSuggestion[] = [];
  for (const doc of documents) {
    if (!doc.date) continue;
    const g = guess(doc);
    if (!g) continue;
    const already = events.some((e) => e.documentId === doc.documentId || (e.kind === g.kind && e.date === doc.date));
    if (already) continue;
    out.push({
      documentId: doc.documentId,
      kind: g.kind,
      date: doc.date,
      reason: `"${doc.title}" looks like ${g.what} dated ${formatDay(doc.date)}. Confirm the date it was sent or served — that starts the clock.`,
    });
  }
  return out;
}
