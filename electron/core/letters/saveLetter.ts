import { PDFDocument } from '@cantoo/pdf-lib';
import type { LetterDraft } from '../../../shared/papers.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { insertLogEntry } from '../store/correspondence.ts';
import { findLiveDocumentBySha, getPages, insertDocument, listDocuments } from '../store/documents.ts';
import { sha256Hex } from '../store/blobs.ts';
import { letterText } from './fill.ts';

export interface LetterFiles {
  format: 'docx' | 'pdf';
  /** The file written for the user. */
  bytes: Uint8Array;
  /** The same letter as PDF: what the bundle uses and the viewer shows. */
  pdf: Uint8Array;
}

/**
 * Keeps a generated letter in the case as correspondence (so the bundle can take it and search
 * finds it) and logs it as sent, with a reply due by the date it asks for.
 */
export async function saveLetterToCase(
  store: CaseStore,
  draft: LetterDraft,
  files: LetterFiles,
  meta: { fileName: string; today: string; from: string; to: string; replyBy?: string },
): Promise<{ documentId: number; logEntryId: number | null }> {
  const text = letterText(draft);
  const title = `${draft.title} (sent ${meta.today})`;
  // The same letter saved again (as PDF after Word, or twice) is one letter sent: keep it once.
  const sameLetter = listDocuments(store).find(
    (d) => d.kind === 'correspondence' && d.title === title && getPages(store, d.documentId)[0]?.text === text,
  );
  if (sameLetter) return { documentId: sameLetter.documentId, logEntryId: null };
  const existing = findLiveDocumentBySha(store, sha256Hex(files.bytes));
  const pageCount = (await PDFDocument.load(files.pdf)).getPageCount();
  const documentId =
    existing ??
    insertDocument(store, {
      fileName: meta.fileName,
      sourceType: files.format,
      kind: 'correspondence',
      title,
      author: meta.from,
      date: meta.today,
      original: files.bytes,
      // The whole text on the first page: the letter is searchable; pages match the PDF for the bundle.
      pages: Array.from({ length: pageCount }, (_, i) => ({ text: i === 0 ? text : '', ocr: false })),
      ...(files.format === 'docx' ? { renditions: { pdf: files.pdf } } : {}),
    });
  const logEntryId = insertLogEntry(store, {
    date: meta.today,
    direction: 'sent',
    channel: 'letter',
    from: meta.from,
    to: meta.to,
    subject: draft.title,
    documentId,
    ...(meta.replyBy ? { replyDue: meta.replyBy } : {}),
  });
  return { documentId, logEntryId: logEntryId ?? null };
}
