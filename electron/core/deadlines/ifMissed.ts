import type { DeadlineRule } from './ruleTypes.ts';

/**
 * What a parent can still do once a deadline has passed, in plain words. A rule may add its own
 * (the appeal: a late appeal with reasons, HESC r20(4)); these follow for every missed deadline.
 */
const SENDIASS =
  'Free, impartial advice: your local SENDIASS (SEND Information, Advice and Support Service) can help you decide what to do next.';
const OWED_TO_YOU =
  'Write to the local authority now: say which duty was missed, since when, and ask for it to be done by a new date (a chaser letter). If nothing happens, a complaint, then the Local Government and Social Care Ombudsman or a judicial review can follow.';
const YOURS = 'Do it now and say why it is late: a late reply is usually still considered, and saying so early helps.';

export function ifMissed(rule: DeadlineRule): string[] {
  const own = rule.ifMissed ?? [];
  if (rule.who === 'family') return [...(own.length ? own : [YOURS]), SENDIASS];
  return [...own, OWED_TO_YOU, SENDIASS];
}
