/**
 * "What was lost" in sentences a parent can read aloud, from the evidence map's lost specifics
 * (`frequency: weekly → not stated`, `section: belongs in Section F → found only in Section B`,
 * `force: "as appropriate" in the plan (…)`). The map keeps the terse form for the gap report
 * and the CLI; the app shows these. A line in a form this does not know is shown as it is, as
 * one sentence, never dropped.
 */

/** What each plan section is for, in the words the app uses elsewhere. */
const SECTION_WORDS: Record<string, string> = {
  A: 'the child’s views',
  B: 'needs',
  C: 'health needs',
  D: 'social care needs',
  E: 'outcomes',
  F: 'special educational provision',
  G: 'health provision',
  H1: 'social care provision',
  H2: 'social care provision',
  I: 'the school',
  J: 'personal budget',
  K: 'advice',
};

const section = (id: string) => (SECTION_WORDS[id] ? `Section ${id} (${SECTION_WORDS[id]})` : `Section ${id}`);

/** For each kind of specific: what the report asks, and what "the plan does not" means for it. */
const SPECIFIC: Record<string, { asks: (x: string) => string; none: string; plan: (y: string) => string }> = {
  'delivered by': {
    asks: (x) => `The report says who should provide it: ${x}`,
    none: 'the plan does not say who',
    plan: (y) => `the plan says ${y}`,
  },
  ratio: {
    asks: (x) => `The report asks for ${x}`,
    none: 'the plan does not say how many adults or children',
    plan: (y) => `the plan says ${y}`,
  },
  frequency: {
    asks: (x) => `The report says how often: ${x}`,
    none: 'the plan does not say how often',
    plan: (y) => `the plan says ${y}`,
  },
  duration: {
    asks: (x) => `The report asks for ${x}`,
    none: 'the plan gives no amount of time',
    plan: (y) => `the plan gives ${y}`,
  },
  amount: {
    asks: (x) => `The report asks for ${x}`,
    none: 'the plan gives no amount',
    plan: (y) => `the plan gives ${y}`,
  },
  'how long / by when': {
    asks: (x) => `The report says for how long or by when: ${x}`,
    none: 'the plan does not',
    plan: (y) => `the plan says ${y}`,
  },
  'when and where': {
    asks: (x) => `The report says when or where: ${x}`,
    none: 'the plan does not',
    plan: (y) => `the plan says ${y}`,
  },
  'direct delivery': {
    asks: () => 'The report asks for direct work with the child',
    none: 'the plan does not say the work is direct',
    plan: (y) => `the plan says ${y}`,
  },
};

const sentence = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.?!]["”’]?$/.test(first) ? first : `${first}.`;
};

/** One lost specific as a sentence. */
export function lostSentence(line: string): string {
  const sec = /^section: belongs in Section (\w+) → found only in Section (\w+)$/.exec(line);
  if (sec)
    return `The report’s advice belongs in ${section(sec[1]!)}, but the plan has it only in ${section(sec[2]!)}.`;
  // The terms list after "not in the plan:" is a matcher's diagnostic, not something to read.
  if (/^content: only part of the recommendation is in the plan/.test(line))
    return 'Only part of what the report asks for is in the plan.';
  const force = /^force: "([^"]+)" in the plan \((.+)\)$/.exec(line);
  if (force) return `The plan says “${force[1]}”. ${sentence(force[2]!)}`;
  const spec = /^([^:]+): (.+) → (.+)$/.exec(line);
  const words = spec ? SPECIFIC[spec[1]!] : undefined;
  if (spec && words) {
    const [, , report, plan] = spec;
    return sentence(`${words.asks(report!)}; ${plan === 'not stated' ? words.none : words.plan(plan!)}`);
  }
  return sentence(line.replace(/ → /g, ', but '));
}

const unstated = (kind: string, lost: readonly string[]) =>
  lost.map((l) => new RegExp(`^${kind}: (.+) → not stated$`).exec(l)).find(Boolean);

/**
 * Every lost specific as a sentence, without repeats. A length of time and how often, both
 * missing, read as one amount: "The report asks for 45 minutes per week; the plan gives no amount."
 */
export function lostInWords(lost: readonly string[]): string[] {
  const [duration, frequency] = [unstated('duration', lost), unstated('frequency', lost)];
  const lines = duration && frequency ? lost.filter((l) => l !== duration[0] && l !== frequency[0]) : lost;
  const joined =
    duration && frequency ? [`The report asks for ${duration[1]} ${frequency[1]}; the plan gives no amount.`] : [];
  return [...new Set([...joined, ...lines.map(lostSentence)].filter(Boolean))];
}
