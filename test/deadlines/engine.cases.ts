/**
 * Worked deadline cases. Every expected date was worked out by hand from DOMAIN.md §5 and a printed
 * calendar (never with the engine); the comment gives the reasoning. England & Wales bank holidays
 * used: 2026 — 1 Jan, 3 Apr (Good Friday), 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec (Fri), 28 Dec
 * (Boxing Day substitute); 2027 — 1 Jan, 26 Mar (Good Friday), 29 Mar, 3 May, 31 May, 30 Aug, 27 and
 * 28 Dec (substitutes); 2028 — 3 Jan (New Year substitute), 14 Apr, 17 Apr, 1 May, 29 May, 28 Aug,
 * 25–26 Dec.
 */
export interface WorkedCase {
  rule: string;
  dates: Record<string, string>;
  params?: Record<string, number>;
  holidays?: string[];
  terms?: { start: string; end: string }[];
  expect: string;
  why: string;
  /** Set when the raw date is a non-working day and must be shown with a warning. */
  warns?: boolean;
}

const TERMS_2026_27 = [
  { start: '2026-09-02', end: '2026-10-23' },
  { start: '2026-11-02', end: '2026-12-18' },
  { start: '2027-01-05', end: '2027-02-12' },
];

export const WORKED_CASES: WorkedCase[] = [
  // ---- Appeal: HESC r20(1)(c) with r12(2)–(3)(a) ----
  {
    rule: 'appeal',
    dates: { decision: '2027-01-31' },
    expect: '2027-03-31',
    why: 'DOMAIN example: 31 Jan + 2 months = 31 Mar 2027, a Wednesday',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-12-31' },
    expect: '2027-03-01',
    why: 'DOMAIN example: no 31 Feb → 28 Feb 2027, a Sunday → r12(2) Monday 1 Mar',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-01-26' },
    expect: '2027-03-30',
    why: 'DOMAIN example: 26 Mar 2027 is Good Friday, 27–28 weekend, 29 Easter Monday → Tue 30 Mar',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-06-30' },
    expect: '2026-09-01',
    why: 'DOMAIN example: 30 Aug 2026 is in August → first working day after 31 Aug (a bank holiday anyway) = Tue 1 Sep',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-09-15', certificate: '2026-10-30' },
    expect: '2026-11-30',
    why: 'DOMAIN example: decision limb 15 Nov (Sun → 16 Nov); certificate limb 30 Nov (Mon) is later',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-09-15', certificate: '2026-09-20' },
    expect: '2026-11-16',
    why: 'certificate limb 20 Oct is earlier; decision limb 15 Nov 2026 is a Sunday → Mon 16 Nov',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-05-01', certificate: '2026-06-30' },
    expect: '2026-07-30',
    why: 'decision limb 1 Jul; certificate limb 30 Jul 2026 (Thu) is later and a working day',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-05-20', certificate: '2027-07-05' },
    expect: '2027-09-01',
    why: 'decision limb 20 Jul; certificate limb 5 Aug is later and in August → first working day after 31 Aug 2027 (Tue) = Wed 1 Sep',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-10-27' },
    expect: '2027-01-04',
    why: '27 Dec 2026 falls in 25 Dec–1 Jan → first working day after 1 Jan 2027: 2–3 Jan weekend → Mon 4 Jan',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-10-26' },
    expect: '2028-01-04',
    why: '26 Dec 2027 in the Christmas window → after 1 Jan 2028: 2 Jan Sunday, 3 Jan New Year substitute → Tue 4 Jan',
  },
  {
    rule: 'appeal',
    dates: { decision: '2026-10-20' },
    expect: '2026-12-21',
    why: '20 Dec 2026 is a Sunday, before the window → r12(2) Mon 21 Dec',
  },
  {
    rule: 'appeal',
    dates: { decision: '2028-06-01' },
    expect: '2028-09-01',
    why: '1 Aug 2028 is in August → first working day after Thu 31 Aug 2028 = Fri 1 Sep',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-06-30' },
    expect: '2027-09-01',
    why: '30 Aug 2027 (the bank holiday) is in August → first working day after 31 Aug (Tue) = Wed 1 Sep',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-12-29' },
    expect: '2028-02-29',
    why: 'leap year: 29 Feb 2028 exists and is a Tuesday',
  },
  {
    rule: 'appeal',
    dates: { decision: '2027-12-31' },
    expect: '2028-02-29',
    why: 'no 31 Feb → last day of February 2028 (leap) = Tue 29 Feb',
  },
  {
    rule: 'appeal',
    dates: { decision: '2028-12-31' },
    expect: '2029-02-28',
    why: '2029 is not a leap year → Wed 28 Feb 2029',
  },
  {
    rule: 'appeal',
    dates: { decision: '2028-02-17' },
    expect: '2028-04-18',
    why: '17 Apr 2028 is Easter Monday → Tue 18 Apr',
  },
  // ---- SEND Regs duties: raw dates, never moved ----
  {
    rule: 'assessment-decision',
    dates: { request: '2026-11-02' },
    expect: '2026-12-14',
    why: 'DOMAIN example: 2 Nov + 42 days = Mon 14 Dec 2026',
  },
  {
    rule: 'final-plan',
    dates: { request: '2026-11-02' },
    expect: '2027-03-22',
    why: 'DOMAIN example: 2 Nov + 140 days (28+31+31+28+22) = Mon 22 Mar 2027',
  },
  {
    rule: 'draft-response',
    dates: { served: '2026-12-18' },
    expect: '2027-01-01',
    warns: true,
    why: 'DOMAIN example: served = day 1, so 18 Dec + 14 = 1 Jan 2027, a bank holiday shown as is',
  },
  {
    rule: 'annual-review-decision',
    dates: { meeting: '2026-07-16' },
    expect: '2026-08-13',
    why: 'DOMAIN example: 16 Jul + 28 days = Thu 13 Aug 2026; August not excluded',
  },
  {
    rule: 'order-amend',
    dates: { order: '2026-12-16' },
    expect: '2027-01-20',
    why: 'DOMAIN example: 16 Dec + 35 days = Wed 20 Jan 2027',
  },
  {
    rule: 'assessment-decision',
    dates: { request: '2026-11-14' },
    expect: '2026-12-26',
    warns: true,
    why: '14 Nov + 42 = 26 Dec 2026, a Saturday: the LA duty does not move',
  },
  {
    rule: 'assessment-decision',
    dates: { request: '2026-02-20' },
    expect: '2026-04-03',
    warns: true,
    why: '20 Feb + 42 (8+31+3) = 3 Apr 2026, Good Friday, not moved',
  },
  {
    rule: 'draft-response',
    dates: { served: '2027-12-14' },
    expect: '2027-12-28',
    warns: true,
    why: '14 Dec + 14 = 28 Dec 2027, the Boxing Day substitute holiday, not moved',
  },
  {
    rule: 'draft-response',
    dates: { served: '2026-02-15' },
    expect: '2026-03-01',
    warns: true,
    why: '15 Feb + 14 = 1 Mar 2026 (February 2026 has 28 days), a Sunday',
  },
  {
    rule: 'amendment-comments',
    dates: { served: '2028-02-20' },
    expect: '2028-03-05',
    warns: true,
    why: 'leap year: 20 Feb + 14 = 5 Mar 2028 (29 Feb counted), a Sunday',
  },
  {
    rule: 'draft-response',
    dates: { served: '2028-04-03' },
    expect: '2028-04-17',
    warns: true,
    why: '3 Apr + 14 = 17 Apr 2028, Easter Monday, not moved',
  },
  {
    rule: 'final-plan',
    dates: { request: '2026-04-15' },
    expect: '2026-09-02',
    why: '15 Apr + 140 days (15+31+30+31+31+2) = Wed 2 Sep 2026',
  },
  {
    rule: 'annual-review-decision',
    dates: { meeting: '2026-12-03' },
    expect: '2026-12-31',
    why: '3 Dec + 28 = Thu 31 Dec 2026; Christmas not excluded for LA duties',
  },
  {
    rule: 'amended-plan',
    dates: { notice: '2026-12-31' },
    expect: '2027-02-25',
    why: '31 Dec + 56 days (31+25) = Thu 25 Feb 2027',
  },
  {
    rule: 'annual-review',
    dates: { plan: '2028-02-29' },
    expect: '2029-02-28',
    why: '12 months from 29 Feb 2028: no 29 Feb 2029 → last day of February',
  },
  {
    rule: 'annual-review',
    dates: { plan: '2026-03-31' },
    expect: '2027-03-31',
    why: '12 months: corresponding date 31 Mar 2027',
  },
  {
    rule: 'review-invitations',
    dates: { meeting: '2026-07-16' },
    expect: '2026-07-02',
    why: 'at least 2 weeks before a 16 Jul meeting: 16 Jul − 14 = Thu 2 Jul',
  },
  {
    rule: 'review-report',
    dates: { meeting: '2026-07-16' },
    expect: '2026-07-30',
    why: '16 Jul + 14 = Thu 30 Jul 2026',
  },
  {
    rule: 'no-plan-decision',
    dates: { request: '2026-11-02' },
    expect: '2027-02-22',
    why: '2 Nov + 112 days (28+31+31+22) = Mon 22 Feb 2027',
  },
  {
    rule: 'advice',
    dates: { requested: '2027-03-19' },
    expect: '2027-04-30',
    why: '19 Mar + 42 (12+30) = Fri 30 Apr 2027',
  },
  {
    rule: 'phase-transfer',
    dates: { transfer: '2027-09-01' },
    expect: '2027-02-14',
    warns: true,
    why: 'before 15 Feb in the transfer year → 14 Feb 2027, a Sunday, not moved',
  },
  {
    rule: 'phase-transfer-post16',
    dates: { transfer: '2028-09-04' },
    expect: '2028-03-30',
    why: 'before 31 Mar 2028 → Thu 30 Mar 2028',
  },
  {
    rule: 'phase-transfer-post16-move',
    dates: { transfer: '2027-09-01' },
    expect: '2027-04-01',
    why: '5 months before 1 Sep 2027 = 1 Apr 2027',
  },
  {
    rule: 'phase-transfer-post16-move',
    dates: { transfer: '2027-07-31' },
    expect: '2027-02-28',
    warns: true,
    why: '5 months before 31 Jul: no 31 Feb → last day of February 2027, a Sunday',
  },
  {
    rule: 'mediation-contact',
    dates: { decision: '2026-06-30' },
    expect: '2026-08-30',
    warns: true,
    why: '2 months after 30 Jun = Sun 30 Aug 2026, shown raw (contact early)',
  },
  {
    rule: 'mediation-held',
    dates: { informed: '2026-12-10' },
    expect: '2027-01-09',
    warns: true,
    why: '10 Dec + 30 days (21+9) = Sat 9 Jan 2027, not moved',
  },
  {
    rule: 'mediation-agreement',
    dates: { agreement: '2027-08-19' },
    expect: '2027-09-02',
    why: '19 Aug + 14 = Thu 2 Sep 2027; August not excluded for LA duties',
  },
  {
    rule: 'order-plan-final',
    dates: { order: '2027-10-15' },
    expect: '2027-12-31',
    why: '15 Oct + 77 days (16+30+31) = Fri 31 Dec 2027',
  },
  {
    rule: 'order-school',
    dates: { order: '2027-12-13' },
    expect: '2027-12-27',
    warns: true,
    why: '13 Dec + 14 = 27 Dec 2027, Christmas substitute holiday, not moved',
  },
  {
    rule: 'order-assess-final-plan',
    dates: { order: '2026-06-01' },
    expect: '2026-09-07',
    why: '1 Jun + 98 days (29+31+31+7) = Mon 7 Sep 2026',
  },
  {
    rule: 'conceded-amend',
    dates: { conceded: '2026-07-30' },
    expect: '2026-09-03',
    why: '30 Jul + 35 (1+31+3) = Thu 3 Sep 2026',
  },
  {
    rule: 'recommendation-response',
    dates: { decision: '2027-03-01' },
    expect: '2027-04-05',
    why: '1 Mar + 35 (30+5) = Mon 5 Apr 2027',
  },
  // ---- Working days (weekends and bank holidays skipped, event day not counted) ----
  {
    rule: 'mediation-certificate',
    dates: { informed: '2026-12-24' },
    expect: '2026-12-31',
    why: '25 Dec BH, 26–27 weekend, 28 Dec substitute; 29, 30, 31 Dec are working days 1–3',
  },
  {
    rule: 'mediation-certificate',
    dates: { informed: '2027-12-23' },
    expect: '2027-12-30',
    why: '24 Dec = 1; 25–26 weekend; 27, 28 substitutes; 29 = 2; 30 = 3',
  },
  {
    rule: 'mediation-certificate',
    dates: { informed: '2027-12-30' },
    expect: '2028-01-05',
    why: '31 Dec = 1; 1–2 Jan weekend; 3 Jan substitute; 4 = 2; 5 = 3',
  },
  {
    rule: 'mediation-certificate',
    dates: { informed: '2027-03-25' },
    expect: '2027-04-01',
    why: 'Easter: 26 Mar GF, weekend, 29 EM; 30 = 1, 31 = 2, 1 Apr = 3',
  },
  {
    rule: 'mediation-certificate-after',
    dates: { ended: '2026-08-27' },
    expect: '2026-09-02',
    why: '28 Aug = 1; weekend; 31 Aug bank holiday; 1 Sep = 2; 2 Sep = 3',
  },
  {
    rule: 'mediation-health-notice',
    dates: { informed: '2028-04-13' },
    expect: '2028-04-20',
    why: '14 Apr GF, weekend, 17 Apr EM; 18, 19, 20 Apr = 1–3',
  },
  {
    rule: 'mediation-notice',
    dates: { mediation: '2026-12-31' },
    expect: '2026-12-22',
    why: '5 working days before 31 Dec: 30, 29, (28 sub, 27, 26, 25 skipped), 24, 23, 22',
  },
  {
    rule: 'complaint',
    dates: { received: '2026-12-21' },
    expect: '2027-01-21',
    why: 'default 20 working days: 22–24 Dec = 3, 29–31 Dec = 6, 4–8 Jan = 11, 11–15 = 16, 18–21 = 20',
  },
  {
    rule: 'complaint',
    dates: { received: '2026-05-01' },
    params: { 'working-days': 10 },
    expect: '2026-05-18',
    why: '4 May BH; 5–8 May = 4, 11–15 = 9, 18 = 10',
  },
  // ---- Subject access: one month, then next working day (ICO) ----
  {
    rule: 'sar',
    dates: { received: '2027-01-31' },
    expect: '2027-03-01',
    why: 'DOMAIN example: 28 Feb 2027 is a Sunday → Mon 1 Mar',
  },
  {
    rule: 'sar',
    dates: { received: '2026-01-31' },
    expect: '2026-03-02',
    why: '31 Jan + 1 month → 28 Feb 2026, a Saturday → Mon 2 Mar',
  },
  { rule: 'sar', dates: { received: '2026-03-29' }, expect: '2026-04-29', why: '29 Apr 2026 is a Wednesday' },
  {
    rule: 'sar',
    dates: { received: '2026-11-28' },
    expect: '2026-12-29',
    why: '28 Dec 2026 is the Boxing Day substitute → Tue 29 Dec',
  },
  {
    rule: 'sar',
    dates: { received: '2027-11-27' },
    expect: '2027-12-29',
    why: '27 and 28 Dec 2027 are substitute holidays → Wed 29 Dec',
  },
  {
    rule: 'sar',
    dates: { received: '2027-12-01' },
    expect: '2028-01-04',
    why: '1 Jan 2028 Saturday, 2 Sunday, 3 Jan substitute → Tue 4 Jan',
  },
  {
    rule: 'sar',
    dates: { received: '2028-01-30' },
    expect: '2028-02-29',
    why: 'leap year: no 30 Feb → 29 Feb 2028, a Tuesday',
  },
  {
    rule: 'sar-extended',
    dates: { received: '2026-05-31' },
    expect: '2026-09-01',
    why: '3 months → 31 Aug 2026, the summer bank holiday → Tue 1 Sep',
  },
  {
    rule: 'sar',
    dates: { received: '2026-08-21' },
    holidays: ['2026-09-21'],
    expect: '2026-09-22',
    why: '21 Sep 2026 (Mon) made a proclaimed holiday by the user → Tue 22 Sep',
  },
  // ---- School days (term dates given) ----
  {
    rule: 'educational-record',
    dates: { received: '2026-10-14' },
    terms: TERMS_2026_27,
    expect: '2026-11-11',
    why: '15–23 Oct = 7 school days; half-term; 2–6 Nov = 12; 9, 10, 11 Nov = 15',
  },
  {
    rule: 'educational-record',
    dates: { received: '2026-12-10' },
    terms: TERMS_2026_27,
    expect: '2027-01-15',
    why: '11 Dec = 1, 14–18 Dec = 6; holidays; 5–8 Jan = 10; 11–15 Jan = 15',
  },
  // ---- Tribunal acts: r12(2) and r12(3)(b) ----
  {
    rule: 'la-response',
    dates: { appeal: '2026-11-13' },
    expect: '2026-12-29',
    why: '13 Nov + 42 = Fri 25 Dec (Christmas) → 26–27 weekend, 28 substitute → Tue 29 Dec',
  },
  {
    rule: 'tribunal-direction',
    dates: { from: '2026-07-27' },
    params: { days: 10 },
    expect: '2026-09-07',
    why: '28–31 Jul = 4 days; August not counted; 1–6 Sep = 10 → Sun 6 Sep → r12(2) Mon 7 Sep',
  },
  {
    rule: 'tribunal-direction',
    dates: { from: '2026-12-20' },
    params: { days: 10 },
    expect: '2027-01-07',
    why: '21–24 Dec = 4; 25 Dec–1 Jan not counted; 2–7 Jan = 10 → Thu 7 Jan 2027',
  },
  {
    rule: 'tribunal-date',
    dates: { directed: '2027-05-31' },
    expect: '2027-06-01',
    why: '31 May 2027 is the spring bank holiday → r12(2) Tue 1 Jun',
  },
];
