import { z } from 'zod';
import {
  CalendarSettings,
  CaseTimeline,
  DeadlineResult,
  IsoDay,
  LogEntry,
  NewLogEntry,
  NewTimelineEvent,
  OrderKind,
  RuleSummary,
  TermRange,
  TimelineEvent,
  TribunalOrder,
} from '../deadlines.ts';
import { CaseRef, defineCall } from './define.ts';

const Today = { today: IsoDay.optional() };

/** Deadlines, the case timeline and the correspondence log. */
export const deadlineCalls = {
  listDeadlineRules: defineCall({
    description: 'Every statutory timescale Casebook knows, with the dates each needs.',
    input: z.object({}),
    output: z.array(RuleSummary),
  }),
  computeDeadline: defineCall({
    description: 'Work out one deadline from its start date(s), with the rule, source and reasoning.',
    input: z.object({
      rule: z.string().min(1),
      dates: z.record(z.string(), IsoDay),
      params: z.record(z.string(), z.number().int().nonnegative()).optional(),
      /** The case whose proclaimed holidays and term dates count (those given here are added). */
      caseDir: z.string().min(1).optional(),
      extraHolidays: z.array(IsoDay).optional(),
      /** School term dates; replace the case's when given. */
      terms: z.array(TermRange).optional(),
    }),
    output: DeadlineResult,
  }),
  getTimeline: defineCall({
    description:
      "The case's events, tribunal orders and every deadline they start (met, due or missed), with suggested events.",
    input: CaseRef.extend(Today),
    output: CaseTimeline,
  }),
  addTimelineEvent: defineCall({
    description: 'Record something that happened (a request, a decision sent, a meeting), or confirm a suggested one.',
    input: CaseRef.extend({ event: NewTimelineEvent }),
    output: TimelineEvent,
  }),
  confirmSuggestedEvent: defineCall({
    description:
      "Confirm the date a document implies (a decision letter's date as the day it was sent): its provisional deadlines become firm.",
    input: CaseRef.extend({ documentId: z.number().int().positive() }),
    output: TimelineEvent,
  }),
  changeSuggestedEventDate: defineCall({
    description:
      'Record the day the clock really started for a document (the letter was sent or arrived on another day): its deadlines are counted from that date.',
    input: CaseRef.extend({ documentId: z.number().int().positive(), date: IsoDay }),
    output: TimelineEvent,
  }),
  removeTimelineEvent: defineCall({
    description: 'Remove an event entered by mistake.',
    input: CaseRef.extend({ eventId: z.number().int().positive() }),
    output: z.object({ removed: z.boolean() }),
  }),
  addTribunalOrder: defineCall({
    description: 'Record a tribunal order; its compliance deadlines (SEND Regs 44) are tracked.',
    input: CaseRef.extend({ kind: OrderKind, date: IsoDay, text: z.string() }),
    output: TribunalOrder,
  }),
  setOrderCompliance: defineCall({
    description: 'Record the date the LA did what an order required (null clears it).',
    input: CaseRef.extend({ orderId: z.number().int().positive(), rule: z.string().min(1), metOn: IsoDay.nullable() }),
    output: TribunalOrder,
  }),
  getCalendarSettings: defineCall({
    description: "Proclaimed bank holidays and the school's term dates used for counting.",
    input: CaseRef,
    output: CalendarSettings,
  }),
  setCalendarSettings: defineCall({
    description: "Set proclaimed bank holidays and/or the school's term dates.",
    input: CaseRef.extend({ extraHolidays: z.array(IsoDay).optional(), terms: z.array(TermRange).optional() }),
    output: CalendarSettings,
  }),
  addOwnAddresses: defineCall({
    description: 'Remember email addresses as the family’s own, so emails from them are logged as sent.',
    input: CaseRef.extend({ addresses: z.array(z.email()).min(1) }),
    output: z.object({ addresses: z.array(z.string()) }),
  }),
  getCorrespondenceLog: defineCall({
    description: 'The correspondence log, oldest first, overdue replies flagged; imported emails are added first.',
    input: CaseRef.extend({ ...Today, search: z.string().optional() }),
    output: z.array(LogEntry),
  }),
  addLogEntry: defineCall({
    description: 'Log a letter, email, call or meeting.',
    input: CaseRef.extend({ entry: NewLogEntry }),
    output: LogEntry,
  }),
  setLogReplied: defineCall({
    description: 'Record the date a reply arrived (null clears it).',
    input: CaseRef.extend({ entryId: z.number().int().positive(), repliedOn: IsoDay.nullable() }),
    output: z.object({ updated: z.boolean() }),
  }),
  removeLogEntry: defineCall({
    description: 'Remove a log entry made by mistake.',
    input: CaseRef.extend({ entryId: z.number().int().positive() }),
    output: z.object({ removed: z.boolean() }),
  }),
  exportCorrespondence: defineCall({
    description: 'Write the log as CSV or PDF to a path the user chose.',
    input: CaseRef.extend({ format: z.enum(['csv', 'pdf']), path: z.string().min(1), search: z.string().optional() }),
    output: z.object({ path: z.string(), entries: z.number().int() }),
  }),
  exportCalendar: defineCall({
    description: "Write the case's deadlines as an .ics calendar file to a path the user chose.",
    input: CaseRef.extend({ path: z.string().min(1), ...Today }),
    output: z.object({ path: z.string(), deadlines: z.number().int() }),
  }),
};
