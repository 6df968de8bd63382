import type { DeadlineRule } from './ruleTypes.ts';

/** Records and complaints: subject access, the educational record and the LA's complaints policy. */
export const accessRules: DeadlineRule[] = [
  {
    id: 'sar',
    title: 'Reply to a subject access request',
    limbs: [
      {
        flag: 'received',
        label: 'the organisation received the request',
        kind: 'sar-received',
        n: 1,
        unit: 'months',
        required: true,
      },
    ],
    endDay: 'ico',
    who: 'la',
    source: 'UK GDPR Art 12(3); ICO guidance "Time limits for responding"',
    ruleText:
      'The organisation must reply without undue delay and within one month of receipt (to the corresponding date, or the month’s last day); if that is a weekend or bank holiday, by the next working day. It may extend by 2 months for complex requests if it tells you within the first month.',
    completedBy: ['sar-response'],
    chaser: 'chaser-subject-access',
  },
  {
    id: 'sar-extended',
    title: 'Reply to a complex subject access request (extended)',
    limbs: [{ flag: 'received', label: 'the organisation received the request', n: 3, unit: 'months', required: true }],
    endDay: 'ico',
    who: 'la',
    source: 'UK GDPR Art 12(3); ICO guidance',
    ruleText:
      'Where the organisation told you within the first month that the request is complex, it has up to 2 further months (3 months from receipt in all).',
    chaser: 'chaser-subject-access',
  },
  {
    id: 'educational-record',
    title: 'Access to the educational record (maintained school)',
    limbs: [
      {
        flag: 'received',
        label: 'the school received the written request',
        kind: 'record-request-received',
        n: 15,
        unit: 'school-days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'governing-body',
    source: 'Education (Pupil Information) (England) Regulations 2005 reg 5',
    ruleText:
      'The governing body of a maintained school must make the educational record available within 15 school days of receiving a written request.',
    completedBy: ['record-received'],
    chaser: 'chaser-missed-deadline',
  },
  {
    id: 'complaint',
    title: 'Reply to a stage 1 complaint',
    limbs: [
      {
        flag: 'received',
        label: 'the LA received the complaint',
        kind: 'complaint-received',
        n: 20,
        unit: 'working-days',
        required: true,
      },
    ],
    endDay: 'raw',
    who: 'la',
    parameter: { flag: 'working-days', label: "the working days in the LA's complaints policy", default: 20 },
    source: "The LA's own complaints policy (often 10–20 working days)",
    ruleText:
      "The LA replies within the time its complaints policy sets; check the policy and set the number of working days. After the LA's final response you can go to the Local Government and Social Care Ombudsman.",
    completedBy: ['complaint-response'],
    chaser: 'chaser-missed-deadline',
  },
];
