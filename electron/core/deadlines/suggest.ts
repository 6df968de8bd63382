import type { EventKind, EventSuggestion, TimelineEvent } from '../../../shared/deadlines.ts';
import type { DocumentKind, DocumentSummary } from '../../../shared/documents.ts';
import { formatDay } from './dates.ts';

/**
 * Events a document's kind and date suggest; the user confirms each (a letter's printed date is
 * not always the day it was sent, and the appeal clock runs from when it was sent). Until then the
 * timeline counts provisional deadlines from the documents' own dates.
 * Title patterns are general wording, not any one LA's.
 */
const BY_TITLE: { pattern: RegExp; kind: EventKind; what: string; kinds?: DocumentKind[] }[] = [
  { pattern: /mediation certificate|certificate\b.*mediation/i, kind: 'certificate', what: 'a mediation certificate' },
  { pattern: /\bdraft\b.*\b(ehc|plan)\b|\b(ehc|plan)\b.*\bdraft\b/i, kind: 'draft-served', what: 'a draft plan' },
  {
    pattern: /amendment notice|proposed amendments|notice of amendment/i,
    kind: 'amendment-notice',
    what: 'an amendment notice',
  },
  { pattern: /review meeting|annual review report/i, kind: 'review-meeting', what: 'an annual review' },
  // Only the family's own letter is the request; the LA's answer quotes it in its "Re:" line.
  {
    pattern: /\brequest(?:ing)? (?:for )?an? (?:ehc|education,? health (?:and|&) care)? ?(?:needs )?assessment\b/i,
    kind: 'assessment-request',
    what: 'a request for an EHC needs assessment',
    kinds: ['correspondence', 'evidence', 'other'],
  },
];

/** The event a document's kind stands for when its title says nothing more specific. */
const BY_KIND: Partial<Record<DocumentKind, { kind: EventKind; what: string }>> = {
  'mediation-certificate': { kind: 'certificate', what: 'a mediation certificate' },
  'decision-letter': { kind: 'decision-sent', what: 'a decision letter' },
  plan: { kind: 'final-plan', what: 'a final EHC plan' },
};

/** The date to confirm, for each event a document can suggest: what the clock really runs from. */
export const CONFIRM_WHAT: Partial<Record<EventKind, string>> = {
  'decision-sent': 'the date the letter was sent',
  certificate: 'the date of the certificate',
  'final-plan': 'the date the plan was issued',
  'draft-served': 'the date the draft plan reached you',
  'amendment-notice': 'the date the proposed amendments reached you',
  'review-meeting': 'the date of the review meeting',
  'assessment-request': 'the date the LA received the request',
};

export function guessEvent(
  doc: Pick<DocumentSummary, 'title' | 'fileName' | 'kind'>,
): { kind: EventKind; what: string } | undefined {
  // The certificate's kind outranks its title: "… certificate" letters are not always certificates.
  if (doc.kind === 'mediation-certificate') return BY_KIND['mediation-certificate'];
  for (const t of BY_TITLE) {
    if (t.kinds && !t.kinds.includes(doc.kind)) continue;
    if (t.pattern.test(doc.title) || t.pattern.test(doc.fileName)) return t;
  }
  return BY_KIND[doc.kind];
}

export function suggestEvents(documents: DocumentSummary[], events: TimelineEvent[]): EventSuggestion[] {
  const out: EventSuggestion[] = [];
  for (const doc of documents) {
    if (!doc.date) continue;
    const g = guessEvent(doc);
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
