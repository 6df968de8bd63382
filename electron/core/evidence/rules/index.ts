import { z } from 'zod';
import { SectionId, SpecificType } from '../../../../shared/evidence.ts';
import asidesJson from './asides.json' with { type: 'json' };
import cuesJson from './cues.json' with { type: 'json' };
import genericJson from './generic.json' with { type: 'json' };
import placementJson from './placement.json' with { type: 'json' };
import professionsJson from './professions.json' with { type: 'json' };
import sectionsJson from './sections.json' with { type: 'json' };
import specificsJson from './specifics.json' with { type: 'json' };
import synonymsJson from './synonyms.json' with { type: 'json' };
import vagueJson from './vague.json' with { type: 'json' };

/**
 * The rule files (JSON, each citing its source) checked once on load, so a typo an advocate
 * makes while extending a list fails loudly with the file and field rather than silently matching
 * nothing.
 */
const Sourced = { about: z.string(), source: z.string() };
/** The flags every rule pattern is compiled with (see `rx`); validated with the same flags. */
export const RULE_FLAGS = 'iu';
export const regexString = z.string().refine((s) => {
  try {
    new RegExp(s, RULE_FLAGS);
    return true;
  } catch {
    return false;
  }
}, `not a valid regular expression (with flags "${RULE_FLAGS}": in Unicode mode a needless escape such as \\- or \\' is an error)`);

const SectionsFile = z.object({
  ...Sourced,
  sections: z.array(
    z.object({ id: SectionId, title: z.string(), titlePatterns: z.array(regexString), appeal: z.string() }),
  ),
  headingForms: z.object({ about: z.string(), labelled: z.string(), bare: z.string() }),
});
const ProfessionsFile = z.object({
  ...Sourced,
  professions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      words: z.array(z.string()).min(1),
      agency: z.enum(['education', 'health', 'social care']),
      educates: z.boolean(),
      rank: z.number(),
    }),
  ),
  qualifiers: z.object({ about: z.string(), words: z.array(z.string()) }),
});
const SynonymsFile = z.object({
  ...Sourced,
  groups: z.array(
    z.object({ id: z.string(), phrases: z.array(z.string()).min(1), also: z.array(z.string()).optional() }),
  ),
});
const GenericFile = z.object({
  ...Sourced,
  weight: z.number(),
  words: z.array(z.string()),
  stopwords: z.array(z.string()),
});
const CuesFile = z.object({
  ...Sourced,
  recommendationHeadings: z.array(regexString),
  notRecommendationHeadings: z.array(regexString),
  outcomeHeadings: z.array(regexString),
  needHeadings: z.array(regexString),
  cuePhrases: z.array(z.string()),
  metaSentence: z.object({ about: z.string(), patterns: z.array(regexString) }),
  outcomePatterns: z.array(regexString),
  needPatterns: z.array(regexString),
});
const VagueFile = z.object({
  ...Sourced,
  phrases: z.array(
    z.object({
      id: z.string(),
      pattern: regexString,
      label: z.string(),
      reason: z.string(),
      basis: z.string(),
      unlessNearby: regexString.optional(),
      onlyWithTherapy: z.boolean().optional(),
    }),
  ),
});
const SpecificsFile = z.object({
  ...Sourced,
  labels: z.record(SpecificType, z.string()),
  patterns: z.array(z.object({ type: SpecificType, pattern: regexString })),
  numbers: z.record(z.string(), z.number()),
});
const PatternGroup = z.object({ about: z.string(), patterns: z.array(regexString) });
const PlacementFile = z.object({
  ...Sourced,
  socialCareH1: PatternGroup,
  socialCareH2: PatternGroup,
  health: PatternGroup,
  educatingTherapy: z.object({ about: z.string(), concepts: z.array(z.string()) }),
});

/** Parses one rule file; a mistake names the file and the field, e.g. "vague.json: phrases.3.pattern". */
export function loadRuleFile<T>(file: string, schema: z.ZodType<T>, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`An evidence rule file is not valid (electron/core/evidence/rules/${file}). ${problems}`);
}

const AsidesFile = z.object({ ...Sourced, illustrations: z.array(regexString), targets: z.array(regexString) });

export const rules = {
  asides: loadRuleFile('asides.json', AsidesFile, asidesJson),
  sections: loadRuleFile('sections.json', SectionsFile, sectionsJson),
  professions: loadRuleFile('professions.json', ProfessionsFile, professionsJson),
  synonyms: loadRuleFile('synonyms.json', SynonymsFile, synonymsJson),
  generic: loadRuleFile('generic.json', GenericFile, genericJson),
  cues: loadRuleFile('cues.json', CuesFile, cuesJson),
  vague: loadRuleFile('vague.json', VagueFile, vagueJson),
  specifics: loadRuleFile('specifics.json', SpecificsFile, specificsJson),
  placement: loadRuleFile('placement.json', PlacementFile, placementJson),
};
export type Rules = typeof rules;

/** Case-insensitive, Unicode regular expressions from the rule files. */
export const rx = (pattern: string, flags = RULE_FLAGS): RegExp => new RegExp(pattern, flags);
export const anyOf = (patterns: string[]): RegExp => rx(patterns.map((p) => `(?:${p})`).join('|'));
