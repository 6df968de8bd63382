import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import type { AppealClock } from '../../../shared/nextSteps.ts';

/** Worked out from a document's printed date that the user has not confirmed yet. */
export const isProvisional = (d: TimelineDeadline): boolean => d.provisional === true;

/** The appeal's clock: the open appeal deadline started most recently (the decision being appealed). */
export function appealClock(deadlines: TimelineDeadline[]): AppealClock | undefined {
  const appeal = deadlines
    .filter((d) => d.status !== 'met')
    .filter((d) => d.rule === 'appeal')
    .sort((a, b) => b.startedBy.date.localeCompare(a.startedBy.date) || b.date.localeCompare(a.date))[0];
  return appeal
    ? { date: appeal.date, daysLeft: appeal.daysLeft, status: appeal.status, provisional: isProvisional(appeal) }
    : undefined;
}
