import { DocumentKind } from '../../../shared/documents.ts';
import { guessAuthor, professionFromDiscipline, asPersonName } from './guessAuthor.ts';
import { findDates, guessDate } from './guessDate.ts';
import {
  COMPILATION_OPENING,
  EMAIL_HEADER_NAMES,
  EMAIL_HEADER_WEIGHT,
  FILE_NAME_ACRONYMS,
  KIND_NAME_RULES,
  KIND_PRIORITY,
  KIND_TEXT_CHARS,
  KIND_TEXT_RULES,
  LETTER_KINDS,
  LETTER_TITLE_PREFIX,
  MIN_KIND_SCORE,
  NOT_TITLE_LINES,
  ORGANISATION_LINE,
  PLAN_MIN_SECTIONS,
  PLAN_SECTION_HEADING,
  PLAN_SECTIONS_WEIGHT,
  TITLE_WORDS,
} from './metadataRules.ts';
import { PROFESSIONS } from './professions.ts';
import type { ImportedFile } from './types.ts';

/**
 * First guesses at what a document is, who wrote it and when, for the document list; the user
 * corrects any of them. Reads the text the importer produced plus what the file says about itself
 * (PDF info, Word properties, email headers). All the rules are data (metadataRules.ts,
 * professions.ts); this file only applies them.
 */
export interface GuessedMetadata {
  kind: DocumentKind;
  title: string;
  author?: string;
  profession?: string;
  /** ISO yyyy-mm-dd. */
  date?: string;
}

const compile = (p: string) => new RegExp(p, 'imu');
const textRules = Object.entries(KIND_TEXT_RULES).map(([kind, rules]) => ({
  kind: kind as DocumentKind,
  res: rules.map((r) => ({ re: compile(r.pattern), weight: r.weight })),
}));
const nameRules = Object.entries(KIND_NAME_RULES).map(([kind, rules]) => ({
  kind: kind as DocumentKind,
  res: rules.map((r) => ({ re: compile(r.pattern), weight: r.weight })),
}));
const sectionHeading = new RegExp(PLAN_SECTION_HEADING, 'gimu');

/** Does the text open with an email's header block (From: plus To:/Sent:/Subject:)? */
export function hasEmailHeader(text: string): boolean {
  const head = text.split('\n').slice(0, 12).join('\n');
  const found = EMAIL_HEADER_NAMES.filter((h) => new RegExp(`(?:^|\\s)${h}\\s*:`, 'im').test(head));
  return found.includes('from') && found.length >= 3;
}

const fileWords = (fileName: string) =>
  fileName
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');

export function scoreKinds(fileName: string, text: string): Record<DocumentKind, number> {
  const head = text.slice(0, KIND_TEXT_CHARS);
  const scores = Object.fromEntries(DocumentKind.options.map((k) => [k, 0])) as Record<DocumentKind, number>;
  for (const { kind, res } of textRules) for (const { re, weight } of res) if (re.test(head)) scores[kind] += weight;
  const words = fileWords(fileName);
  for (const { kind, res } of nameRules) for (const { re, weight } of res) if (re.test(words)) scores[kind] += weight;
  const sections = new Set([...text.matchAll(sectionHeading)].map((m) => m[1]!.toUpperCase()));
  if (sections.size >= PLAN_MIN_SECTIONS) scores.plan += PLAN_SECTIONS_WEIGHT;
  if (hasEmailHeader(text)) scores.correspondence += EMAIL_HEADER_WEIGHT;
  return scores;
}

function guessKind(fileName: string, file: ImportedFile, text: string, hasProfessionalAuthor: boolean): DocumentKind {
  if (file.metadata?.kind) return file.metadata.kind;
  // A photo with a few words on it is evidence (a picture of an injury, a room, a note).
  if (file.sourceType === 'image' && text.replace(/\s/g, '').length < 80) return 'evidence';
  const scores = scoreKinds(fileName, text);
  if (hasProfessionalAuthor) scores.report += 2;
  const best = [...KIND_PRIORITY].sort(
    (a, b) => scores[b] - scores[a] || KIND_PRIORITY.indexOf(a) - KIND_PRIORITY.indexOf(b),
  )[0]!;
  return scores[best] >= MIN_KIND_SCORE ? best : 'other';
}

const stem = (fileName: string) => fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A title from the file's own properties, unless it is a program's placeholder or the file name. */
function sensibleTitle(title: string | undefined, fileName: string): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length < 3 || t.length > 200 || !/\p{L}/u.test(t)) return undefined;
  if (squash(t) === squash(stem(fileName)) || squash(t) === squash(fileName)) return undefined;
  if (
    /^(?:microsoft (?:word|excel|powerpoint)\b|untitled|document\s*\d*$|doc\d+$|title$|none$|unknown$|slide \d+$)/i.test(
      t,
    )
  )
    return undefined;
  // Left over from the template the file was made from ("EHCP template v4").
  if (/\btemplate\b|\bv\d+(?:\.\d+)*$/i.test(t)) return undefined;
  if (/\.(?:docx?|pdf|rtf|odt|txt|html?)$/i.test(t) || /[\\/]/.test(t)) return undefined;
  return t;
}

const notTitle = NOT_TITLE_LINES.map((p) => new RegExp(p, 'iu'));
const organisation = new RegExp(ORGANISATION_LINE, 'i');
const titleWords = new RegExp(TITLE_WORDS, 'i');
const namesItself = /\b(?:letter|notice|decision|certificate|directions?|order)\b/i;
const CONNECTOR_END = /(?:[-–—,&:]|\b(?:and|of|for|the|to|in|on|with|a|an))$/i;
const endsWithTitleWord = new RegExp(`${TITLE_WORDS}$`, 'i');

function isTitleCandidate(line: string): boolean {
  if (line.length < 4 || line.length > 120 || !/\p{L}{3}/u.test(line)) return false;
  if (notTitle.some((re) => re.test(line))) return false;
  if (line.split(/\s+/).length > 14 || /[.;]$/.test(line)) return false;
  // A line that is little more than a date ("Tuesday 10 July 2026") is a letter's date.
  const dates = findDates(line);
  if (dates.length && line.length - dates.reduce((n, d) => n + d.length, 0) < 12) return false;
  return true;
}

/** The first heading-like line, preferring one that names a kind of document ("… Report"). */
function titleFromText(text: string): string | undefined {
  const lines = text.split('\n').map(withoutIdentifiers).filter(Boolean).slice(0, 30);
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => isTitleCandidate(l));
  const pick =
    candidates.slice(0, 8).find(({ l }) => titleWords.test(l) && !organisation.test(l)) ??
    candidates.find(({ l }) => !organisation.test(l));
  if (!pick) return undefined;
  let title = pick.l;
  const next = lines[pick.i + 1];
  // A title wrapped onto a second line: join when the first ends mid-phrase, or does not end in a
  // document word and the second is a few capitalised words ("… Assessment — Disabled" /
  // "Children's Team"), but not "Health Advice" / "Community Paediatrics".
  // A line that goes on in lower case is the same sentence wrapped ("… to issue a" / "final plan").
  const unfinished =
    CONNECTOR_END.test(title) ||
    (!/[.:;!?]$/.test(title) && /^\p{Ll}/u.test(next ?? '')) ||
    // … but not after a reference number: "Hearing bundle: appeal EH/2026/0417" / "Sam Taylor" is complete.
    (!endsWithTitleWord.test(title) && !/\d$/.test(title) && /^(?:\p{Lu}[\p{L}'’]*\s?){1,4}$/u.test(next ?? ''));
  if (next && isTitleCandidate(next) && unfinished && (title + next).length <= 140) {
    title = `${title} ${next}`;
  }
  return title;
}

/**
 * The child's date of birth, NHS number and the like belong in the letter, not in the document
 * list: a title keeps what the document is about.
 */
function withoutIdentifiers(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .replace(/[,(]?\s*(?:date of birth|d\.?o\.?b\.?)\s*:?\s*[\p{L}\p{N} /.-]*?\d{2,4}\)?(?=\s*(?:[—–:-]|,|$))/iu, '')
    .replace(/[,(]?\s*(?:nhs|hospital|unique pupil|upn)\s*(?:no\.?|number)?\s*:?\s*[\d ]{6,14}\d\)?/giu, '')
    .replace(/\s+([,:;])/g, '$1')
    .trim();
}

const trailingPunctuation = (s: string) => s.replace(/[\s,;:–—-]+$/u, '');

/** "Subject:" of a printed email, or a letter's "Re:" line. */
function subjectLine(text: string): string | undefined {
  const lines = text.split('\n').slice(0, 40);
  for (const [i, line] of lines.entries()) {
    const m = line.match(/(?:^|\s)(?:subject|re)\s*:\s*(.*)$/i);
    if (!m || (!/^\s*(?:subject|re)\b/i.test(line) && !/subject\s*:/i.test(line))) continue;
    const value = trailingPunctuation(withoutIdentifiers(m[1]!.trim() || lines[i + 1]?.trim() || ''));
    // "Re: Amara OKONKWO-REID" only names the child: it says nothing of what the letter is.
    if (value.length >= 3 && !asPersonName(value)) return value.slice(0, 200);
  }
  return undefined;
}

function tidyFileName(fileName: string): string {
  const acronyms = new Map(FILE_NAME_ACRONYMS.map((a) => [a.toLowerCase(), a]));
  const words = stem(fileName)
    .replace(/^\d+[\s._-]+/, '')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((w) => acronyms.get(w.toLowerCase()) ?? w);
  const title = words.join(' ').trim();
  if (!title) return fileName;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function firstHeading(structure: unknown): string | undefined {
  const blocks = (
    structure as { format?: string; blocks?: { type: string; level?: number; text?: string }[] } | undefined
  )?.blocks;
  if (!Array.isArray(blocks)) return undefined;
  // Only the Title style: a first "Heading 1" is as often "1. Introduction" as the report's name.
  return blocks.find((b) => b.type === 'heading' && b.level === 0 && b.text)?.text;
}

/**
 * A letter's subject names what it is about ("Re: Final Education, Health and Care Plan"); as a
 * title alone it would pass the letter off as that document, so it says it is a letter about it.
 */
function letterTitle(subject: string, kind: DocumentKind): string {
  // An email's subject is plainly an email's; a formal letter's "Re:" line reads as a document name.
  const prefix = LETTER_TITLE_PREFIX[kind];
  if (!prefix || !titleWords.test(subject) || namesItself.test(subject)) return subject;
  return `${prefix}: ${subject}`;
}

/**
 * A title in the file's properties that names another kind of document than this one ("Final EHC
 * plan" on a letter) was left there by the file it was made from: it is another document's title.
 */
function namesAnotherKind(title: string, kind: DocumentKind): boolean {
  if (kind === 'other') return false;
  const words = fileWords(title);
  const named = nameRules.filter(({ res }) => res.some(({ re }) => re.test(words))).map((r) => r.kind);
  return named.length > 0 && !named.includes(kind);
}

function guessTitle(fileName: string, file: ImportedFile, text: string, kind: DocumentKind, author?: string): string {
  const props = sensibleTitle(file.metadata?.title, fileName);
  const own = props && !namesAnotherKind(props, kind) ? props : undefined;
  if (file.sourceType === 'email') return own ?? tidyFileName(fileName);
  const subject = LETTER_KINDS.includes(kind) ? subjectLine(text) : undefined;
  // A letter with no subject has only its letterhead above it: who wrote it says more.
  const letter = subject
    ? letterTitle(subject, kind)
    : kind === 'correspondence' && author
      ? `Letter from ${author}`
      : undefined;
  return letter ?? own ?? firstHeading(file.structure) ?? titleFromText(text) ?? tidyFileName(fileName);
}

const compilation = new RegExp(COMPILATION_OPENING, 'i');

export function guessMetadata(fileName: string, file: ImportedFile): GuessedMetadata {
  const text = file.pages.map((p) => p.text).join('\n');
  if (!file.metadata?.kind && compilation.test(text.split('\n').slice(0, 10).join('\n'))) {
    return {
      kind: 'other',
      title: sensibleTitle(file.metadata?.title, fileName) ?? titleFromText(text) ?? tidyFileName(fileName),
    };
  }
  const fromEmail = file.sourceType === 'email';
  const found = fromEmail ? {} : guessAuthor(text);
  const ownAuthor = file.metadata?.author ? asPersonName(file.metadata.author) : undefined;
  const author = fromEmail ? file.metadata?.author : (found.author ?? ownAuthor);
  const advises = PROFESSIONS.find((p) => p.canonical === found.profession)?.givesAdvice !== false;
  const kind = guessKind(fileName, file, text, !!(found.author && found.profession && advises));
  const title = guessTitle(fileName, file, text, kind, author);
  let profession = found.profession;
  // A report that names its subject but not its writer's job: "Occupational Therapy Report".
  if (!profession && kind === 'report')
    profession = professionFromDiscipline(`${title}\n${text.split('\n').slice(0, 6).join('\n')}`);
  const date = fromEmail ? file.metadata?.date : (guessDate(text) ?? file.metadata?.date);
  return {
    kind,
    title,
    ...(author ? { author } : {}),
    ...(profession ? { profession } : {}),
    ...(date ? { date } : {}),
  };
}
