/**
 * What to do now, in order, from the state of the case: the overview's "Next steps". Pure, so
 * the order is a specification (test/shared/nextSteps.test.ts), not something a screen decides.
 */

/** The appeal's own clock, as the timeline has it (the rule HESC r20(1)(c) starts). */
export interface AppealClock {
  date: string;
  daysLeft: number;
  status: 'met' | 'due' | 'missed';
  /** Worked out from a document's printed date that nobody has confirmed yet. */
  provisional: boolean;
}

export interface CaseProgress {
  /** Documents by kind (the ids of shared/documents.ts's DocumentKind). */
  counts: Partial<Record<string, number>>;
  /** The evidence map's counts, or null when there is no plan or no report to compare. */
  evidence: { missing: number; wrongSection: number; weakened: number; checked: number; total: number } | null;
  bundleBuilt: boolean;
  appeal: AppealClock | undefined;
  appealSent: boolean;
  /** How an ISO date is written for the user ("24 September 2026"). */
  formatDate: (iso: string) => string;
}

/** The screen a step's button opens, by its id in the case navigation. */
export type StepScreen = 'documents' | 'evidence' | 'bundle' | 'deadlines';

export interface NextStep {
  id: 'plan' | 'reports' | 'decision' | 'confirm-date' | 'evidence' | 'bundle' | 'appeal';
  title: string;
  detail: string;
  screen: StepScreen;
  action: string;
  /** Missed, or due within a week: shown first and marked. */
  urgent: boolean;
}

/** A deadline this close is put first (the same week the overview's reminder uses). */
export const URGENT_DAYS = 7;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function evidenceStep(e: NonNullable<CaseProgress['evidence']>): NextStep | undefined {
  const problems = e.missing + e.wrongSection + e.weakened;
  if (problems === 0 && e.checked === e.total) return undefined;
  const lead = e.missing
    ? `${count(e.missing, 'recommendation', 'recommendations')} missing from the plan`
    : e.wrongSection
      ? `${count(e.wrongSection, 'recommendation', 'recommendations')} in the wrong section of the plan`
      : e.weakened
        ? `${count(e.weakened, 'recommendation', 'recommendations')} watered down in the plan`
        : `${count(e.total - e.checked, 'finding', 'findings')} to check`;
  const also = [
    e.missing && e.wrongSection ? `${e.wrongSection} in the wrong section` : '',
    (e.missing || e.wrongSection) && e.weakened ? `${e.weakened} watered down` : '',
  ].filter(Boolean);
  return {
    id: 'evidence',
    title: `Check the evidence map: ${lead}`,
    detail: `${also.length ? `Also ${also.join(' and ')}. ` : ''}Read each one against the report’s own words and confirm it or change it. These are what to ask the tribunal to put right.`,
    screen: 'evidence',
    action: 'Open the evidence map',
    urgent: false,
  };
}

function appealStep(a: AppealClock, fmt: (iso: string) => string): NextStep {
  const when = `${fmt(a.date)}${a.provisional ? ' (provisional)' : ''}`;
  if (a.status === 'missed') {
    return {
      id: 'appeal',
      title: `The appeal date, ${when}, has passed`,
      detail:
        'You can still appeal: send the appeal form (SEND35) with a short explanation of why it is late, and the tribunal decides whether to accept it. Your local SENDIASS gives free, confidential help with this.',
      screen: 'deadlines',
      action: 'See the deadline and why',
      urgent: true,
    };
  }
  const left = a.daysLeft === 0 ? 'That is today.' : `${count(a.daysLeft, 'day', 'days')} left.`;
  return {
    id: 'appeal',
    title: `Appeal to the tribunal by ${when}`,
    detail: `Send the appeal form (SEND35) with the decision letter and, unless the appeal is only about the school, the mediation certificate. ${left}`,
    screen: 'deadlines',
    action: 'See the deadline and why',
    urgent: a.daysLeft <= URGENT_DAYS,
  };
}

/** The steps still to do, most pressing first: a missed or imminent appeal date leads. */
export function nextSteps(p: CaseProgress): NextStep[] {
  const steps: NextStep[] = [];
  const has = (kind: string) => (p.counts[kind] ?? 0) > 0;
  const importStep = (id: NextStep['id'], title: string, detail: string): NextStep => ({
    id,
    title,
    detail,
    screen: 'documents',
    action: 'Add documents',
    urgent: false,
  });
  if (!has('plan'))
    steps.push(
      importStep(
        'plan',
        'Import the EHC plan',
        'Everything else is checked against it: the final plan, or the latest draft.',
      ),
    );
  if (!has('report'))
    steps.push(
      importStep(
        'reports',
        'Import the professional reports',
        'What the professionals say your child needs is your evidence.',
      ),
    );
  if (!has('decision-letter'))
    steps.push(importStep('decision', 'Import the decision letter', 'Its date starts the clock for your appeal.'));
  if (p.appeal?.provisional && !p.appealSent) {
    steps.push({
      id: 'confirm-date',
      title: 'Confirm the date the decision letter was sent',
      detail: `Your appeal date, ${p.formatDate(p.appeal.date)}, is worked out from the date printed on the letter. If it arrived later or was sent on another day, change the date.`,
      screen: 'deadlines',
      action: 'Confirm or change the date',
      urgent: false,
    });
  }
  const evidence = p.evidence ? evidenceStep(p.evidence) : undefined;
  if (evidence) steps.push(evidence);
  if (!p.bundleBuilt && has('report')) {
    steps.push({
      id: 'bundle',
      title: 'Build the evidence pack',
      detail: 'One numbered PDF of your evidence, in the tribunal’s sections and within its page limits.',
      screen: 'bundle',
      action: 'Open the bundle',
      urgent: false,
    });
  }
  if (p.appeal && p.appeal.status !== 'met' && !p.appealSent) steps.push(appealStep(p.appeal, p.formatDate));
  // Stable: urgent steps first, the rest in the order a case is built.
  return [...steps.filter((s) => s.urgent), ...steps.filter((s) => !s.urgent)];
}
