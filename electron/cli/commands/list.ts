import type { Command } from 'commander';
import { DOCUMENT_KIND_LABELS } from '../../../shared/documents.ts';
import { call } from '../api.ts';
import { forTerminal, printJson } from '../io.ts';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('List the documents in a case')
    .argument('<caseDir>', 'the case folder')
    .option('--json', 'print JSON')
    .action(async (caseDir: string, opts: { json?: boolean }) => {
      const docs = await call('listDocuments', { caseDir });
      if (opts.json) {
        printJson(
          docs.map((d) => ({
            documentId: d.documentId,
            fileName: d.fileName,
            title: d.title,
            kind: d.kind,
            pages: d.pages,
            ...(d.date ? { date: d.date } : {}),
            ...(d.author ? { author: d.author } : {}),
            ...(d.profession ? { profession: d.profession } : {}),
            ...(d.parentId ? { parentId: d.parentId } : {}),
            ...(d.pagesEstimated ? { pagesEstimated: true } : {}),
            ...(d.renditions
              ? {
                  renditions: d.renditions.map((r) => ({
                    documentId: r.documentId,
                    fileName: r.fileName,
                    sourceType: r.sourceType,
                  })),
                }
              : {}),
          })),
        );
        return;
      }
      if (docs.length === 0) {
        process.stdout.write('No documents yet. Import some with: casebook add <caseDir> <files or folders>\n');
        return;
      }
      for (const d of docs) {
        const who = [d.author, d.profession].filter(Boolean).join(', ');
        const pages = `${d.pagesEstimated ? 'about ' : ''}${d.pages} page${d.pages === 1 ? '' : 's'}`;
        const copies = (d.renditions ?? [])
          .map((r) => ` · also as ${forTerminal(r.fileName)} (document ${r.documentId})`)
          .join('');
        process.stdout.write(
          `${String(d.documentId).padStart(4)}  ${forTerminal(d.title)}\n      ${DOCUMENT_KIND_LABELS[d.kind]} · ${pages}${d.date ? ` · ${d.date}` : ''}${who ? ` · ${forTerminal(who)}` : ''} · ${forTerminal(d.fileName)}${copies}\n`,
        );
      }
    });
}
