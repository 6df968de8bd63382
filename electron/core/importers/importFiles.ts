import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { DocumentKind, ImportOutcome } from '../../../shared/documents.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { logEmail } from '../deadlines/correspondence.ts';
import { findLiveDocumentBySha, insertDocument } from '../store/documents.ts';
import { sha256Hex } from '../store/blobs.ts';
import { createOcrEngine, type OcrEngine } from '../text/ocr.ts';
import { detectType } from './detect.ts';
import { layOutDocx } from './docxPages.ts';
import { expandPaths } from './expandPaths.ts';
import { guessMetadata } from './guessMetadata.ts';
import { linkNewRendition } from './linkRenditions.ts';
import { importers } from './registry.ts';
import type { ImportContext } from './types.ts';
import type { ErrorCode } from '../../../shared/errors.ts';

export interface ImportOptions extends JobOptions {
  /** Forces the kind of every imported document (the user knows better than the guess). */
  kind?: DocumentKind;
  /** Password for PDFs that need one to open (often sent in a separate email). */
  password?: string;
  /** Share an OCR engine across calls; otherwise one is made and closed per call. */
  ocr?: OcrEngine;
  /** Per-file limit in milliseconds; a file that takes longer is rejected, the rest go on. */
  fileTimeoutMs?: number;
  /** Tighter limits on email attachments (tests); ATTACHMENT_LIMITS otherwise. */
  attachmentLimits?: Partial<AttachmentLimits>;
  /** Lays Word files out at import for their true page count (docxPages.ts); without one, counts are estimates. */
  docxRenderer?: DocxRenderer;
}

/** What one import has used of its attachment budget so far. */
interface Budget {
  limits: AttachmentLimits;
  count: number;
  bytes: number;
}

/** Larger files are almost always videos or disk images picked by mistake. */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/**
 * Limits on what one import may unpack from emails. An email forwarded inside an email inside an
 * email… stores each level's whole text again (a 90 KB file nested 300 deep became 300 documents
 * and 13.7 MB); real correspondence is forwarded a few times at most.
 */
export interface AttachmentLimits {
  /** Emails inside emails: the outer email is depth 0, its attachments depth 1. */
  depth: number;
  /** Attachments imported in one import, all emails together. */
  count: number;
  /** Bytes of attachments imported in one import. */
  bytes: number;
}
export const ATTACHMENT_LIMITS: AttachmentLimits = { depth: 3, count: 200, bytes: MAX_FILE_BYTES };

const rejected = (path: string, reason: string, parentPath?: string, code?: ErrorCode): ImportOutcome => ({
  path,
  status: 'rejected',
  reason,
  ...(code ? { code } : {}),
  ...(parentPath ? { parentPath } : {}),
});

/**
 * Gives one file its own AbortSignal, aborted when the whole import is cancelled or when the file
 * runs past its time limit, so the reader's worker stops at once instead of running on unseen.
 */
async function withFileLimit<T>(
  outer: AbortSignal | undefined,
  ms: number | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  onTimeout: () => T,
): Promise<T> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  if (outer?.aborted) cancel();
  outer?.addEventListener('abort', cancel, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<T>((res) => {
    if (ms) {
      timer = setTimeout(() => {
        controller.abort();
        res(onTimeout());
      }, ms);
    }
  });
  try {
    return await Promise.race([work(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', cancel);
  }
}

/**
 * Imports files and folders into a case. Never throws for a bad file: each input gets an
 * outcome (imported, duplicate or rejected with a reason), and one bad file never stops the rest.
 */
export async function importPaths(
  store: CaseStore,
  paths: string[],
  opts: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const { files, skipped } = expandPaths(paths);
  const ocr = opts.ocr ?? createOcrEngine();
  const outcomes: ImportOutcome[] = [...skipped];
  const budget: Budget = { limits: { ...ATTACHMENT_LIMITS, ...opts.attachmentLimits }, count: 0, bytes: 0 };
  try {
    for (const [i, path] of files.entries()) {
      if (opts.signal?.aborted) {
        outcomes.push(rejected(path, 'Import was cancelled before this file was read. Nothing from it was stored.'));
        continue;
      }
      opts.onProgress?.({ message: `Reading ${basename(path)}`, done: i, total: files.length, item: path });
      const onPage: ImportContext['onPage'] = (done, total, what) =>
        opts.onProgress?.({
          message: `${what === 'ocr' ? 'Reading scanned page' : 'Reading page'} ${done} of ${total} in ${basename(path)}`,
          done: i + (total > 0 ? done / total : 0),
          total: files.length,
          item: path,
        });
      outcomes.push(
        ...(await withFileLimit(
          opts.signal,
          opts.fileTimeoutMs,
          (signal) => importFile(store, path, opts, { ocr, signal, onPage }, budget),
          () => [
            rejected(
              path,
              `Reading this file took longer than ${Math.round((opts.fileTimeoutMs ?? 0) / 1000)} seconds, so it was skipped. It may be damaged; try opening it and printing it to a new PDF.`,
              undefined,
              'timeout',
            ),
          ],
        )),
      );
    }
    opts.onProgress?.({ message: 'Import finished', done: files.length, total: files.length });
  } finally {
    if (!opts.ocr) await ocr.close();
  }
  return outcomes;
}

async function importFile(
  store: CaseStore,
  path: string,
  opts: ImportOptions,
  ctx: ImportContext,
  budget: Budget,
): Promise<ImportOutcome[]> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return [
        rejected(
          path,
          `This file is ${Math.round(size / 1024 / 1024)} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB Casebook accepts. If it is a scan, scan it again at a lower resolution or in parts.`,
        ),
      ];
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [
      rejected(
        path,
        code === 'ENOENT'
          ? 'File not found. Check the name and folder.'
          : `This file could not be opened (${code ?? (e as Error).message}).`,
      ),
    ];
  }
  return importBytes(store, { path, fileName: basename(path), bytes, depth: 0 }, opts, ctx, budget);
}

/** Why an email's attachment is not imported (too deep, over the import's budget), or undefined. */
function overBudget(budget: Budget, depth: number, size: number): { code: ErrorCode; reason: string } | undefined {
  const { limits } = budget;
  if (depth > limits.depth) {
    return {
      code: 'email-too-deep',
      reason: `This email is forwarded inside other emails more than ${limits.depth} levels deep, so it was not read. The outer emails were imported; if this one matters, save it from your mail program on its own and import it.`,
    };
  }
  if (budget.count + 1 > limits.count) {
    return {
      code: 'attachment-limit',
      reason: `This import already took ${limits.count} email attachments, the most one import reads. Import the email on its own to read the rest.`,
    };
  }
  if (budget.bytes + size > limits.bytes) {
    return {
      code: 'attachment-budget',
      reason: `The email attachments in this import already add up to ${Math.round(limits.bytes / 1024 / 1024)} MB, the most one import reads. Import the email on its own to read the rest.`,
    };
  }
  return undefined;
}

const isUniqueClash = (e: unknown) => (e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/** Imports one file's bytes; attachments (of an email) follow as their own documents. */
export async function importBytes(
  store: CaseStore,
  input: { path: string; fileName: string; bytes: Uint8Array; depth: number; parentId?: number; parentPath?: string },
  opts: ImportOptions,
  ctx: ImportContext,
  budget: Budget,
): Promise<ImportOutcome[]> {
  const { path, fileName, bytes, parentPath } = input;
  const duplicate = (documentId: number): ImportOutcome[] => [
    {
      path,
      status: 'duplicate',
      documentId,
      reason: 'This exact file is already in the case.',
      ...(parentPath ? { parentPath } : {}),
    },
  ];
  const sha256 = sha256Hex(bytes);
  try {
    const existing = findLiveDocumentBySha(store, sha256);
    if (existing !== undefined) return duplicate(existing);
    const detected = detectType(fileName, bytes);
    if (detected.type === 'unknown') return [rejected(path, detected.reason, parentPath)];
    const result = await importers[detected.type](
      { fileName, bytes, ...(opts.password ? { password: opts.password } : {}) },
      ctx,
    );
    if (!result.ok) return [rejected(path, result.message, parentPath, result.code)];
    // Cancelled or timed out while the reader finished anyway: store nothing the user was told was skipped.
    if (ctx.signal?.aborted)
      return [
        rejected(
          path,
          'Import was stopped before this file was stored. Nothing from it was kept.',
          parentPath,
          'cancelled',
        ),
      ];
    const file = result.value;
    if (file.pages.length === 0) return [rejected(path, 'This file has no pages to read.', parentPath)];
    const meta = guessMetadata(fileName, file);
    const layout = file.sourceType === 'docx' ? await layOutDocx(file, bytes, fileName, opts.docxRenderer) : undefined;
    if (ctx.signal?.aborted)
      return [
        rejected(
          path,
          'Import was stopped before this file was stored. Nothing from it was kept.',
          parentPath,
          'cancelled',
        ),
      ];
    const renditions = layout && 'pdf' in layout ? { ...file.renditions, pdf: layout.pdf } : file.renditions;
    let documentId: number;
    try {
      documentId = insertDocument(store, {
        fileName,
        sourceType: file.sourceType,
        kind: opts.kind ?? meta.kind,
        title: meta.title,
        ...(meta.author ? { author: meta.author } : {}),
        ...(meta.profession ? { profession: meta.profession } : {}),
        ...(meta.date ? { date: meta.date } : {}),
        original: bytes,
        pages: file.pages,
        ...(renditions ? { renditions } : {}),
        ...(layout
          ? 'pdf' in layout
            ? { pageCount: layout.pages }
            : { pageCount: layout.estimate, pagesEstimated: true }
          : {}),
        ...(file.structure !== undefined ? { structure: file.structure } : {}),
        ...(input.parentId ? { parentId: input.parentId } : {}),
      });
    } catch (e) {
      // The same file imported at the same moment by another import (two windows, two commands):
      // the database's unique index let one in, and this one is a duplicate of it.
      const winner = isUniqueClash(e) ? findLiveDocumentBySha(store, sha256) : undefined;
      if (winner === undefined) throw e;
      return duplicate(winner);
    }
    const linked = linkNewRendition(store, documentId);
    // An email goes in the correspondence log as it is stored, once (not each time the log is read).
    if (file.sourceType === 'email') logEmail(store, documentId);
    const outcomes: ImportOutcome[] = [
      {
        path,
        status: 'imported',
        documentId,
        pages: layout ? ('pdf' in layout ? layout.pages : layout.estimate) : file.pages.length,
        ...(parentPath ? { parentPath } : {}),
        ...(linked ? { linkedTo: linked.primaryId === documentId ? linked.copyId : linked.primaryId } : {}),
        ...(file.warnings?.length ? { warnings: file.warnings } : {}),
      },
    ];
    for (const att of file.attachments ?? []) {
      const attPath = `${path} › ${att.fileName}`;
      const over = overBudget(budget, input.depth + 1, att.bytes.length);
      if (over) {
        outcomes.push(rejected(attPath, over.reason, path, over.code));
        continue;
      }
      budget.count += 1;
      budget.bytes += att.bytes.length;
      // Attachments keep their own guessed kind: a report attached to an email is still a report.
      const { kind: _forced, ...attOpts } = opts;
      outcomes.push(
        ...(await importBytes(
          store,
          {
            path: attPath,
            fileName: att.fileName,
            bytes: att.bytes,
            depth: input.depth + 1,
            parentId: documentId,
            parentPath: path,
          },
          attOpts,
          ctx,
          budget,
        )),
      );
    }
    return outcomes;
  } catch (e) {
    // A bug in a reader must not lose the rest of the import; say what happened in plain words.
    return [
      rejected(
        path,
        `Casebook could not read this file because of an unexpected error (${(e as Error).message}). The rest of the import went on.`,
        parentPath,
      ),
    ];
  }
}
