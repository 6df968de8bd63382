import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import type { CaseInfo, DocumentSummary } from '../../../shared/documents.ts';
import type { Amendment, CaseDetails } from '../../../shared/papers.ts';
import { addDays, formatDay } from '../deadlines/dates.ts';
import type { WorkingCalendar } from '../deadlines/calendar.ts';

/** Everything a letter can be filled from, gathered once per letter (letterContext.ts). */
export interface LetterContext {
  today: string;
  info: CaseInfo;
  details: CaseDetails;
  documents: DocumentSummary[];
  /** Bundle labels per document ("B5–B8"), from the latest bundle version. */
  labels: Map<number, string>;
  deadline?: TimelineDeadline;
  /** The draft-plan comments deadline from the timeline, when the draft's service is recorded. */
  draftResponseDue?: string;
  amendments: Amendment[];
  calendar: WorkingCalendar;
  /** The council's bundle as last checked: what it was, and each correction it needs. */
  bundleCheck?: { checked: string; corrections: string[] };
}

type Value = string | string[] | undefined;

const day = (iso: string | undefined) => (iso ? formatDay(iso) : undefined);
const latest = (c: LetterContext, kind: string) =>
  c.documents.filter((d) => d.kind === kind && d.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];

function describeDoc(c: LetterContext, d: DocumentSummary): string {
  const who = [d.author, d.profession].filter(Boolean).join(', ');
  const where = c.labels.get(d.documentId);
  const pages = `${d.pages} page${d.pages === 1 ? '' : 's'}${where ? `, bundle pages ${where}` : ''}`;
  return `${d.title}${who ? `, ${who}` : ''}${d.date ? `, ${formatDay(d.date)}` : ''} (${pages})`;
}

function describeAmendment(a: Amendment): string {
  const where = `Section ${a.section}${a.para ? ` paragraph ${a.para}` : ''}`;
  const change = a.kind === 'amend' && a.current ? `replace "${a.current}" with "${a.sought}"` : `add "${a.sought}"`;
  const from = a.kind === 'move' ? ` (and remove it from Section ${a.fromSection}, where it cannot be enforced)` : '';
  const cite = a.citations.length ? ` Evidence: ${a.citations.map((x) => x.text).join('; ')}.` : '';
  const sentence = `${where}: ${change}${from}`;
  return `${sentence}${/[.!?]"?$/.test(sentence) ? '' : '.'}${cite}`;
}

/**
 * The merge fields, by the plain name a template uses ("{{school name}}"). A field that yields
 * nothing prints as "[missing: school name]" and is listed as a warning (fill.ts).
 */
const DEADLINE_HINT = 'Choose the missed deadline (from the timeline, or --deadline <rule>), or type it in';

export const FIELDS: Record<string, { about: string; value: (c: LetterContext) => Value; hint?: string }> = {
  'child name': { about: "The child's full name", value: (c) => c.info.childName },
  'date of birth': { about: "The child's date of birth", value: (c) => day(c.details.dateOfBirth) },
  parents: { about: 'Who signs the letter', value: (c) => c.details.parents },
  address: { about: "The family's address", value: (c) => c.details.address },
  'local authority': { about: 'The council', value: (c) => c.info.localAuthority },
  'la address': { about: "The council's address", value: (c) => c.details.laAddress },
  caseworker: { about: 'The EHC plan coordinator or caseworker', value: (c) => c.details.caseworker },
  'la reference': { about: "The council's reference", value: (c) => c.details.laReference },
  'school name': { about: 'The school the child attends now', value: (c) => c.details.school },
  'requested school': { about: 'The school the family asks to be named', value: (c) => c.details.requestedSchool },
  'appeal reference': { about: "The tribunal's appeal reference", value: (c) => c.details.appealReference },
  today: { about: "The letter's date", value: (c) => formatDay(c.today) },
  'reply by': {
    about: '10 working days from today: the date the letter asks for a reply by',
    value: (c) => formatDay(c.calendar.addWorkingDays(c.today, 10)),
  },
  'reply within 14 days': {
    about: 'Today + 14 days: the reply period of the Pre-Action Protocol for Judicial Review',
    value: (c) => formatDay(addDays(c.today, 14)),
  },
  'plan date': { about: 'Date of the latest EHC plan', value: (c) => day(latest(c, 'plan')?.date) },
  'decision date': {
    about: 'Date of the latest decision letter',
    value: (c) => day(latest(c, 'decision-letter')?.date),
  },
  'draft response due': {
    about:
      'Last day for comments on the draft plan: from the timeline, else 15 days from the latest plan document, counting its day (Regs 13(1))',
    value: (c) =>
      day(c.draftResponseDue ?? (latest(c, 'plan')?.date ? addDays(latest(c, 'plan')!.date!, 14) : undefined)),
  },
  'deadline title': { about: 'The missed deadline, in words', value: (c) => c.deadline?.title, hint: DEADLINE_HINT },
  'deadline rule': {
    about: 'The rule and its source',
    value: (c) => (c.deadline ? `${c.deadline.ruleText} (${c.deadline.source})` : undefined),
    hint: DEADLINE_HINT,
  },
  'deadline started': {
    about: 'The date the time limit started',
    value: (c) => day(c.deadline?.startedBy.date),
    hint: DEADLINE_HINT,
  },
  'deadline date': { about: 'The date it was due', value: (c) => day(c.deadline?.date), hint: DEADLINE_HINT },
  'days overdue': {
    about: 'Days since it was due',
    value: (c) => (c.deadline && c.deadline.daysLeft < 0 ? String(-c.deadline.daysLeft) : undefined),
    hint: DEADLINE_HINT,
  },
  'evidence list': {
    about: 'Reports in the case, with authors, dates, pages and bundle pages',
    value: (c) => c.documents.filter((d) => d.kind === 'report').map((d) => describeDoc(c, d)),
  },
  'evidence pages': {
    about: 'How many pages the reports come to, to check against the page limit',
    value: (c) => {
      const n = c.documents.filter((d) => d.kind === 'report').reduce((sum, d) => sum + d.pages, 0);
      return n ? `${n} page${n === 1 ? '' : 's'}` : undefined;
    },
  },
  'documents enclosed': {
    about: 'Every document in the case, with pages and bundle pages',
    value: (c) => c.documents.filter((d) => !d.parentId).map((d) => describeDoc(c, d)),
  },
  'amendments sought': {
    about: "The family's amendments, section by section, from the evidence map",
    value: (c) => c.amendments.filter((a) => !a.excluded).map(describeAmendment),
  },
  'bundle checked': {
    about: "The council's hearing bundle as last checked: its file name and pages",
    value: (c) => c.bundleCheck?.checked,
    hint: "Check the council's bundle first (Bundle → Check the council's bundle)",
  },
  'bundle corrections': {
    about: "What the last check of the council's bundle found to correct, one point each",
    value: (c) => c.bundleCheck?.corrections,
    hint: "Check the council's bundle first (Bundle → Check the council's bundle)",
  },
};

export const KNOWN_FIELDS = Object.keys(FIELDS);
