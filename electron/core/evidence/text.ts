import { rules } from './rules/index.ts';

/** Curly quotes, dashes and odd spaces from PDFs and Word made plain, so rules match one form. */
export function normalise(text: string): string {
  return (
    text
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
      .replace(/[\u2010\u2011]/g, '-')
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/\ufb01/g, 'fi')
      .replace(/\ufb02/g, 'fl')
      // OCR reads "1:1" as "l:l" or "1:I" on scanned reports.
      .replace(/(?<![\w:])[lI1] ?: ?[lI1](?![\w:])/g, '1:1')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a
 * space and a capital, digit or opening quote, keeping "e.g." and "Dr." with what follows. A
 * decimal ("0.4 seconds") has no space after its point, so it never splits.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of normalise(text).split(/(?<=[.!?]["')\]]?)\s+(?=["'(]?[A-Z0-9])/)) {
    const prev = out.at(-1);
    if (prev && /\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|No|approx|incl|cf|vs)\.$/i.test(prev))
      out[out.length - 1] = `${prev} ${part}`;
    else if (part.trim()) out.push(part.trim());
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Synonym phrases, longest first, as one alternation that rewrites each to its group's term. */
const synonymPhrases = rules.synonyms.groups
  .flatMap((g) =>
    g.phrases.map((p) => ({
      phrase: p.toLowerCase(),
      term: [g.id, ...(g.also ?? [])].map((id) => `c_${id}`).join(' '),
    })),
  )
  .sort((a, b) => b.phrase.length - a.phrase.length);
const synonymRe = new RegExp(`(?<![\\w-])(${synonymPhrases.map((p) => escape(p.phrase)).join('|')})(?![\\w-])`, 'g');
const synonymTerm = new Map(synonymPhrases.map((p) => [p.phrase, p.term]));

const stopwords = new Set(rules.generic.stopwords);

/** Where each synonym phrase ("speech and language therapy") sits in a lower-case text, with its terms. */
export function synonymSpans(lower: string): { start: number; end: number; terms: string[] }[] {
  return [...lower.matchAll(synonymRe)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    terms: (synonymTerm.get(m[0]) ?? '').split(' '),
  }));
}

/**
 * "delivered by a qualified speech and language therapist" names WHO, not WHAT: rewritten to a
 * who-term (w_slt) that does not match the therapy itself, so a group "run by the SALT" is not
 * mistaken for the plan's speech and language therapy.
 */
const whoWords = rules.professions.professions
  .flatMap((p) => p.words.map((w) => ({ w: w.toLowerCase(), id: p.id })))
  .sort((a, b) => b.w.length - a.w.length);
const whoRe = new RegExp(
  `\\b(by|from|with|led by|run by)\\s+(?:a|an|the|their|his|her)?\\s*((?:qualified|trained|specialist|highly specialist|advanced|experienced|senior|familiar|registered)\\s+)*(${whoWords.map((x) => escape(x.w)).join('|')})(?![\\w-])`,
  'g',
);
const whoId = new Map(whoWords.map((x) => [x.w, x.id]));

/** A light English stemmer: enough that "sessions"/"session" and "taught"/"teaching" meet. */
export function stem(word: string): string {
  const irregular: Record<string, string> = { taught: 'teach', children: 'child', written: 'write', wrote: 'write' };
  if (irregular[word]) return irregular[word];
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Terms for similarity: synonyms folded to their group (c_slt…), stop words, numbers and the
 * child's own names dropped (every paragraph of a plan names the child), the rest stemmed.
 */
export function terms(text: string, ignore: ReadonlySet<string> = new Set()): string[] {
  // A person named with a title ("Ms Okafor", "Dr Patel") is who, never what is provided.
  const lower = normalise(text)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/\b(mr|mrs|ms|miss|mx|dr|prof)\.? [a-z][a-z'-]+/g, ' ');
  const who = lower.replace(
    whoRe,
    (_m, prep: string, _q, word: string) => ` ${prep} w_${(whoId.get(word) ?? 'x').replace(/-/g, '')} `,
  );
  const folded = who.replace(synonymRe, (m) => ` ${synonymTerm.get(m) ?? m} `);
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9_]+/)) {
    if (!raw || stopwords.has(raw) || ignore.has(raw)) continue;
    if (/^\d/.test(raw)) continue;
    out.push(raw.startsWith('c_') || raw.startsWith('w_') ? raw : stem(raw));
  }
  return out;
}

const genericSet = new Set(rules.generic.words.map((w) => (w.startsWith('c_') ? w : stem(w))));
/** How much a term says about WHAT is provided: delivery words count for less. */
export const termWeight = (term: string): number =>
  genericSet.has(term) || term.startsWith('w_') ? rules.generic.weight : 1;
