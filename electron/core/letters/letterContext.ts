import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import type { Amendment } from '../../../shared/papers.ts';
import type { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import { bundleCorrections } from '../bundleCheck/report/checkReportModel.ts';
import { pageMapForDocument } from '../store/bundle.ts';
import { getBundleCheck, listBundleChecks } from '../store/bundleCheck.ts';
import { getCaseInfo, type CaseStore } from '../store/caseStore.ts';
import { getCalendarSettings } from '../store/deadlines.ts';
import { listDocuments } from '../store/documents.ts';
import { getCaseDetails } from '../store/papers.ts';
import { caseTimeline } from '../deadlines/caseTimeline.ts';
import { calendarFor } from '../deadlines/engine.ts';
import type { LetterContext } from './fields.ts';
import { citedBundleVersion } from '../workdoc/citations.ts';
import { guessDetails } from './guessDetails.ts';

/**
 * The deadline a chaser is about: the given rule's most overdue missed deadline (else its latest
 * one); with no rule, the most overdue missed deadline whose chaser is this template.
 */
export function pickDeadline(
  deadlines: TimelineDeadline[],
  templateId: string,
  rule?: string,
): TimelineDeadline | undefined {
  const byOverdue = [...deadlines].sort((a, b) => a.daysLeft - b.daysLeft);
  if (rule)
    return byOverdue.find((d) => d.rule === rule && d.status === 'missed') ?? byOverdue.find((d) => d.rule === rule);
  return byOverdue.find((d) => d.status === 'missed' && d.chaser === templateId);
}

function latestBundleCheck(store: CaseStore): BundleCheckOutcome | undefined {
  const last = listBundleChecks(store).at(-1);
  return last ? getBundleCheck(store, last.checkId) : undefined;
}

const bundleCheckFields = (o: BundleCheckOutcome | undefined): Pick<LetterContext, 'bundleCheck'> =>
  o ? { bundleCheck: { checked: `${o.fileName}, ${o.report.pages} pages`, corrections: bundleCorrections(o) } } : {};

/** Everything a letter can be filled from, read from the case once. */
export function letterContext(
  store: CaseStore,
  opts: {
    today: string;
    templateId: string;
    deadlineRule?: string;
    amendments?: Amendment[];
    /** The bundle check a letter is about; the case's latest when not given. */
    bundleCheck?: BundleCheckOutcome;
  },
): { ctx: LetterContext; warnings: string[] } {
  const warnings: string[] = [];
  const guessed = Object.fromEntries(Object.entries(guessDetails(store)).map(([k, g]) => [k, g.value]));
  const details = { ...guessed, ...getCaseDetails(store) };
  const documents = listDocuments(store);
  const labels = new Map<number, string>();
  const version = citedBundleVersion(store);
  for (const d of documents) {
    const map = version ? pageMapForDocument(store, d.documentId, version) : [];
    if (map.length)
      labels.set(d.documentId, map.length === 1 ? map[0]!.label : `${map[0]!.label}–${map.at(-1)!.label}`);
  }
  const timeline = caseTimeline(store, opts.today);
  const deadline = pickDeadline(timeline.deadlines, opts.templateId, opts.deadlineRule);
  const draftDue = timeline.deadlines
    .filter((d) => d.rule === 'draft-response')
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (opts.deadlineRule && !deadline) {
    warnings.push(
      `The timeline has no "${opts.deadlineRule}" deadline yet. Record the event that starts it on the timeline, or type the dates into the letter.`,
    );
  } else if (deadline && deadline.status !== 'missed') {
    warnings.push(`"${deadline.title}" is not missed yet: it is due on ${deadline.date}.`);
  }
  return {
    ctx: {
      today: opts.today,
      info: getCaseInfo(store),
      details,
      documents,
      labels,
      ...(deadline ? { deadline } : {}),
      ...(draftDue ? { draftResponseDue: draftDue.date } : {}),
      amendments: opts.amendments ?? [],
      calendar: calendarFor(getCalendarSettings(store)),
      ...bundleCheckFields(opts.bundleCheck ?? latestBundleCheck(store)),
    },
    warnings,
  };
}
