import { writeOutput } from '../store/safeOutput.ts';
import type { deadlineCalls } from '../../../shared/contract/deadlines.ts';
import type { CalendarSettings } from '../../../shared/deadlines.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { caseTimeline } from '../deadlines/caseTimeline.ts';
import { confirmSuggestion } from '../deadlines/confirmSuggestion.ts';
import { addLogEntry, correspondenceLog, logToCsv, redirectEmailEntries } from '../deadlines/correspondence.ts';
import { calendarFor, computeDeadline } from '../deadlines/engine.ts';
import { timelineToIcs } from '../deadlines/ics.ts';
import { logToPdf } from '../deadlines/logPdf.ts';
import { findRule, RULES, summariseRule } from '../deadlines/rules.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { deleteLogEntry, setReplied } from '../store/correspondence.ts';
import {
  addOwnAddresses,
  addTimelineEvent,
  addTribunalOrder,
  deleteTimelineEvent,
  getCalendarSettings,
  getOwnAddresses,
  listTribunalOrders,
  setCalendarSettings,
  setOrderCompliance,
} from '../store/deadlines.ts';
import { getDocument } from '../store/documents.ts';
import type { HandlerContext, HandlersFor } from './types.ts';

function withStore<T>(ctx: HandlerContext, caseDir: string, fn: (store: CaseStore) => Result<T>): Result<T> {
  const store = ctx.store(caseDir);
  return store.ok ? fn(store.value) : store;
}

async function withStoreAsync<T>(
  ctx: HandlerContext,
  caseDir: string,
  fn: (store: CaseStore) => Promise<Result<T>>,
): Promise<Result<T>> {
  const store = ctx.store(caseDir);
  return store.ok ? fn(store.value) : store;
}

export const deadlineHandlers: HandlersFor<typeof deadlineCalls> = {
  listDeadlineRules: () => ok(RULES.map(summariseRule)),
  computeDeadline: ({ rule, dates, params, caseDir, extraHolidays = [], terms }, ctx) => {
    const compute = (saved: CalendarSettings) =>
      computeDeadline(
        { rule, dates, ...(params ? { params } : {}) },
        calendarFor({
          extraHolidays: [...saved.extraHolidays, ...extraHolidays],
          ...(terms ? { terms } : saved.terms ? { terms: saved.terms } : {}),
        }),
      );
    if (!caseDir) return compute({ extraHolidays: [] });
    return withStore(ctx, caseDir, (store) => compute(getCalendarSettings(store)));
  },
  getTimeline: ({ caseDir, today }, ctx) => withStore(ctx, caseDir, (store) => ok(caseTimeline(store, today))),
  addTimelineEvent: ({ caseDir, event }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      if (event.documentId !== undefined && !getDocument(store, event.documentId)) {
        return fail('not-found', `Document ${event.documentId} is not in this case any more.`);
      }
      return ok(addTimelineEvent(store, event));
    }),
  confirmSuggestedEvent: ({ caseDir, documentId }, ctx) =>
    withStore(ctx, caseDir, (store) => confirmSuggestion(store, documentId)),
  changeSuggestedEventDate: ({ caseDir, documentId, date }, ctx) =>
    withStore(ctx, caseDir, (store) => confirmSuggestion(store, documentId, date)),
  removeTimelineEvent: ({ caseDir, eventId }, ctx) =>
    withStore(ctx, caseDir, (store) => ok({ removed: deleteTimelineEvent(store, eventId) })),
  addTribunalOrder: ({ caseDir, kind, date, text }, ctx) =>
    withStore(ctx, caseDir, (store) => ok(addTribunalOrder(store, { kind, date, text }))),
  setOrderCompliance: ({ caseDir, orderId, rule, metOn }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const order = listTribunalOrders(store).find((o) => o.orderId === orderId);
      if (!order) return fail('not-found', `Order ${orderId} is not in this case.`);
      if (!findRule(rule)?.orderKinds?.includes(order.kind))
        return fail('bad-input', `${rule} is not one of this order's deadlines.`);
      setOrderCompliance(store, orderId, rule, metOn);
      const updated = listTribunalOrders(store).find((o) => o.orderId === orderId);
      return updated ? ok(updated) : fail('not-found', `Order ${orderId} is not in this case.`);
    }),
  getCalendarSettings: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(getCalendarSettings(store))),
  setCalendarSettings: ({ caseDir, extraHolidays, terms }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      setCalendarSettings(store, { ...(extraHolidays ? { extraHolidays } : {}), ...(terms ? { terms } : {}) });
      return ok(getCalendarSettings(store));
    }),
  getCorrespondenceLog: ({ caseDir, today, search }, ctx) =>
    withStore(ctx, caseDir, (store) =>
      ok(correspondenceLog(store, { ...(today ? { today } : {}), ...(search ? { search } : {}) })),
    ),
  addOwnAddresses: ({ caseDir, addresses }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      addOwnAddresses(store, addresses);
      redirectEmailEntries(store);
      return ok({ addresses: getOwnAddresses(store) });
    }),
  addLogEntry: ({ caseDir, entry }, ctx) => withStore(ctx, caseDir, (store) => addLogEntry(store, entry)),
  setLogReplied: ({ caseDir, entryId, repliedOn }, ctx) =>
    withStore(ctx, caseDir, (store) => ok({ updated: setReplied(store, entryId, repliedOn) })),
  removeLogEntry: ({ caseDir, entryId }, ctx) =>
    withStore(ctx, caseDir, (store) => ok({ removed: deleteLogEntry(store, entryId) })),
  exportCorrespondence: ({ caseDir, format, path, search }, ctx) =>
    withStoreAsync(ctx, caseDir, async (store) => {
      const entries = correspondenceLog(store, search ? { search } : {});
      const written = writeOutput(
        store.dir,
        path,
        format === 'csv' ? logToCsv(entries) : await logToPdf(entries, getCaseInfo(store).childName),
      );
      return written.ok ? ok({ path: written.value, entries: entries.length }) : written;
    }),
  exportCalendar: ({ caseDir, path, today }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const t = caseTimeline(store, today);
      const written = writeOutput(store.dir, path, timelineToIcs(t, getCaseInfo(store).childName));
      return written.ok ? ok({ path: written.value, deadlines: t.deadlines.length }) : written;
    }),
};
