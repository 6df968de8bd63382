import type { CaseTimeline } from '../../../shared/deadlines.ts';
import { getCalendarSettings, listTimelineEvents, listTribunalOrders } from '../store/deadlines.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { listDocuments } from '../store/documents.ts';
import { localToday } from './dates.ts';
import { buildTimeline } from './timeline.ts';

/** The case's timeline read from its store; `today` is injectable so tests can fix the date. */
export function caseTimeline(store: CaseStore, today: string = localToday()): CaseTimeline {
  return buildTimeline({
    today,
    events: listTimelineEvents(store),
    orders: listTribunalOrders(store),
    documents: listDocuments(store),
    settings: getCalendarSettings(store),
  });
}
