import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LetterTemplateText, TemplateSummary } from '../../../shared/papers.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';

/** templates/letters at the top of the project (copied beside the compiled core by the build). */
export const BUILT_IN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../templates/letters');
/** The user's own templates live with their app data, not in a case: they are reused across cases. */
export const userTemplatesDir = (appDataDir: string) => join(appDataDir, 'templates', 'letters');

export interface LetterTemplate extends LetterTemplateText {
  body: string;
  /** Who it goes to, for the correspondence log ("the local authority", "the tribunal"). */
  to: string;
}

const FIELD = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Field names as typed anywhere ("School-name", "school_name") → "school name". */
export const fieldKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');

/** Every field a body uses, in order of first use. */
export const fieldsOf = (body: string): string[] => [...new Set([...body.matchAll(FIELD)].map((m) => fieldKey(m[1]!)))];

/**
 * A template file: a header of `key: value` lines between `---` lines (id, title, when), then
 * the letter. Kept this simple so an advocate can edit one in any text editor.
 */
export function parseTemplate(text: string, origin: TemplateSummary['origin']): Result<LetterTemplate> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!m)
    return fail(
      'template-invalid',
      'A template starts with a header between two "---" lines (id, title and when to use it), then the letter.',
    );
  const head = Object.fromEntries(
    m[1]!
      .split(/\r?\n/)
      .map((l) => /^([a-z]+):\s*(.*)$/i.exec(l))
      .filter((x): x is RegExpExecArray => x !== null)
      .map((x) => [x[1]!.toLowerCase(), x[2]!.trim()]),
  );
  const { id, title, when, to } = head as Record<string, string | undefined>;
  if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))
    return fail('template-invalid', 'The template header needs an "id:" of lower-case letters, digits and dashes.');
  if (!title || !when)
    return fail('template-invalid', `The template "${id}" needs a "title:" and a "when:" line saying when to use it.`);
  const body = m[2]!.trim();
  return ok({ id, title, purpose: when, fields: fieldsOf(body), origin, text, body, to: to || 'the local authority' });
}

function readDir(dir: string, origin: TemplateSummary['origin']): LetterTemplate[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .flatMap((f) => {
      const t = parseTemplate(readFileSync(join(dir, f), 'utf8'), origin);
      return t.ok ? [t.value] : [];
    });
}

/** Built-in templates, with the user's own copies taking the place of any with the same id. */
export function loadTemplates(appDataDir: string): LetterTemplate[] {
  const user = readDir(userTemplatesDir(appDataDir), 'user');
  const ids = new Set(user.map((t) => t.id));
  return [...readDir(BUILT_IN_DIR, 'built-in').filter((t) => !ids.has(t.id)), ...user];
}

export function findTemplate(appDataDir: string, id: string): Result<LetterTemplate> {
  const t = loadTemplates(appDataDir).find((x) => x.id === id);
  return t
    ? ok(t)
    : fail('template-not-found', `There is no letter template called "${id}". "casebook templates" lists them.`);
}

/** Saves the user's template under its own id (the id in its header wins over the one asked for). */
export function saveUserTemplate(appDataDir: string, id: string, text: string): Result<LetterTemplate> {
  const parsed = parseTemplate(text, 'user');
  if (!parsed.ok) return parsed;
  if (parsed.value.id !== id)
    return fail(
      'template-invalid',
      `The header says id "${parsed.value.id}" but this is template "${id}". Make them the same.`,
    );
  const dir = userTemplatesDir(appDataDir);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${id}.md.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, join(dir, `${id}.md`));
  return parsed;
}

export function deleteUserTemplate(appDataDir: string, id: string): boolean {
  const path = join(userTemplatesDir(appDataDir), `${id}.md`);
  if (!existsSync(path)) return false;
  rmSync(path);
  return true;
}

export const summary = (t: LetterTemplate): TemplateSummary => ({
  id: t.id,
  title: t.title,
  purpose: t.purpose,
  fields: t.fields,
  origin: t.origin,
});
