import type { EvidenceStatus } from './evidence.ts';

/**
 * The evidence map's statuses explained in one sentence each, for the map and Help, and the
 * order a parent should read them in: what the plan leaves out first, what it has right last.
 */
export const STATUS_MEANING: Record<EvidenceStatus, string> = {
  missing: 'The plan does not include this recommendation anywhere.',
  'wrong-section':
    'The plan includes it, but in a section where it cannot be enforced or does not belong (for example, therapy in Section B instead of Section F).',
  weakened:
    'The plan includes it, but with less: no amount or frequency, a less qualified person, or softer words such as “as appropriate”.',
  included: 'The plan includes it in the right section, with the detail the report asked for.',
};

/** Group headings, most serious first. */
export const STATUS_GROUPS: { status: EvidenceStatus; heading: string }[] = [
  { status: 'missing', heading: 'Missing from the plan' },
  { status: 'wrong-section', heading: 'In the wrong section' },
  { status: 'weakened', heading: 'Watered down' },
  { status: 'included', heading: 'Included as recommended' },
];
