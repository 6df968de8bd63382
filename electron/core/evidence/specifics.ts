import type { Specific } from '../../../shared/evidence.ts';
import { rules, rx } from './rules/index.ts';
import { normalise } from './text.ts';

const patterns = rules.specifics.patterns.map((p) => ({ type: p.type, re: rx(p.pattern, 'giu') }));
const professions = rules.professions.professions
  .flatMap((p) => p.words.map((w) => ({ word: w.toLowerCase(), prof: p })))
  .sort((a, b) => b.word.length - a.word.length);
const qualifierRe = new RegExp(
  `\\b(${[...rules.professions.qualifiers.words].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'i',
);

export type Profession = (typeof rules.professions.professions)[number];

/** Professions named in a text, most expert first ("speech and language therapist", "teaching assistant"). */
export function professionsIn(text: string): { prof: Profession; at: number; phrase: string }[] {
  const lower = ` ${normalise(text).toLowerCase()} `;
  const found: { prof: Profession; at: number; phrase: string }[] = [];
  const taken: [number, number][] = [];
  for (const { word, prof } of professions) {
    const re = new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const m of lower.matchAll(re)) {
      const at = m.index;
      if (taken.some(([s, e]) => at < e && at + word.length > s)) continue;
      // "OT"/"TA"/"EP" only in capitals: "ot" or "ta" inside ordinary English is not a job title.
      if (word.length <= 4 && !/[A-Z]/.test(text.slice(Math.max(0, at - 1), at - 1 + word.length))) {
        const orig = normalise(text).slice(at - 1, at - 1 + word.length);
        if (orig !== orig.toUpperCase()) continue;
      }
      taken.push([at, at + word.length]);
      found.push({ prof, at, phrase: word });
    }
  }
  return found.sort((a, b) => b.prof.rank - a.prof.rank || a.at - b.at);
}

/** The deliverer as written, with any qualifier before it ("a qualified Speech and Language Therapist"). */
function whoSpecifics(text: string): Specific[] {
  const norm = normalise(text);
  return professionsIn(norm)
    .filter((p) => p.prof.rank > 0 || /\b(familiar|trusted|key|all) (adult|staff)/i.test(norm))
    .map((p) => {
      const before = norm.slice(Math.max(0, p.at - 1 - 40), p.at - 1);
      const q = before.match(new RegExp(`(${qualifierRe.source})(\\s+\\w+)?\\s*$`, 'i'));
      const after = norm
        .slice(p.at - 1 + p.phrase.length)
        .match(/^\s+(trained (in|by) [\w\s-]{3,40}?)(?=[,.;)]|\s+(for|to|with|who|should|will)\b|$)/i);
      return {
        type: 'who' as const,
        text: `${q ? `${q[0].trim()} ` : ''}${norm.slice(p.at - 1, p.at - 1 + p.phrase.length)}${after ? ` ${after[1]}` : ''}`,
      };
    });
}

/** Every specific a text states: who, ratio, frequency, duration, term, setting, amount, mode. */
export function extractSpecifics(text: string): Specific[] {
  const norm = normalise(text);
  const out: Specific[] = whoSpecifics(norm);
  const spans: [number, number][] = [];
  for (const { type, re } of patterns) {
    for (const m of norm.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (spans.some(([a, b]) => s < b && e > a)) continue;
      spans.push([s, e]);
      out.push({ type, text: m[0] });
    }
  }
  return out;
}

const numberWords = rules.specifics.numbers;
/** A comparable form: numbers as digits, units and "per/each/a/every" made one form. */
export function canonical(s: Specific): string {
  // "one to one" before number words turn it into "1 to 1".
  let t = normalise(s.text)
    .toLowerCase()
    .replace(/\bone[- ]to[- ]one\b/g, '1:1');
  for (const [w, n] of Object.entries(numberWords)) t = t.replace(new RegExp(`\\b${w}\\b`, 'g'), String(n));
  t = t
    .replace(/\b(mins?|minutes?)\b/g, 'min')
    .replace(/\b(hrs?|hours?)\b/g, 'h')
    .replace(/(\d)[- ](min|h)\b/g, '$1$2')
    .replace(/\b(per|each|every|a)\b/g, '/')
    .replace(/\b(times|sessions?)\b/g, 'x')
    .replace(/\bdaily\b|\/ ?day\b/g, '/day')
    .replace(/\bweekly\b|\/ ?week\b|\bonce \/ week\b/g, '/week')
    .replace(/\bfortnightly\b|\/ ?fortnight\b/g, '/fortnight')
    .replace(/\btermly\b|\/ ?term\b/g, '/term')
    .replace(/\bone[- ]to[- ]one\b|\b1-1\b|\bindividual(ly)?\b/g, '1:1')
    .replace(/\b(at least|of|for|the|an?|in|at|and)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t;
}

const numbers = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).map(Number);

/**
 * Whether the plan keeps a report's specific. Same canonical form, or (for who) the same
 * profession with no qualifier lost, or (for numbers) the same figures in the same kind of unit.
 */
export function kept(rec: Specific, plan: Specific[]): Specific | undefined {
  const same = plan.filter((p) => p.type === rec.type);
  if (rec.type === 'who') {
    const rp = professionsIn(rec.text)[0]?.prof.id;
    return same.find(
      (p) => professionsIn(p.text)[0]?.prof.id === rp && (!qualifierRe.test(rec.text) || qualifierRe.test(p.text)),
    );
  }
  const rc = canonical(rec);
  const rn = numbers(rc);
  return same.find((p) => {
    const pc = canonical(p);
    if (pc === rc) return true;
    const pn = numbers(pc);
    const unit = (c: string) => (c.match(/\/(day|week|fortnight|term|month|year)|min|h\b|1:1/g) ?? []).join(' ');
    return rn.length > 0 && rn.join(',') === pn.join(',') && unit(rc) === unit(pc);
  });
}
