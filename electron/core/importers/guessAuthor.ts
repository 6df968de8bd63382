import { AUTHOR_LABELS, CLOSINGS, NAME_PARTICLES, NAME_TITLES, NOT_NAME_WORDS, ROLE_LABELS } from './metadataRules.ts';
import { JOB_QUALIFIERS, POSTNOMINALS, PROFESSIONS } from './professions.ts';

/**
 * Finds who wrote a document and their profession, from (best first) an author line ("Author: Dr
 * A Person, Educational Psychologist", "Report by …", "Signed: …", an email's "From:"), the
 * signature after a sign-off or at the end, then a role line ("Social worker: A Person").
 */

export interface AuthorGuess {
  author?: string;
  profession?: string;
}

interface ProfessionHit {
  canonical: string;
  index: number;
  length: number;
}

const nameRes = PROFESSIONS.map((p) => ({
  canonical: p.canonical,
  names: new RegExp(`\\b(?:${p.names.join('|')})\\b`, 'i'),
  abbreviations: p.abbreviations ? new RegExp(`\\b(?:${p.abbreviations.join('|')})\\b`) : undefined,
  disciplines: p.disciplines ? new RegExp(`\\b(?:${p.disciplines.join('|')})\\b`, 'i') : undefined,
}));

/** The profession named earliest in `s` (the longest if two start together). */
export function findProfession(s: string, opts: { abbreviations?: boolean } = {}): ProfessionHit | undefined {
  let best: ProfessionHit | undefined;
  for (const p of nameRes) {
    for (const re of [p.names, opts.abbreviations ? p.abbreviations : undefined]) {
      const m = re?.exec(s);
      if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
        best = { canonical: p.canonical, index: m.index, length: m[0].length };
      }
    }
  }
  return best;
}

/** The profession a report's subject implies ("Occupational Therapy Report" → OT). */
export function professionFromDiscipline(s: string): string | undefined {
  let best: { canonical: string; index: number } | undefined;
  for (const p of nameRes) {
    const m = p.disciplines?.exec(s);
    if (m && (!best || m.index < best.index)) best = { canonical: p.canonical, index: m.index };
  }
  return best?.canonical ?? findProfession(s)?.canonical;
}

const TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|\\p{Lo}[\\p{Lo}\\p{M}]*)";
const NAME = new RegExp(`^(?:${NAME_TITLES}\\s+)?${TOKEN}(?:\\s+(?:${NAME_PARTICLES}\\s+)?${TOKEN}){0,4}$`, 'u');
const notName = new RegExp(NOT_NAME_WORDS, 'i');
const qualifierTail = new RegExp(`(?:[\\s,]+(?:${JOB_QUALIFIERS.join('|')}))+\\s*$`, 'i');
const titleOnly = new RegExp(`^${NAME_TITLES}$`, 'i');
const postnominalTail = new RegExp(`(?:[\\s,]+(?:${POSTNOMINALS.join('|')})\\.?)+\\s*$`);

/** A person's name as written ("Dr Ruth Okafor", "Priya Nandra", "王芳"), or undefined. */
export function asPersonName(s: string): string | undefined {
  const name = s.replace(/\s+/g, ' ').trim();
  if (!NAME.test(name) || notName.test(name) || /\d/.test(name)) return undefined;
  const tokens = name.split(' ').filter((t) => !titleOnly.test(t));
  const cjkOrArabic = tokens.length === 1 && /^\p{Lo}{2,}$/u.test(tokens[0]!);
  if (tokens.length < 2 && !(cjkOrArabic || tokens.length !== name.split(' ').length)) return undefined;
  if (tokens.some((t) => findProfession(t, { abbreviations: true }))) return undefined;
  return name;
}

/** "Name, Qualifier Profession (registration)" → the name and the profession. */
function parsePerson(value: string, window = value): AuthorGuess {
  const clean = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const prof = findProfession(window.replace(/\s+/g, ' '), { abbreviations: true });
  let namePart = clean;
  const inValue = findProfession(clean, { abbreviations: true });
  if (inValue && inValue.index > 0) namePart = clean.slice(0, inValue.index);
  // "Educational Psychologist: Dr A Person": the job first, the name after it.
  else if (inValue) namePart = clean.slice(inValue.length).replace(/^[\s:,–—-]+/, '');
  namePart = namePart
    .split(/[,([|;]|\s[-–—]\s/)[0]!
    .replace(qualifierTail, '')
    .replace(postnominalTail, '')
    .trim();
  const author = asPersonName(namePart);
  return { ...(author ? { author } : {}), ...(prof ? { profession: prof.canonical } : {}) };
}

/**
 * A value and the lines after it when it wraps ("Helen Marsh, Advanced Occupational" /
 * "Therapist (HCPC …)"): only when the value itself names no profession, so the next field's
 * words are not read as this person's job.
 */
function wrapped(value: string, after: string[]): string {
  if (findProfession(value, { abbreviations: true }) || !/,|\s(?:and|&)$/i.test(value.trim())) return value;
  return [value, ...after].join(' ');
}

/** Page furniture and blank lines never belong to a signature. */
const furniture = /^(?:page \d+(?: of \d+)?|official(?:[- ]sensitive)?|confidential|private (?:and|&) confidential)$/i;

const authorLabel = new RegExp(`(?:${AUTHOR_LABELS})\\b\\s*([:\\-–—\\t])?\\s*`, 'i');
const roleLabel = new RegExp(`(?:${ROLE_LABELS})\\b\\s*[:\\-–—\\t]?\\s*`, 'i');
const closing = new RegExp(CLOSINGS, 'i');
/** Email headers printed on one line: the From value ends where the next header starts. */
const NEXT_HEADER = /\s(?:to|cc|bcc|sent|date|subject)\s*:.*$/i;

/** The job often sits on the line under the name ("Mrs A Reed" / "SENCo"). */
function withJobBelow(guess: AuthorGuess, below: string | undefined): AuthorGuess {
  if (guess.profession || !below || below.length > 80) return guess;
  const job = findProfession(below, { abbreviations: true });
  return job && job.index < 30 ? { ...guess, profession: job.canonical } : guess;
}

function fromLabels(lines: string[]): AuthorGuess | undefined {
  for (const [i, line] of lines.entries()) {
    const m = authorLabel.exec(line);
    if (!m || m.index !== 0) continue;
    const label = m[0].toLowerCase();
    if (label.startsWith('from') && !m[1]) continue; // "From" is an email header only with its colon
    let value = line.slice(m[0].length);
    let next = i + 1;
    if (!value.trim()) value = lines[next++] ?? '';
    if (label.startsWith('from')) {
      // Address books write "Wells, Karen <karen.wells@…>": put the forename first.
      const from = value.replace(NEXT_HEADER, '').replace(/^\s*([^,<]+),\s*([^,<]+?)\s*(?=<|$)/, '$2 $1');
      const guess = parsePerson(from);
      if (guess.author) return guess;
      continue;
    }
    const guess = parsePerson(value, wrapped(value, lines.slice(next, next + 2)));
    if (guess.author) return withJobBelow(guess, lines[next]);
  }
  return undefined;
}

function fromSignature(lines: string[]): AuthorGuess | undefined {
  const tail = lines.slice(-20);
  const c = tail.findLastIndex((l) => closing.test(l));
  if (c >= 0) {
    for (let j = c + 1; j < Math.min(tail.length, c + 4); j++) {
      const guess = parsePerson(tail[j]!, wrapped(tail[j]!, tail.slice(j + 1, j + 2)));
      if (guess.author) return withJobBelow(guess, tail[j + 1]);
    }
  }
  for (let j = tail.length - 1; j >= 0; j--) {
    const line = tail[j]!;
    const prof = findProfession(line, { abbreviations: true });
    if (!prof) continue;
    if (prof.index > 0) {
      const guess = parsePerson(line);
      if (guess.author) return guess;
    }
    const above = j > 0 ? asPersonName(tail[j - 1]!.replace(/,$/, '')) : undefined;
    if (above && prof.index === 0) return { author: above, profession: prof.canonical };
  }
  return undefined;
}

function fromRoles(lines: string[]): AuthorGuess | undefined {
  for (const [i, full] of lines.entries()) {
    const line = full.replace(/^name of (?:the )?/i, '');
    const prof = findProfession(line);
    const generic = roleLabel.exec(line);
    let rest: string | undefined;
    if (prof && prof.index === 0) rest = line.slice(prof.length);
    else if (generic && generic.index === 0) rest = line.slice(generic[0].length);
    if (rest === undefined) continue;
    rest = rest.replace(/^\s*[:\-–—\t]?\s*/, '');
    if (!rest) rest = lines[i + 1] ?? '';
    const guess = parsePerson(rest, wrapped(rest, lines.slice(i + 1, i + 3)));
    if (guess.author)
      return { author: guess.author, profession: prof && prof.index === 0 ? prof.canonical : guess.profession };
  }
  return undefined;
}

export function guessAuthor(text: string): AuthorGuess {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !furniture.test(l));
  const head = lines.slice(0, 60);
  return (
    fromLabels([...head, ...lines.slice(Math.max(60, lines.length - 25))]) ??
    fromSignature(lines) ??
    fromRoles(head) ??
    {}
  );
}
