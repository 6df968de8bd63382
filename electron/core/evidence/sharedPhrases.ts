import { normalise, synonymSpans, termWeight, terms } from './text.ts';

interface Token {
  text: string;
  start: number;
  end: number;
  /**
   * Shared with the plan and about what is provided (a phrase starts with one); shared but only a
   * delivery word (weekly, minutes, staff), which may continue or end a phrase; a stop word,
   * which only joins; or neither.
   */
  kind: 'what' | 'delivery' | 'stop' | 'other';
}

/**
 * The recommendation's own words that the plan also uses, as whole phrases in reading order:
 * "speech and language therapy" and "weekly session with a therapist", not single words.
 * A phrase stops at punctuation, at "and"/"or" between two things, and at a word the plan does
 * not share; it starts with a word about what is provided, so "times a week" alone is never
 * offered as the likeness.
 * At most `limit` phrases, longest kept.
 */
export function sharedPhrases(text: string, shared: ReadonlySet<string>, limit = 3): string[] {
  const plain = normalise(text);
  const lower = plain.toLowerCase();
  const spans = synonymSpans(lower);
  const tokens: Token[] = [];
  for (const m of plain.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const span = spans.find((s) => s.start <= start && end <= s.end);
    const ts = span ? span.terms : terms(m[0]);
    const common = ts.filter((t) => shared.has(t));
    const kind =
      ts.length === 0
        ? 'stop'
        : common.length === 0
          ? 'other'
          : common.some((t) => termWeight(t) === 1)
            ? 'what'
            : 'delivery';
    // "and" inside a term ("speech and language therapy") joins; between two things it separates them.
    if (!span && /^(and|or|then)$/i.test(m[0])) {
      tokens.push({ text: m[0], start, end, kind: 'other' });
      continue;
    }
    tokens.push({ text: m[0], start, end, kind });
  }
  const phrases: { text: string; at: number; words: number }[] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && run.at(-1)!.kind === 'stop') run.pop();
    if (run.length)
      phrases.push({ text: plain.slice(run[0]!.start, run.at(-1)!.end), at: run[0]!.start, words: run.length });
    run = [];
  };
  tokens.forEach((t, i) => {
    const gap = i > 0 ? plain.slice(tokens[i - 1]!.end, t.start) : '';
    // A table row's cells ("a | b") are separate things too.
    if (/[,.;:()!?"|]/.test(gap)) close();
    if (t.kind === 'other') return close();
    if (t.kind !== 'what' && run.length === 0) return;
    run.push(t);
  });
  close();
  const seen = new Set<string>();
  const unique = phrases.filter((p) => !seen.has(p.text.toLowerCase()) && seen.add(p.text.toLowerCase()));
  const kept = [...unique].sort((a, b) => b.words - a.words).slice(0, limit);
  return unique.filter((p) => kept.includes(p)).map((p) => p.text);
}
