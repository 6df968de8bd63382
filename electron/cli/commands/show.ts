import type { Command } from 'commander';
import { call, usageError } from '../api.ts';
import { forTerminal, parsePositiveInt, printJson } from '../io.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description("Print a document's text")
    .argument('<caseDir>', 'the case folder')
    .argument('<documentId>', 'the document number (see "casebook list")')
    .option('--page <n>', 'only this page')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, idText: string, opts: { page?: string; json?: boolean }) => {
      const documentId = parsePositiveInt(idText, 'The document number');
      const page = opts.page === undefined ? undefined : parsePositiveInt(opts.page, '--page');
      const doc = await call('getDocument', { caseDir, documentId });
      if (page !== undefined && page > doc.pages)
        throw usageError(
          `Document ${documentId} has ${doc.pages} page${doc.pages === 1 ? '' : 's'}; there is no page ${page}.`,
        );
      const pages = await call('getPages', { caseDir, documentId });
      const chosen = page === undefined ? pages : pages.filter((p) => p.page === page);
      if (opts.json) {
        printJson({ ...doc, pageText: chosen });
        return;
      }
      for (const p of chosen) {
        process.stdout.write(
          `--- ${forTerminal(doc.fileName)}, page ${p.page} of ${doc.pages}${p.ocr ? ' (read by OCR)' : ''} ---\n${forTerminal(p.text, { multiline: true })}\n`,
        );
      }
    });
}
