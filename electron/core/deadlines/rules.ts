import type { RuleSummary } from '../../../shared/deadlines.ts';
import { accessRules } from './accessRules.ts';
import { planRules } from './planRules.ts';
import type { DeadlineRule, Limb } from './ruleTypes.ts';
import { tribunalRules } from './tribunalRules.ts';

/** Every statutory timescale Casebook knows (DOMAIN.md §5), in the order a case meets them. */
export const RULES: readonly DeadlineRule[] = [...planRules, ...tribunalRules, ...accessRules];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): DeadlineRule | undefined {
  return byId.get(id);
}

const UNIT_WORDS: Record<Limb['unit'], [string, string]> = {
  days: ['day', 'days'],
  'days-inclusive': ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  'working-days': ['working day', 'working days'],
  'school-days': ['school day', 'school days'],
  fixed: ['', ''],
};

export function describeLength(limb: Limb, n = limb.n): string {
  if (limb.unit === 'fixed' && limb.fixed) {
    return `${limb.fixed.before ? 'before' : 'by'} ${limb.fixed.day} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][limb.fixed.month - 1]} of that year`;
  }
  const abs = Math.abs(n);
  const words = UNIT_WORDS[limb.unit];
  const len = `${abs} ${abs === 1 ? words[0] : words[1]}`;
  if (n < 0) return `${len} before`;
  return limb.unit === 'days-inclusive' ? `${len}, beginning with that day` : len;
}

export function summariseRule(rule: DeadlineRule): RuleSummary {
  return {
    rule: rule.id,
    title: rule.title,
    events: rule.limbs.map((l) => ({ flag: l.flag, label: l.label, required: l.required })),
    length: rule.limbs
      .map((l) => `${rule.parameter ? `N (${rule.parameter.label})` : describeLength(l)} (starts: ${l.label})`)
      .join('; or, if later, '),
    who: rule.who,
    endDay: rule.endDay,
    source: rule.source,
    ruleText: rule.ruleText,
    parameters: rule.parameter
      ? [
          {
            flag: rule.parameter.flag,
            label: rule.parameter.label,
            ...(rule.parameter.default !== undefined ? { default: rule.parameter.default } : {}),
          },
        ]
      : [],
  };
}
