import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { DocumentKind, ImportOutcome } from '../../../shared/documents.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { findLiveDocumentBySha, insertDocument } from '../store/documents.ts';
import { sha256Hex } from '../store/blobs.ts';
import { createOcrEngine, type OcrEngine } from '../text/ocr.ts';
import { detectType } from './detect.ts';
import { layOutDocx } from './docxPages.ts';
import { guessMetadata } from './guessMetadata.ts';
import { linkNewRendition } from './linkRenditions.ts';
import { importers } from './registry.ts';
import type { ImportContext } from './types.ts';

export interface ImportOptions extends JobOptions {
  /** Forces the kind of every imported document (the user knows better than the guess). */
  kind?: DocumentKind;
  /** Password for PDFs that need one to open (often sent in a separate email). */
  password?: string;
  /** Share an OCR engine across calls; otherwise one is made and closed per call. */
  ocr?: OcrEngine;
  /** Per-file limit in milliseconds; a file that takes longer is rejected, the rest go on. */
  fileTimeoutMs?: number;
  /** Lays Word files out at import for their true page count (docxPages.ts); without one, counts are estimates. */
  docxRenderer?: DocxRenderer;
}

/** Larger files are almost always videos or disk images picked by mistake. */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/** Files an operating system leaves in folders; never a family's paperwork. */
const SYSTEM_FILES = /^(\..*|Thumbs\.db|desktop\.ini|Icon\r?)$/i;

/** Expands folders (recursively, in name order) into the files inside them. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      out.push(abs); // reported as not found by importFile
      continue;
    }
    if (!isDir) {
      out.push(abs);
      continue;
    }
    const names = readdirSync(abs).filter((n) => !SYSTEM_FILES.test(n)).sort((a, b) => a.localeCompare(b));
    out.push(...expandPaths(names.map((n) => join(abs, n))));
  }
  return out;
}

const rejected = (path: string, reason: string, parentPath?: string, code?: string): ImportOutcome => ({
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
export async function importPaths(store: CaseStore, paths: string[], opts: ImportOptions = {}): Promise<ImportOutcome[]> {
  const files = expandPaths(paths);
  const ocr = opts.ocr ?? createOcrEngine();
  const outcomes: ImportOutcome[] = [];
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
          (signal) => importFile(store, path, opts, { ocr, signal, onPage }),
          () => [
            rejected(path, `Reading this file took longer than ${Math.round((opts.fileTimeoutMs ?? 0) / 1000)} seconds, so it was skipped. It may be damaged; try opening it and printing it to a new PDF.`, undefined, 'timeout'),
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

async function importFile(store: CaseStore, path: string, opts: ImportOptions, ctx: ImportContext): Promise<ImportOutcome[]> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return [rejected(path, `This file is ${Math.round(size / 1024 / 1024)} MB, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB Casebook accepts. If it is a scan, scan it again at a lower resolution or in parts.`)];
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [rejected(path, code === 'ENOENT' ? 'File not found. Check the name and folder.' : `This file could not be opened (${code ?? (e as Error).message}).`)];
  }
  return importBytes(store, { path, fileName: basename(path), bytes }, opts, ctx);
}

/** Imports one file's bytes; attachments (of an email) follow as their own documents. */
export async function importBytes(
  store: CaseStore,
  input: { path: string; fileName: string; bytes: Uint8Array; parentId?: number; parentPath?: string },
  opts: ImportOptions,
  ctx: ImportContext,
): Promise<ImportOutcome[]> {
  const { path, fileName, bytes, parentPath } = input;
  try {
    const existing = findLiveDocumentBySha(store, sha256Hex(bytes));
    if (existing !== undefined) {
      return [{ path, status: 'duplicate', documentId: existing, reason: 'This exact file is already in the case.', ...(parentPath ? { parentPath } : {}) }];
    }
    const detected = detectType(fileName, bytes);
    if (detected.type === 'unknown') return [rejected(path, detected.reason, parentPath)];
    const result = await importers[detected.type]({ fileName, bytes, ...(opts.password ? { password: opts.password } : {}) }, ctx);
    if (!result.ok) return [rejected(path, result.message, parentPath, result.code)];
    // Cancelled or timed out while the reader finished anyway: store nothing the user was told was skipped.
    if (ctx.signal?.aborted) return [rejected(path, 'Import was stopped before this file was stored. Nothing from it was kept.', parentPath, 'cancelled')];
    const file = result.value;
    if (file.pages.length === 0) return [rejected(path, 'This file has no pages to read.', parentPath)];
    const meta = guessMetadata(fileName, file);
    const layout = file.sourceType === 'docx' ? await layOutDocx(file, bytes, fileName, opts.docxRenderer) : undefined;
    if (ctx.signal?.aborted) return [rejected(path, 'Import was stopped before this file was stored. Nothing from it was kept.', parentPath, 'cancelled')];
    const renditions = layout && 'pdf' in layout ? { ...file.renditions, pdf: layout.pdf } : file.renditions;
    const documentId = insertDocument(store, {
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
      ...(layout ? ('pdf' in layout ? { pageCount: layout.pages } : { pageCount: layout.estimate, pagesEstimated: true }) : {}),
      ...(file.structure !== undefined ? { structure: file.structure } : {}),
      ...(input.parentId ? { parentId: input.parentId } : {}),
    });
    const linked = linkNewRendition(store, documentId);
    const outcomes: ImportOutcome[] = [
      {
        path,
        status: 'imported',
        documentId,
        pages: layout ? ('pdf' in layout ? layout.pages : layout.estimate) : file.pages.length,
        ...(parentPath ? { parentPath } : {}),
        ...(linked ? { linkedTo: linked.primaryId === documentId ? linked.copyId : linked.primaryId } : {}),
      },
    ];
    for (const att of file.attachments ?? []) {
      // Attachments keep their own guessed kind: a report attached to an email is still a report.
      const { kind: _forced, ...attOpts } = opts;
      outcomes.push(
        ...(await importBytes(
          store,
          { path: `${path} › ${att.fileName}`, fileName: att.fileName, bytes: att.bytes, parentId: documentId, parentPath: path },
          attOpts,
          ctx,
        )),
      );
    }
    return outcomes;
  } catch (e) {
    // A bug in a reader must not lose the rest of the import; say what happened in plain words.
    return [rejected(path, `Casebook could not read this file because of an unexpected error (${(e as Error).message}). The rest of the import went on.`, parentPath)];
  }
}
