import { basename, extname } from 'node:path';
import type { papersCalls } from '../../../shared/contract/papers.ts';
import type { Amendment, LetterDraft } from '../../../shared/papers.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { localToday } from '../deadlines/dates.ts';
import { fillLetter } from '../letters/fill.ts';
import { letterContext } from '../letters/letterContext.ts';
import { letterDocx } from '../letters/letterDocx.ts';
import { letterPdf } from '../letters/letterPdf.ts';
import { saveLetterToCase } from '../letters/saveLetter.ts';
import {
  deleteUserTemplate,
  findTemplate,
  loadTemplates,
  saveUserTemplate,
  summary,
  type LetterTemplate,
} from '../letters/templates.ts';
import { buildDraft } from '../workdoc/draft.ts';
import type { HandlerContext, HandlersFor } from './types.ts';
import { evidenceMap, writeFileResult } from './workdoc.ts';

type Calls = Pick<
  typeof papersCalls,
  | 'listLetterTemplates'
  | 'getLetterTemplate'
  | 'saveLetterTemplate'
  | 'deleteLetterTemplate'
  | 'draftLetter'
  | 'writeLetter'
>;

/** "chaser" means: the chaser the chosen deadline names (deadlines/*Rules.ts), else the general one. */
const GENERAL_CHASER = 'chaser-missed-deadline';

interface LetterInput {
  caseDir: string;
  templateId: string;
  set?: Record<string, string> | undefined;
  deadlineRule?: string | undefined;
}

async function draft(
  input: LetterInput,
  ctx: HandlerContext,
): Promise<Result<{ letter: LetterDraft; template: LetterTemplate; replyBy: string; from: string }>> {
  const store = ctx.store(input.caseDir);
  if (!store.ok) return store;
  const today = localToday();
  let templateId = input.templateId;
  if (templateId === 'chaser') {
    const probe = letterContext(store.value, {
      today,
      templateId: GENERAL_CHASER,
      ...(input.deadlineRule ? { deadlineRule: input.deadlineRule } : {}),
    });
    templateId = probe.ctx.deadline?.chaser ?? GENERAL_CHASER;
  }
  const template = findTemplate(ctx.options.appDataDir, templateId);
  if (!template.ok) return template;
  let amendments: Amendment[] = [];
  if (template.value.fields.includes('amendments sought')) {
    const map = await evidenceMap(input.caseDir, ctx);
    if (!map.ok) return map;
    amendments = buildDraft(store.value, map.value).amendments;
  }
  const { ctx: letterCtx, warnings } = letterContext(store.value, {
    today,
    templateId,
    amendments,
    ...(input.deadlineRule ? { deadlineRule: input.deadlineRule } : {}),
  });
  const letter = fillLetter(template.value, letterCtx, input.set ?? {});
  letter.warnings.unshift(...warnings);
  const replyBy = letterCtx.calendar.addWorkingDays(today, 10);
  return ok({ letter, template: template.value, replyBy, from: letterCtx.details.parents ?? 'The family' });
}

export const letterHandlers: HandlersFor<Calls> = {
  listLetterTemplates: (_input, ctx) => ok(loadTemplates(ctx.options.appDataDir).map(summary)),
  getLetterTemplate: ({ templateId }, ctx) => {
    const t = findTemplate(ctx.options.appDataDir, templateId);
    return t.ok ? ok({ ...summary(t.value), text: t.value.text }) : t;
  },
  saveLetterTemplate: ({ templateId, text }, ctx) => {
    const saved = saveUserTemplate(ctx.options.appDataDir, templateId, text);
    return saved.ok ? ok(summary(saved.value)) : saved;
  },
  deleteLetterTemplate: ({ templateId }, ctx) =>
    ok({ deleted: deleteUserTemplate(ctx.options.appDataDir, templateId) }),
  draftLetter: async (input, ctx) => {
    const d = await draft(input, ctx);
    return d.ok ? ok(d.value.letter) : d;
  },
  writeLetter: async (input, ctx) => {
    const ext = extname(input.outPath).toLowerCase();
    if (ext !== '.docx' && ext !== '.pdf')
      return fail('bad-input', 'Save the letter as a Word (.docx) or PDF (.pdf) file.');
    const d = await draft(input, ctx);
    if (!d.ok) return d;
    const { letter, template, replyBy, from } = d.value;
    const pdf = await letterPdf(letter);
    const bytes = ext === '.docx' ? await letterDocx(letter) : pdf;
    const out = writeFileResult(input.caseDir, input.outPath, bytes);
    if (!out.ok) return out;
    if (!input.saveToCase) return ok({ out: out.value, warnings: letter.warnings, documentId: null, logEntryId: null });
    const store = ctx.store(input.caseDir);
    if (!store.ok) return store;
    const saved = await saveLetterToCase(
      store.value,
      letter,
      { format: ext === '.docx' ? 'docx' : 'pdf', bytes, pdf },
      {
        fileName: basename(out.value),
        today: localToday(),
        from,
        to: template.to,
        replyBy,
      },
    );
    return ok({ out: out.value, warnings: letter.warnings, ...saved });
  },
};
