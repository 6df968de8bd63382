import type { TimelineEvent } from '../../../shared/deadlines.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { addTimelineEvent, deleteTimelineEvent, listTimelineEvents } from '../store/deadlines.ts';
import { getDocument } from '../store/documents.ts';
import { caseTimeline } from './caseTimeline.ts';

/**
 * Turns what a document suggests into a recorded event: with no date, the document's own date
 * (Confirm); with a date, the day the clock really started (Change date: the letter was sent, or
 * reached you, on another day). The provisional deadlines counted from it become firm.
 */
export function confirmSuggestion(store: CaseStore, documentId: number, date?: string): Result<TimelineEvent> {
  const doc = getDocument(store, documentId);
  if (!doc) return fail('not-found', `Document ${documentId} is not in this case any more.`);
  const recorded = listTimelineEvents(store).find((e) => e.documentId === documentId);
  if (recorded && date) {
    // Already confirmed: changing the date replaces the event, keeping what it is and its note.
    const { eventId, ...event } = recorded;
    return ok(
      store.db.transaction(() => {
        deleteTimelineEvent(store, eventId);
        return addTimelineEvent(store, { ...event, date });
      })(),
    );
  }
  const suggestion = caseTimeline(store).suggestions.find((s) => s.documentId === documentId);
  if (!suggestion) {
    return fail(
      'nothing-to-confirm',
      `"${doc.title}" does not start a deadline Casebook knows, or its date is already recorded. Add the event on the timeline instead.`,
    );
  }
  return ok(addTimelineEvent(store, { kind: suggestion.kind, date: date ?? suggestion.date, documentId }));
}
