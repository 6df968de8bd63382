import type { EvidenceStatus, SectionId, Specific, TargetSection } from '../../../shared/evidence.ts';

/** What a finding rests on, gathered by confidence.ts; turned into sentences a parent reads. */
export interface ReasonFacts {
  status: EvidenceStatus;
  belongsIn: TargetSection;
  /** The plan text the finding rests on (the match, or for "missing" the nearest, if any). */
  place?: { section: SectionId; para: string };
  /** The recommendation's phrases that the plan also uses, whole. */
  sharedPhrases: string[];
  /** How close the sentence meanings are, when the meaning model compared them. */
  meaning?: 'close' | 'related' | 'distant';
  kept: Specific[];
  lost: { specific: Specific; instead: string[] }[];
  /** Only part of it is in the plan: the phrases the plan leaves out (may be empty). */
  partOnly?: string[];
  /** Hedging words in the plan's text, each with why it weakens the provision. */
  vague: { words: string; reason: string }[];
  /** The plan words it differently, so whether anything was left out needs a person. */
  reworded?: boolean;
}

/** Each detail of a provision, as a parent would name it. */
const WHAT: Record<Specific['type'], string> = {
  who: 'who should do it',
  ratio: 'how many children to each adult',
  frequency: 'how often',
  duration: 'how long each session lasts',
  term: 'how long it goes on, or by when',
  setting: 'when and where',
  amount: 'how many sessions',
  mode: 'that it is given directly',
};

/** Where each kind of provision belongs and the law behind it, in plain words. */
const RULES: Record<TargetSection, string> = {
  F: 'Help with learning belongs in Section F, where the council has a legal duty to make sure it is given (Children and Families Act 2014, section 42). Therapy that helps a child learn or communicate counts as help with learning.',
  G: 'Health care that does not help the child learn belongs in Section G.',
  H1: 'Social care under section 2 of the Chronically Sick and Disabled Persons Act 1970 belongs in Section H1.',
  H2: 'Other social care belongs in Section H2.',
  E: 'A goal for the child (an outcome) belongs in Section E (SEND Code of Practice, paragraph 9.66).',
  B: 'A need belongs in Section B.',
};

/** "paragraph F6", "paragraphs F3 and F4", or "Section F (E4)" for a table row's own label. */
export function placeName(section: SectionId, para: string): string {
  const paras = para.split(/,\s*/).filter(Boolean);
  // A plan numbers paragraphs "6" or "F6"; either is paragraph F6.
  const own = new RegExp(`^(${section})?\\d`);
  if (paras.length && paras.every((p) => own.test(p)))
    return `paragraph${paras.length > 1 ? 's' : ''} ${andList(paras.map((p) => (/^\d/.test(p) ? `${section}${p}` : p)))}`;
  return paras.length ? `Section ${section} (${andList(paras)})` : `Section ${section}`;
}

export function andList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const quoted = (s: string) => `“${s}”`;

/**
 * Why Casebook says what it says about one recommendation, as short plain sentences: where the
 * plan talks about the same thing (in the report's own words), what detail it keeps and loses,
 * any hedging, and where the law says it belongs (always last). No scores: confidence is shown apart.
 */
export function reasonSentences(f: ReasonFacts): string[] {
  const out: string[] = [];
  const where = f.place ? placeName(f.place.section, f.place.para) : undefined;
  if (f.status === 'missing') {
    out.push('Nothing in the plan is about the same help.');
    if (where) out.push(`The closest the plan comes is ${where}, which is about something else.`);
  } else {
    const phrases = f.sharedPhrases.length ? andList(f.sharedPhrases) : undefined;
    if (where && f.status === 'wrong-section')
      out.push(`The plan mentions it only in ${where}${phrases ? `: ${phrases}` : ''}.`);
    else if (where) {
      // "paragraph F6 talks", "paragraphs F3 and F4 talk".
      const s = /^paragraphs /.test(where) ? '' : 's';
      const about = phrases
        ? `talk${s} about the same thing: ${phrases}.`
        : f.meaning === 'close'
          ? `say${s} the same thing in other words.`
          : `seem${s} to be about the same thing, in other words.`;
      out.push(`The plan’s ${where} ${about}`);
    }
    if (f.meaning === 'distant' && f.sharedPhrases.length)
      out.push('They share some words but seem to mean different things, so please read both.');
  }
  if (f.kept.length) {
    const byType = new Map<Specific['type'], string[]>();
    for (const s of f.kept) byType.set(s.type, [...(byType.get(s.type) ?? []), s.text]);
    out.push(`The plan keeps ${andList([...byType].map(([type, texts]) => `${WHAT[type]} (${texts.join('; ')})`))}.`);
  }
  for (const { specific: s, instead } of f.lost) {
    out.push(
      instead.length
        ? `The report says ${WHAT[s.type]} — ${s.text} — but the plan says ${andList(instead)}.`
        : `The report says ${WHAT[s.type]} — ${s.text} — and the plan does not.`,
    );
  }
  if (f.partOnly)
    out.push(
      f.partOnly.length
        ? `The plan has only part of it: it does not mention ${andList(f.partOnly)}.`
        : 'The plan has only part of it.',
    );
  if (f.reworded)
    out.push('The plan words it differently, so a person needs to read both to see whether anything was left out.');
  for (const v of f.vague) out.push(`The plan says ${quoted(v.words)}: ${lowerFirst(v.reason)}`);
  out.push(RULES[f.belongsIn]);
  return out;
}
