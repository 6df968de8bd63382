import type { Command } from 'commander';
import { extname } from 'node:path';
import { call, usageError } from '../api.ts';
import { printJson } from '../io.ts';

const NOT_ADVICE = 'Templates are not legal advice: check each letter against your case before sending it.';

/** "--set school name=Oakfield" (repeatable) → { "school name": "Oakfield" }. */
function collectSet(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf('=');
  if (at < 1) throw usageError(`--set needs field=value (got "${value}").`);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1) };
}

export function registerTemplates(program: Command): void {
  program
    .command('templates')
    .description('List the letter templates: what each is for and the fields it fills')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const list = await call('listLetterTemplates', {});
      if (flags.json) return printJson(list.map(({ id, title, purpose, fields }) => ({ id, title, purpose, fields })));
      for (const t of list)
        process.stdout.write(`${t.id}${t.origin === 'user' ? ' (yours)' : ''}\n  ${t.title}\n  ${t.purpose}\n`);
      process.stdout.write(`\n${NOT_ADVICE}\n`);
    });
}

export function registerLetter(program: Command): void {
  program
    .command('letter')
    .description(
      "Write a letter from a template, filled from the case, as Word or PDF; it is saved in the case's correspondence",
    )
    .argument('<caseDir>', 'the case folder')
    .argument('<templateId>', 'a template id from "casebook templates" ("chaser" picks the one for the deadline)')
    .requiredOption('--out <file>', 'letter.docx or letter.pdf')
    .option('--set <field=value>', 'a value for a field (repeat for each)', collectSet)
    .option('--deadline <rule>', 'for a chaser: the deadline rule it chases (see "casebook deadline --list")')
    .option('--no-save', 'do not save the letter into the case')
    .option('--json', 'print JSON')
    .action(
      async (
        caseDir: string,
        templateId: string,
        flags: { out: string; set?: Record<string, string>; deadline?: string; save: boolean; json?: boolean },
      ) => {
        if (!['.docx', '.pdf'].includes(extname(flags.out).toLowerCase()))
          throw usageError('--out must end in .docx (Word) or .pdf.');
        const r = await call('writeLetter', {
          caseDir,
          templateId,
          outPath: flags.out,
          saveToCase: flags.save,
          ...(flags.set ? { set: flags.set } : {}),
          ...(flags.deadline ? { deadlineRule: flags.deadline } : {}),
        });
        if (flags.json) return printJson({ out: r.out, warnings: r.warnings });
        process.stdout.write(
          `Wrote ${r.out}${r.documentId ? ` (saved in the case as document ${r.documentId} and logged as sent)` : ''}.\n`,
        );
        for (const w of r.warnings) process.stdout.write(`  ! ${w}\n`);
        process.stdout.write(`${NOT_ADVICE}\n`);
      },
    );
}
