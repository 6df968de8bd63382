import type { LetterBlock, LetterDraft, LetterRun } from '../../../shared/papers.ts';
import { FIELDS, type LetterContext } from './fields.ts';
import { fieldKey, type LetterTemplate } from './templates.ts';

type Values = Map<string, string | string[] | null>;

const ONLY_FIELD = /^\{\{\s*([^{}]+?)\s*\}\}$/;

/** Field values: what was typed for this letter first, then what the case knows. */
export function fieldValues(t: LetterTemplate, ctx: LetterContext, set: Record<string, string> = {}): Values {
  const typed = new Map(Object.entries(set).map(([k, v]) => [fieldKey(k), v.trim()]));
  const out: Values = new Map();
  for (const name of t.fields) {
    const v = typed.get(name) || FIELDS[name]?.value(ctx);
    out.set(name, v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? null : v);
  }
  return out;
}

/** Text with **bold** and {{fields}} into runs; a field without a value becomes a marked "[missing: …]". */
function runs(text: string, values: Values, bold = false): LetterRun[] {
  const out: LetterRun[] = [];
  const push = (r: LetterRun) => {
    const last = out.at(-1);
    if (last && !last.missing && !r.missing && Boolean(last.bold) === Boolean(r.bold)) last.text += r.text;
    else if (r.text) out.push(r);
  };
  for (const [i, part] of text.split(/\*\*/).entries()) {
    const b = bold || i % 2 === 1;
    let pos = 0;
    for (const m of part.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) {
      push({ text: part.slice(pos, m.index), ...(b ? { bold: true } : {}) });
      const name = fieldKey(m[1]!);
      const v = values.get(name);
      if (v === null || v === undefined)
        push({ text: `[missing: ${name}]`, missing: true, ...(b ? { bold: true } : {}) });
      else push({ text: Array.isArray(v) ? v.join('; ') : v, ...(b ? { bold: true } : {}) });
      pos = m.index + m[0].length;
    }
    push({ text: part.slice(pos), ...(b ? { bold: true } : {}) });
  }
  return out;
}

function blocks(body: string, values: Values): LetterBlock[] {
  const out: LetterBlock[] = [];
  for (const para of body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const only = ONLY_FIELD.exec(para);
    const listValue = only ? values.get(fieldKey(only[1]!)) : undefined;
    if (Array.isArray(listValue)) {
      // A list field alone in its paragraph (evidence, amendments) prints as bullets.
      for (const item of listValue) out.push({ kind: 'bullet', runs: [{ text: item }] });
      continue;
    }
    if (para.startsWith('# ')) {
      out.push({ kind: 'heading', runs: runs(para.slice(2).replace(/\s*\n\s*/g, ' '), values, true) });
      continue;
    }
    const lines = para.split(/\r?\n/);
    if (lines.every((l) => l.startsWith('- '))) {
      for (const l of lines) out.push({ kind: 'bullet', runs: runs(l.slice(2), values) });
      continue;
    }
    out.push({ kind: 'para', runs: runs(lines.map((l) => l.trim()).join('\n'), values) });
  }
  return out;
}

/** The letter filled from the case: text blocks, each field's value, and a warning per missing field. */
export function fillLetter(t: LetterTemplate, ctx: LetterContext, set: Record<string, string> = {}): LetterDraft {
  const values = fieldValues(t, ctx, set);
  const missing = [...values].filter(([, v]) => v === null).map(([k]) => k);
  const hint = (k: string) =>
    FIELDS[k]?.hint ?? (FIELDS[k] ? 'Add it in the case details or type it in' : 'Type it in');
  const warnings = missing.map(
    (k) => `No value for "${k}": it shows as [missing: ${k}] in the letter. ${hint(k)} before sending.`,
  );
  const unknownTyped = Object.keys(set)
    .map(fieldKey)
    .filter((k) => !t.fields.includes(k));
  if (unknownTyped.length) warnings.push(`This template does not use: ${unknownTyped.join(', ')}.`);
  return {
    templateId: t.id,
    title: t.title,
    blocks: blocks(t.body, values),
    fields: [...values].map(([name, v]) => ({ name, value: v === null ? null : Array.isArray(v) ? v.join('\n') : v })),
    warnings,
  };
}

/** The letter as plain text (what a test or a screen reader checks). */
export const letterText = (d: LetterDraft): string =>
  d.blocks.map((b) => `${b.kind === 'bullet' ? '• ' : ''}${b.runs.map((r) => r.text).join('')}`).join('\n\n');
