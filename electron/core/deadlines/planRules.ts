import type { DeadlineRule } from './ruleTypes.ts';

const WEEKS_NOTE =
  'Counted as the event date plus whole weeks (same weekday): the event day itself is not counted. Some LAs count the event day as day 1 and arrive one day earlier.';
const RAW_NOTE = "The LA's SEND Regulations deadlines do not move for weekends, bank holidays, August or Christmas.";
const CHASER = 'chaser-missed-deadline';

/** EHC needs assessment, plan, annual review and phase transfer (SEND Regs 2014). */
export const planRules: DeadlineRule[] = [
  {
    id: 'assessment-decision',
    title: 'Decision whether to carry out an EHC needs assessment',
    limbs: [
      {
        flag: 'request',
        label: 'the LA received the request',
        kind: 'assessment-request',
        n: 6,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 5(1); exceptions reg 5(4)',
    ruleText:
      'The LA must notify the parent of its decision whether to secure an EHC needs assessment within 6 weeks of receiving the request.',
    completedBy: ['assessment-decision', 'assessment-refused'],
    chaser: CHASER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  },
  {
    id: 'advice',
    title: 'Advice from professionals for the assessment',
    limbs: [
      {
        flag: 'requested',
        label: 'the professional received the LA’s request',
        kind: 'advice-requested',
        n: 6,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'professionals',
    source: 'SEND Regs 2014 reg 8(1); exceptions reg 8(2)',
    ruleText: 'A person asked by the LA for advice must provide it within 6 weeks of the date of the request.',
    completedBy: ['advice-received'],
    chaser: CHASER,
    notes: [WEEKS_NOTE],
  },
  {
    id: 'no-plan-decision',
    title: 'Decision not to issue an EHC plan (after assessment)',
    limbs: [
      {
        flag: 'request',
        label: 'the LA received the assessment request',
        kind: 'assessment-request',
        n: 16,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 10(1); exceptions reg 10(4)',
    ruleText:
      'If the LA decides not to secure an EHC plan it must notify the parent within 16 weeks of the request for assessment.',
    completedBy: ['no-plan-decision', 'draft-served', 'final-plan'],
    cancelledBy: ['assessment-refused'],
    chaser: CHASER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  },
  {
    id: 'draft-response',
    title: 'Your comments on the draft plan (and the school you want, or a meeting)',
    limbs: [
      {
        flag: 'served',
        label: 'the draft plan was served on you',
        kind: 'draft-served',
        n: 15,
        unit: 'days-inclusive',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'family',
    source: 'SEND Regs 2014 reg 13(1)(a)',
    ruleText:
      'The parent has at least 15 days, beginning with the day on which the draft plan was served, to make representations, ask for a school to be named or ask for a meeting.',
    completedBy: ['draft-response-sent'],
    action: 'Send your comments on the draft plan',
    notes: ['The day the draft was served is day 1, so the last day is the serving date plus 14 days.'],
  },
  {
    id: 'final-plan',
    title: 'Final EHC plan issued',
    limbs: [
      {
        flag: 'request',
        label: 'the LA received the assessment request',
        kind: 'assessment-request',
        n: 20,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 13(2); exceptions reg 13(3) and reg 10(4)',
    ruleText:
      'The finalised EHC plan must be issued within 20 weeks of the LA receiving the request for assessment (exceptions: a school closed for 4 weeks or more, exceptional personal circumstances, absence of 4 weeks or more).',
    completedBy: ['final-plan'],
    cancelledBy: ['assessment-refused', 'no-plan-decision'],
    chaser: CHASER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  },
  {
    id: 'annual-review',
    title: 'Annual review of the EHC plan',
    limbs: [
      {
        flag: 'plan',
        label: 'the plan was made or last reviewed',
        kind: 'final-plan',
        alsoKinds: ['review-meeting'],
        n: 12,
        unit: 'months',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'Children and Families Act 2014 s44(1)',
    ruleText:
      'The LA must review the EHC plan within 12 months of the plan being made and then within 12 months of each previous review.',
    completedBy: ['review-meeting'],
    chaser: CHASER,
    notes: [RAW_NOTE],
  },
  {
    id: 'review-invitations',
    title: 'Invitations to the review meeting and advice circulated',
    limbs: [{ flag: 'meeting', label: 'the date of the review meeting', n: -2, unit: 'weeks', required: true }],
    endDay: 'raw',
    who: 'school',
    source: 'SEND Regs 2014 regs 20(3)–(4), 21(3)–(4)',
    ruleText:
      'Invitations to the review meeting must be sent, and the advice circulated, at least 2 weeks before the meeting.',
  },
  {
    id: 'review-report',
    title: 'Review report sent after the meeting',
    limbs: [
      {
        flag: 'meeting',
        label: 'the date of the review meeting',
        kind: 'review-meeting',
        n: 2,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'school',
    source: 'SEND Regs 2014 regs 20(7)–(8), 21(7)',
    ruleText:
      'The report of the review meeting must be prepared and sent to everyone invited within 2 weeks of the meeting.',
    completedBy: ['review-report'],
    chaser: CHASER,
    notes: [WEEKS_NOTE],
  },
  {
    id: 'annual-review-decision',
    title: 'LA decision after the review (keep, amend or cease) and proposed amendments',
    limbs: [
      {
        flag: 'meeting',
        label: 'the date of the review meeting',
        kind: 'review-meeting',
        n: 4,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 regs 20(10), 22(2); R (L, M, P) v Devon CC [2022] EWHC 493 (Admin)',
    ruleText:
      'Within 4 weeks of the review meeting the LA must decide whether to keep, amend or cease the plan and notify the parent; if amending, it sends the proposed amendments within the same 4 weeks.',
    completedBy: ['review-decision', 'amendment-notice'],
    chaser: CHASER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  },
  {
    id: 'amendment-comments',
    title: 'Your comments on the proposed amendments',
    limbs: [
      {
        flag: 'served',
        label: 'the amendment notice was served on you',
        kind: 'amendment-notice',
        n: 15,
        unit: 'days-inclusive',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'family',
    source: 'SEND Regs 2014 reg 22(2)(c)',
    ruleText:
      'The parent has at least 15 days, beginning with the day the amendment notice was served, to comment and ask for a school to be named.',
    completedBy: ['amendment-comments-sent'],
    action: 'Send your comments on the proposed amendments',
    notes: ['The day the notice was served is day 1, so the last day is the serving date plus 14 days.'],
  },
  {
    id: 'amended-plan',
    title: 'Final amended plan issued',
    limbs: [
      {
        flag: 'notice',
        label: 'the amendment notice was sent',
        kind: 'amendment-notice',
        n: 8,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 22(3); R (L, M, P) v Devon CC [2022]',
    ruleText:
      'The LA must issue the amended plan as soon as practicable and within 8 weeks of sending the amendment notice (so at most 12 weeks from the review meeting).',
    completedBy: ['amended-plan'],
    chaser: CHASER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  },
  {
    id: 'phase-transfer',
    title: 'Plan reviewed and amended for a move between school phases',
    limbs: [
      {
        flag: 'transfer',
        label: 'the date of the move to the new school',
        kind: 'phase-transfer',
        n: 0,
        unit: 'fixed',
        required: true,
        fixed: { month: 2, day: 15, before: true },
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 18(1)',
    ruleText:
      'For a move between school phases the LA must review and amend the plan, naming the new school, before 15 February in the calendar year of the transfer.',
    completedBy: ['amended-plan'],
    chaser: CHASER,
    notes: ['"Before 15 February" means the last day is 14 February.'],
  },
  {
    id: 'phase-transfer-post16',
    title: 'Plan reviewed and amended for a move from secondary school to post-16',
    limbs: [
      {
        flag: 'transfer',
        label: 'the date of the move to the post-16 institution',
        n: 0,
        unit: 'fixed',
        required: true,
        fixed: { month: 3, day: 31, before: true },
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 18(1)',
    ruleText:
      'For a move from secondary school to a post-16 institution the LA must review and amend the plan before 31 March in the calendar year of the transfer.',
    chaser: CHASER,
    notes: ['"Before 31 March" means the last day is 30 March.'],
  },
  {
    id: 'phase-transfer-post16-move',
    title: 'Plan reviewed and amended for a move between post-16 institutions',
    limbs: [{ flag: 'transfer', label: 'the date of the move', n: -5, unit: 'months', required: true }],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 18(2)',
    ruleText:
      'For a young person moving from one post-16 institution to another, the plan must be reviewed and amended at least 5 months before the transfer.',
    chaser: CHASER,
  },
];
