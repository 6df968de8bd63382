import { z } from 'zod';
import { IsoDate } from './documents.ts';

/**
 * Deadlines, the case timeline and the correspondence log: schemas for everything that crosses
 * the core → CLI/app boundary. The rules themselves are data in electron/core/deadlines/rules.ts.
 */

/** A real calendar day, YYYY-MM-DD: the same schema as documents' dates. */
export const IsoDay = IsoDate;

/** Who must act before the deadline. */
export const Party = z.enum([
  'family',
  'la',
  'school',
  'professionals',
  'mediation',
  'health',
  'tribunal',
  'governing-body',
]);
export type Party = z.infer<typeof Party>;

export const PARTY_LABELS: Record<Party, string> = {
  family: 'You (the family)',
  la: 'Local authority',
  school: 'School or local authority',
  professionals: 'Professionals giving advice',
  mediation: 'Mediation service',
  health: 'Health commissioner',
  tribunal: 'Tribunal',
  'governing-body': "School's governing body",
};

/**
 * How the last day is treated when it is not a working day (DOMAIN.md §5):
 * raw — SEND Regs duties never move; hesc-r12-2 — tribunal acts roll to the next working day;
 * appeal-r12-3a — the appeal itself also moves out of 25 Dec–1 Jan and August;
 * hesc-r12-3b — tribunal acts counted in days skip 25 Dec–1 Jan and August, then r12(2);
 * ico — subject access: next working day.
 */
export const EndDay = z.enum(['raw', 'hesc-r12-2', 'appeal-r12-3a', 'hesc-r12-3b', 'ico']);
export type EndDay = z.infer<typeof EndDay>;

export const Unit = z.enum(['days', 'days-inclusive', 'weeks', 'months', 'working-days', 'school-days', 'fixed']);
export type Unit = z.infer<typeof Unit>;

/** A timeline event kind: what happened in the case. Each rule starts from one of these. */
export const EventKind = z.enum([
  'assessment-request',
  'assessment-decision',
  'assessment-refused',
  'advice-requested',
  'advice-received',
  'no-plan-decision',
  'draft-served',
  'draft-response-sent',
  'final-plan',
  'decision-sent',
  'mediation-contacted',
  'mediation-declined',
  'mediation-requested',
  'mediation-health-notified',
  'mediation-held',
  'mediation-agreement',
  'mediation-agreement-done',
  'certificate',
  'appeal-sent',
  'appeal-registered',
  'la-response',
  'hearing',
  'review-meeting',
  'review-report',
  'review-decision',
  'amendment-notice',
  'amendment-comments-sent',
  'amended-plan',
  'recommendation-decision',
  'recommendation-response',
  'sar-received',
  'sar-response',
  'record-request-received',
  'record-received',
  'complaint-received',
  'complaint-response',
  'phase-transfer',
  'other',
]);
export type EventKind = z.infer<typeof EventKind>;

export const OrderKind = z.enum([
  'assess',
  'make-plan',
  'amend',
  'school',
  'cease',
  'conceded-assess',
  'conceded-amend',
]);
export type OrderKind = z.infer<typeof OrderKind>;

export const RuleEvent = z.object({
  /** The CLI flag without dashes, e.g. "decision" for --decision. */
  flag: z.string(),
  label: z.string(),
  required: z.boolean(),
});

export const RuleSummary = z.object({
  rule: z.string(),
  title: z.string(),
  events: z.array(RuleEvent),
  length: z.string(),
  who: Party,
  endDay: EndDay,
  source: z.string(),
  ruleText: z.string(),
  parameters: z.array(z.object({ flag: z.string(), label: z.string(), default: z.number().optional() })),
});
export type RuleSummary = z.infer<typeof RuleSummary>;

export const DeadlineResult = z.object({
  rule: z.string(),
  title: z.string(),
  date: IsoDay,
  /** The date the plain count gives, before any end-day treatment. */
  rawDate: IsoDay,
  basis: z.string(),
  source: z.string(),
  ruleText: z.string(),
  who: Party,
  warnings: z.array(z.string()),
  notes: z.array(z.string()),
});
export type DeadlineResult = z.infer<typeof DeadlineResult>;

/** User-set calendar facts: proclaimed one-off bank holidays and the school's term dates. */
export const TermRange = z.object({ start: IsoDay, end: IsoDay });
export type TermRange = z.infer<typeof TermRange>;
export const CalendarSettings = z.object({
  extraHolidays: z.array(IsoDay).default([]),
  terms: z.array(TermRange).optional(),
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const TimelineEvent = z.object({
  eventId: z.number().int().positive(),
  kind: EventKind,
  date: IsoDay,
  note: z.string().optional(),
  documentId: z.number().int().positive().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const NewTimelineEvent = TimelineEvent.omit({ eventId: true });
export type NewTimelineEvent = z.infer<typeof NewTimelineEvent>;

export const TribunalOrder = z.object({
  orderId: z.number().int().positive(),
  kind: OrderKind,
  date: IsoDay,
  text: z.string(),
  /** rule id → the date the LA complied. */
  met: z.record(z.string(), IsoDay),
});
export type TribunalOrder = z.infer<typeof TribunalOrder>;

export const DeadlineStatus = z.enum(['met', 'due', 'missed']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

export const TimelineDeadline = DeadlineResult.extend({
  status: DeadlineStatus,
  /** Positive: days left; negative: days overdue (relative to "today"). */
  daysLeft: z.number().int(),
  metOn: IsoDay.optional(),
  metLate: z.boolean().optional(),
  /**
   * What started the clock: a recorded event, a tribunal order, or (provisional) a document whose
   * date implies the event until the user confirms it.
   */
  startedBy: z.object({
    eventId: z.number().int().optional(),
    orderId: z.number().int().optional(),
    documentId: z.number().int().optional(),
    date: IsoDay,
  }),
  /**
   * Counted from a document's own date, not a confirmed event: true until the user confirms
   * (or changes) the date the clock really started (a letter is not always sent the day it is dated).
   */
  provisional: z.boolean().optional(),
  /** For a provisional deadline: the documents whose dates it was counted from, to confirm. */
  provisionalFrom: z.array(z.number().int().positive()).optional(),
  /** One line for a parent: "Appeal by 24 September 2026 (provisional: confirm the date the letter was sent)". */
  headline: z.string(),
  /** For a missed deadline someone else owed: the letter template to send. */
  chaser: z.string().optional(),
  /** For a missed deadline: what can still be done, in plain words (a late appeal with reasons, SENDIASS). */
  ifMissed: z.array(z.string()).optional(),
});
export type TimelineDeadline = z.infer<typeof TimelineDeadline>;

export const EventSuggestion = z.object({
  documentId: z.number().int().positive(),
  kind: EventKind,
  date: IsoDay,
  reason: z.string(),
});
export type EventSuggestion = z.infer<typeof EventSuggestion>;

export const CaseTimeline = z.object({
  today: IsoDay,
  events: z.array(TimelineEvent),
  orders: z.array(TribunalOrder),
  deadlines: z.array(TimelineDeadline),
  suggestions: z.array(EventSuggestion),
  problems: z.array(z.string()),
});
export type CaseTimeline = z.infer<typeof CaseTimeline>;

export const Direction = z.enum(['sent', 'received']);
export const Channel = z.enum(['letter', 'email', 'call', 'meeting', 'other']);

export const NewLogEntry = z.object({
  date: IsoDay,
  direction: Direction,
  channel: Channel.default('letter'),
  from: z.string().min(1),
  to: z.string().min(1),
  subject: z.string().min(1),
  summary: z.string().optional(),
  replyDue: IsoDay.optional(),
  documentId: z.number().int().positive().optional(),
});
export type NewLogEntry = z.input<typeof NewLogEntry>;

export const LogEntry = NewLogEntry.extend({
  entryId: z.number().int().positive(),
  repliedOn: IsoDay.optional(),
  overdue: z.boolean(),
  daysOverdue: z.number().int().optional(),
});
export type LogEntry = z.infer<typeof LogEntry>;

/** Plain words for each event, for forms and the timeline (the CLI uses the kind ids). */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  'assessment-request': 'LA received the request for an assessment',
  'assessment-decision': 'LA decided to carry out an assessment',
  'assessment-refused': 'LA refused to carry out an assessment',
  'advice-requested': 'LA asked a professional for advice',
  'advice-received': 'Professional advice received',
  'no-plan-decision': 'LA decided not to issue a plan',
  'draft-served': 'Draft plan (or draft amended plan) received',
  'draft-response-sent': 'We sent our comments on the draft',
  'final-plan': 'Final plan issued',
  'decision-sent': 'LA sent a decision we can appeal',
  'mediation-contacted': 'We contacted the mediation adviser',
  'mediation-declined': 'We told the adviser we do not want mediation',
  'mediation-requested': 'We told the LA we want mediation',
  'mediation-health-notified': 'LA told health commissioners about mediation',
  'mediation-held': 'Mediation took place (or could not be arranged)',
  'mediation-agreement': 'Mediation agreement made',
  'mediation-agreement-done': 'LA did what was agreed at mediation',
  certificate: 'Mediation certificate issued',
  'appeal-sent': 'We sent the appeal to the tribunal',
  'appeal-registered': 'Tribunal registered the appeal',
  'la-response': "LA's response to the appeal received",
  hearing: 'Hearing',
  'review-meeting': 'Annual review meeting',
  'review-report': 'Review report sent',
  'review-decision': 'LA decision after the review',
  'amendment-notice': 'Proposed amendments received',
  'amendment-comments-sent': 'We sent our comments on the amendments',
  'amended-plan': 'Final amended plan issued',
  'recommendation-decision': 'Tribunal made a health or social care recommendation',
  'recommendation-response': 'Answer to the recommendation received',
  'sar-received': 'Our subject access request was received',
  'sar-response': 'Subject access reply received',
  'record-request-received': 'School received our request for the educational record',
  'record-received': 'Educational record received',
  'complaint-received': 'LA received our complaint',
  'complaint-response': 'Complaint reply received',
  'phase-transfer': 'Move to a new school phase (date of the move)',
  other: 'Something else',
};

export const ORDER_KIND_LABELS: Record<OrderKind, string> = {
  assess: 'Order to carry out an EHC needs assessment',
  'make-plan': 'Order to make and maintain an EHC plan',
  amend: 'Order to amend the plan (needs, provision, school)',
  school: 'Order changing only the school named',
  cease: 'Cease-to-maintain appeal decided',
  'conceded-assess': 'LA conceded: it will assess',
  'conceded-amend': 'LA conceded: it will amend the plan',
};

export const STATUS_LABELS: Record<DeadlineStatus, string> = { met: 'Met', due: 'Due', missed: 'Missed' };
