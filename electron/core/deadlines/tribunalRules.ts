import type { DeadlineRule } from './ruleTypes.ts';

const WEEKS_NOTE =
  'Counted as the event date plus whole weeks (same weekday): the event day itself is not counted. Some LAs count the event day as day 1 and arrive one day earlier.';
const RAW_NOTE = "The LA's SEND Regulations deadlines do not move for weekends, bank holidays, August or Christmas.";
const ORDER_LETTER = 'tribunal-order-non-compliance';
const CHASER = 'chaser-missed-deadline';

/** Reg 44/45 compliance clocks: from the order (or the LA's concession), raw dates. */
function orderRule(
  id: string,
  title: string,
  weeks: number,
  kinds: DeadlineRule['orderKinds'],
  source: string,
  ruleText: string,
): DeadlineRule {
  const conceded = kinds?.some((k) => k.startsWith('conceded')) ?? false;
  return {
    id,
    title,
    limbs: [
      {
        flag: conceded ? 'conceded' : 'order',
        label: conceded ? 'the LA told the tribunal it would not oppose the appeal' : 'the tribunal made its order',
        n: weeks,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source,
    ruleText,
    orderKinds: kinds,
    chaser: ORDER_LETTER,
    notes: [WEEKS_NOTE, RAW_NOTE],
  };
}

/** Mediation, the appeal, the tribunal's own clocks and compliance with its orders. */
export const tribunalRules: DeadlineRule[] = [
  {
    id: 'mediation-contact',
    title: 'Contact the mediation adviser before appealing',
    limbs: [
      {
        flag: 'decision',
        label: 'the LA sent its decision',
        kind: 'decision-sent',
        n: 2,
        unit: 'months',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'family',
    source: 'SEND Regs 2014 reg 33; HESC Rules r20(1)(c)',
    ruleText:
      'Before appealing (except about the school named only), the parent must contact the mediation adviser named in the decision letter and consider mediation; do it well within the 2-month appeal period.',
    completedBy: ['mediation-contacted', 'mediation-declined', 'mediation-requested', 'certificate'],
    action: 'Contact the mediation adviser',
    notes: ['Shown as the raw 2-month date: contact the adviser early so the certificate arrives in time.'],
  },
  {
    id: 'mediation-certificate',
    title: 'Mediation certificate after you decline mediation',
    limbs: [
      {
        flag: 'informed',
        label: 'you told the mediation adviser you do not want mediation',
        kind: 'mediation-declined',
        n: 3,
        unit: 'working-days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'mediation',
    source: 'SEND Regs 2014 reg 34; IPSEA guidance',
    ruleText:
      'When the parent says they do not wish to pursue mediation, the mediation adviser must issue the certificate within 3 working days.',
    completedBy: ['certificate'],
    chaser: CHASER,
  },
  {
    id: 'mediation-health-notice',
    title: 'Health commissioners told of the mediation issues',
    limbs: [
      {
        flag: 'informed',
        label: 'you told the LA you want mediation',
        kind: 'mediation-requested',
        n: 3,
        unit: 'working-days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 36 (secondary sources)',
    ruleText:
      'Where mediation covers health care provision, the LA must tell the health commissioning body within 3 working days.',
    completedBy: ['mediation-health-notified'],
  },
  {
    id: 'mediation-held',
    title: 'Mediation held',
    limbs: [
      {
        flag: 'informed',
        label: 'you told the LA you want mediation',
        kind: 'mediation-requested',
        n: 30,
        unit: 'days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 37 (secondary sources)',
    ruleText:
      'The LA must arrange for the mediation to take place within 30 days of being told the parent wants mediation.',
    completedBy: ['mediation-held'],
    chaser: CHASER,
    notes: [RAW_NOTE],
  },
  {
    id: 'mediation-notice',
    title: 'Notice of the mediation date',
    limbs: [{ flag: 'mediation', label: 'the date of the mediation', n: -5, unit: 'working-days', required: true }],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 37 (secondary sources)',
    ruleText: 'The body arranging mediation must give at least 5 working days’ notice of the date and place.',
  },
  {
    id: 'mediation-certificate-after',
    title: 'Mediation certificate after mediation (or when it cannot be arranged)',
    limbs: [
      {
        flag: 'ended',
        label: 'mediation ended, or the LA said it cannot arrange it',
        kind: 'mediation-held',
        n: 3,
        unit: 'working-days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'mediation',
    source: 'SEND Regs 2014 regs 38–39 (secondary sources)',
    ruleText:
      'The mediator must issue a certificate within 3 working days of the mediation ending (or of being told it cannot be arranged).',
    completedBy: ['certificate'],
    chaser: CHASER,
  },
  {
    id: 'mediation-agreement',
    title: 'LA does what was agreed at mediation (matters not appealable)',
    limbs: [
      {
        flag: 'agreement',
        label: 'the date of the mediation agreement',
        kind: 'mediation-agreement',
        n: 2,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    source: 'SEND Regs 2014 reg 42(2)–(5)',
    ruleText:
      'For matters that could have been appealed the reg 44 periods apply (use the order rules); for other agreed matters the LA must act within 2 weeks; a health commissioner tells the LA within 1 week.',
    completedBy: ['mediation-agreement-done'],
    chaser: CHASER,
    notes: [WEEKS_NOTE],
  },
  {
    id: 'appeal',
    title: 'Appeal to the SEND Tribunal',
    limbs: [
      {
        flag: 'decision',
        label: 'the LA sent its decision',
        kind: 'decision-sent',
        n: 2,
        unit: 'months',
        required: true,
      },
      {
        flag: 'certificate',
        label: 'the mediation certificate was issued',
        kind: 'certificate',
        n: 1,
        unit: 'months',
        required: false,
      },
    ],
    endDay: 'appeal-r12-3a',
    who: 'family',
    source: 'HESC Rules 2008 r20(1)(c), r12(2)–(3)',
    ruleText:
      'The appeal must reach the tribunal within 2 months of the LA sending its decision, or 1 month from the date of the mediation certificate if that is later. If the time ends on a non-working day, 25 December–1 January or in August, it is in time on the next working day (after 1 January or 31 August). Due by 5pm (r12(1)).',
    completedBy: ['appeal-sent', 'appeal-registered'],
    action: 'Appeal',
    ifMissed: [
      'You can still appeal late: send the appeal form now with a request for more time and your reasons for the delay. The tribunal decides whether to accept it (HESC Rules 2008 r20(4), r5(3)(a)).',
    ],
    notes: ['Acts are due by 5pm on the last day (HESC r12(1)).'],
  },
  {
    id: 'la-response',
    title: "LA's response to the appeal",
    limbs: [
      {
        flag: 'appeal',
        label: 'the tribunal sent the appeal to the LA',
        kind: 'appeal-registered',
        n: 6,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'hesc-r12-2',
    who: 'la',
    source: 'HESC Rules 2008 r21; gov.uk "Preparing a SEND Tribunal case: local authorities"',
    ruleText:
      'The LA responds within the time the tribunal sets — 6 weeks per gov.uk guidance (others say 30 working days); the date in the registration letter wins.',
    completedBy: ['la-response'],
    notes: ['If the registration letter gives a date, record that date instead.'],
  },
  {
    id: 'tribunal-direction',
    title: 'Act required by the tribunal within a number of days',
    limbs: [
      {
        flag: 'from',
        label: 'the date the period starts (the direction or letter)',
        n: 0,
        unit: 'days',
        required: true,
      },
    ],
    endDay: 'hesc-r12-3b',
    who: 'family',
    parameter: { flag: 'days', label: 'the number of days the tribunal gave' },
    source: 'HESC Rules 2008 r12(2), r12(3)(b), r12(4)',
    ruleText:
      'In a SEN case, days from 25 December to 1 January and every day in August are not counted; if the time ends on a non-working day the act is in time on the next working day. This does not apply where the tribunal directed a specific date.',
  },
  {
    id: 'tribunal-date',
    title: 'Act required by a date the tribunal set',
    limbs: [{ flag: 'directed', label: 'the date the tribunal set', n: 0, unit: 'days', required: true }],
    endDay: 'hesc-r12-2',
    who: 'family',
    source: 'HESC Rules 2008 r12(2), r12(4)',
    ruleText:
      'Where the tribunal directed a specific date, 25 December–1 January and August are counted; if the date is not a working day the act is in time on the next working day.',
  },
  orderRule(
    'order-assess-notify',
    'Order to assess: tell the parent the assessment will be made',
    2,
    ['assess'],
    'SEND Regs 2014 reg 44(2)(b)',
    'After an order to make an EHC needs assessment the LA must notify the parent within 2 weeks that it will secure the assessment.',
  ),
  orderRule(
    'order-assess-no-plan',
    'Order to assess: decision not to issue a plan',
    10,
    ['assess'],
    'SEND Regs 2014 reg 44(2)(b)',
    'After an order to assess, a decision not to issue a plan must be notified within 10 weeks of the order.',
  ),
  orderRule(
    'order-assess-final-plan',
    'Order to assess: final plan issued',
    14,
    ['assess'],
    'SEND Regs 2014 reg 44(2)(b)',
    'After an order to assess, if a plan is to be made the final plan must be issued within 14 weeks of the order.',
  ),
  orderRule(
    'order-plan-draft',
    'Order to make a plan: draft plan issued',
    5,
    ['make-plan'],
    'SEND Regs 2014 reg 44(2)(c)',
    'After an order to make and maintain a plan the LA must issue a draft plan within 5 weeks of the order.',
  ),
  orderRule(
    'order-plan-final',
    'Order to make a plan: final plan issued',
    11,
    ['make-plan'],
    'SEND Regs 2014 reg 44(2)(c)',
    'After an order to make and maintain a plan the final plan must be issued within 11 weeks of the order.',
  ),
  orderRule(
    'order-amend',
    'Order to amend the plan: amended plan issued',
    5,
    ['amend'],
    'SEND Regs 2014 reg 44(2)(e)',
    'After an order to amend the special educational needs or provision (and school named) the LA must issue the amended plan within 5 weeks of the order.',
  ),
  orderRule(
    'order-school',
    'Order changing only the school named: amended plan issued',
    2,
    ['school'],
    'SEND Regs 2014 reg 44(2)(f)',
    'After an order changing only the school or institution named the LA must issue the amended plan within 2 weeks of the order.',
  ),
  orderRule(
    'order-cease',
    'Cease-to-maintain appeal decided: continue or cease',
    0,
    ['cease'],
    'SEND Regs 2014 reg 44(2)(a); HMCTS guidance',
    'If the appeal against ceasing succeeds the LA must continue to maintain the plan; if dismissed it may cease — both take effect immediately.',
  ),
  orderRule(
    'conceded-assess-notify',
    'Appeal conceded: tell the parent the assessment will be made',
    2,
    ['conceded-assess'],
    'SEND Regs 2014 reg 45(3) as substituted in 2015',
    'Where the LA concedes a refusal-to-assess appeal it must notify the parent within 2 weeks that it will assess.',
  ),
  orderRule(
    'conceded-assess-no-plan',
    'Appeal conceded: decision not to issue a plan',
    10,
    ['conceded-assess'],
    'SEND Regs 2014 reg 45(3A)',
    'After conceding, a decision not to issue a plan must be notified within 10 weeks.',
  ),
  orderRule(
    'conceded-assess-final-plan',
    'Appeal conceded: final plan issued',
    14,
    ['conceded-assess'],
    'SEND Regs 2014 reg 45(3A)',
    'After conceding, the final plan must be issued within 14 weeks.',
  ),
  orderRule(
    'conceded-amend',
    'Appeal conceded: amended plan issued',
    5,
    ['conceded-amend'],
    'SEND Regs 2014 reg 45(4) as substituted in 2015 (older 4-week figures are obsolete)',
    'Where the LA concedes an appeal about the contents of the plan it must issue the amended plan within 5 weeks.',
  ),
  {
    id: 'recommendation-response',
    title: 'Answer to a health or social care recommendation',
    limbs: [
      {
        flag: 'decision',
        label: 'the tribunal decision was issued',
        kind: 'recommendation-decision',
        n: 5,
        unit: 'weeks',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'health',
    source: 'SEND and Disability (First-tier Tribunal Recommendations Power) Regs 2017 (secondary sources)',
    ruleText:
      'The health commissioner or LA social care must tell the parent within 5 weeks of the decision what it will do about the recommendation, with reasons if not following it.',
    completedBy: ['recommendation-response'],
    chaser: CHASER,
    notes: [WEEKS_NOTE],
  },
];
