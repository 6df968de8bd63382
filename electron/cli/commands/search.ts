import type { Command } from 'commander';
import { HIT_CLOSE, HIT_OPEN } from '../../../shared/search.ts';
import { call } from '../api.ts';
import { forTerminal, printJson } from '../io.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search the text of every document, best match first')
    .argument('<caseDir>', 'the case folder')
    .argument('<query>', 'words to find; "quote" words that must appear together')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, query: string, opts: { json?: boolean }) => {
      const hits = await call('search', { caseDir, query });
      if (opts.json) {
        printJson(hits.map(({ documentId, fileName, page, snippet }) => ({ documentId, fileName, page, snippet })));
        return;
      }
      if (hits.length === 0) {
        process.stdout.write(`Nothing found for "${query}".\n`);
        return;
      }
      const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['*', '*'];
      for (const h of hits) {
        const snippet = forTerminal(h.snippet).split(HIT_OPEN).join(bold[0]).split(HIT_CLOSE).join(bold[1]);
        process.stdout.write(`${forTerminal(h.fileName)}, page ${h.page} (document ${h.documentId})\n    ${snippet}\n`);
      }
    });
}
