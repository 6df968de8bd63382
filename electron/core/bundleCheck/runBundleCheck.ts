import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { BundleCheckOutcome } from '../../../shared/bundleCheck.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { getProfile } from '../bundle/profiles.ts';
import { saveBundleCheck } from '../store/bundleCheck.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getPages, listDocuments } from '../store/documents.ts';
import { checkBundle } from './checkBundle.ts';
import { BundleReader, type OcrMode } from './readBundle.ts';

export interface BundleCheckOptions {
  password?: string;
  profileId?: string;
  appealType?: string;
  /** Expert reports' age is judged at the hearing (PD 1/2025); today when not given. */
  hearingDate?: string;
  ocrMode?: OcrMode;
}

/** Larger than any hearing bundle; a file this big was picked by mistake. */
const MAX_BYTES = 500 * 1024 * 1024;

function readBundleFile(path: string): Result<Uint8Array> {
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES)
      return fail(
        'bundle-too-big',
        `This file is ${Math.round(size / 1024 / 1024)} MB, far larger than a hearing bundle. Check you chose the bundle PDF.`,
      );
    return ok(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      'bundle-not-found',
      code === 'ENOENT'
        ? `There is no file at ${path}. Check the name and folder of the bundle you saved.`
        : `The bundle at ${path} could not be read (${code ?? (e as Error).message}).`,
    );
  }
}

/**
 * Checks a bundle PDF against the case: reads it (OCR where needed), compares, and keeps both
 * the bundle (content-addressed, since councils' download links expire) and the result in the
 * case. Documents marked not for the tribunal are not looked for.
 */
export async function runBundleCheck(
  store: CaseStore,
  bundlePath: string,
  opts: BundleCheckOptions,
  job: JobOptions = {},
): Promise<Result<BundleCheckOutcome>> {
  const path = resolve(bundlePath);
  const bytes = readBundleFile(path);
  if (!bytes.ok) return bytes;
  const profile = getProfile(store, opts.profileId);
  if (!profile.ok) return profile;
  const progress = (message: string, done: number, total: number) =>
    job.onProgress?.({ message, done, total, item: basename(path) });
  const opened = await BundleReader.open(bytes.value, {
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.ocrMode ? { ocrMode: opts.ocrMode } : {}),
    ...(job.signal ? { signal: job.signal } : {}),
    onPage: (done, total, what) =>
      progress(
        what === 'ocr' ? `Reading scanned page ${done} of ${total}` : `Reading page ${done} of ${total}`,
        done,
        total,
      ),
  });
  if (!opened.ok) return opened;
  const reader = opened.value;
  try {
    const all = listDocuments(store);
    const documents = all
      .filter((d) => !d.notForTribunal && d.pages > 0)
      .map((doc) => ({ doc, pages: getPages(store, doc.documentId).map((p) => p.text) }));
    const failedPages = reader.opened.pages.flatMap((p, i) => (p.failed ? [i] : []));
    const checked = await checkBundle(
      {
        pageCount: reader.opened.numPages,
        damaged: reader.opened.damaged,
        failedPages,
        readAll: (settles) => reader.readAll(settles),
        readWhole: (page) => reader.readWhole(page),
      },
      {
        documents,
        profile: profile.value,
        ...(opts.appealType ? { appealType: opts.appealType } : {}),
        today: opts.hearingDate ?? new Date().toISOString().slice(0, 10),
      },
      job,
    );
    for (const d of all.filter((x) => x.notForTribunal)) {
      checked.report.warnings.push({
        code: 'skipped-document',
        message: `"${d.title || d.fileName}" is marked as not for the tribunal, so it was not looked for.`,
        labels: [],
      });
    }
    progress('Saving the check', 1, 1);
    const titles = Object.fromEntries(documents.map((d) => [String(d.doc.documentId), d.doc.title || d.doc.fileName]));
    return ok(saveBundleCheck(store, basename(path), bytes.value, { ...checked, titles }));
  } catch (e) {
    if ((e as Error).name === 'AbortError' || job.signal?.aborted)
      return fail('cancelled', 'The bundle check was cancelled. Nothing was saved.');
    throw e;
  } finally {
    await reader.close();
  }
}
