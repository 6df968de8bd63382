import { PDFDocument } from '@cantoo/pdf-lib';
import type { BundleBuildResult, BundleOptions, DocxRenderer, PageMapEntry } from '../../../shared/bundle.ts';
import { formatDay } from '../../../shared/deadlineWords.ts';
import type { JobOptions } from '../../../shared/progress.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import type { OcrEngine } from '../text/ocr.ts';
import { PdfFonts } from '../pdf/fonts.ts';
import { anonymiser } from './anonymise.ts';
import { buildResult } from './buildResult.ts';
import { collectDocuments } from './collectDocuments.ts';
import { gatherBuildInputs, type BuildInputs } from './gatherInputs.ts';
import { layOutBundle } from './layOutBundle.ts';
import { planFromInputs } from './planBundle.ts';
import type { Rendering } from './preparedDocument.ts';
import { recordRenderings } from './recordBuild.ts';
import { saveBuiltBundle, type SavedBundle } from './saveBundle.ts';
import { stampPages } from './stampPages.ts';

export interface BuildServices {
  renderer?: DocxRenderer;
  ocr?: OcrEngine;
  /** The build date (tests fix it); defaults to now. */
  now?: Date;
  /** Documents to leave out with a reason (a watchdog found them hanging a previous attempt). */
  skip?: ReadonlyMap<number, string>;
  onDocumentStart?: (documentId: number) => void;
}

export interface BuiltBundle {
  pdf: Uint8Array;
  profileId: string;
  pack?: string;
  result: BundleBuildResult;
  pageMap: Omit<PageMapEntry, 'version'>[];
  /** What it was built from, saved with the version (an unchanged rebuild is noticed before it starts). */
  inputs: string;
  /** Word documents rendered on the way, to keep with the document (recordBuild.ts). */
  renderings: Rendering[];
}

/**
 * A build, in order: gather what it needs from the case (the one read of the store), then plan,
 * prepare, lay out, stamp and write, on that data alone; then record what it learned. Does not
 * save a version: `buildAndSaveBundle` does that, so a failed write never leaves a version without
 * its file.
 */
export async function buildBundle(
  store: CaseStore,
  input: BundleOptions,
  services: BuildServices = {},
  job: JobOptions = {},
): Promise<Result<BuiltBundle>> {
  const inputs = gatherBuildInputs(store, input);
  if (!inputs.ok) return inputs;
  const built = await buildFromInputs(inputs.value, services, job);
  if (built.ok) recordRenderings(store, built.value.renderings);
  return built;
}

/** Builds, writes the file (never over the case's own files), then records it as the next version. */
export async function buildAndSaveBundle(
  store: CaseStore,
  options: BundleOptions,
  outPath: string,
  services: BuildServices = {},
  job: JobOptions = {},
): Promise<Result<SavedBundle>> {
  const built = await buildBundle(store, options, services, job);
  if (!built.ok) return built;
  return saveBuiltBundle(store, built.value, outPath);
}

/**
 * The stages on gathered data, no database: the cover, index (every line a link), optional
 * dividers, then each section's documents, every page stamped with its label (front matter in
 * roman numerals, documents as section letter + number, "B12"), with bookmarks section → document.
 */
export async function buildFromInputs(
  inputs: BuildInputs,
  services: BuildServices = {},
  job: JobOptions = {},
): Promise<Result<BuiltBundle>> {
  // Plan: sections and documents in order, the user's placements and marks applied.
  const planned = planFromInputs(inputs);
  if (!planned.ok) return planned;
  const { plan, profile, docs, fingerprint } = planned.value;
  const { options: opts, caseInfo: info } = inputs;
  const anon = opts.anonymise ? anonymiser(info.childName) : (t: string) => t;
  const out = await PDFDocument.create();
  const fonts = new PdfFonts(out);
  await fonts.prepare(['i'], false);

  // Prepare: each document as PDF pages in the output, or left out with the reason.
  const collection = await collectDocuments(
    out,
    plan.sections,
    docs,
    {
      source: inputs,
      ...(services.renderer ? { renderer: services.renderer } : {}),
      ...(services.ocr ? { ocr: services.ocr } : {}),
      ...(job.signal ? { signal: job.signal } : {}),
    },
    opts.documentTimeoutSeconds * 1000,
    job,
    {
      ...(services.skip ? { skip: services.skip } : {}),
      ...(services.onDocumentStart ? { onDocumentStart: services.onDocumentStart } : {}),
    },
  );

  // Lay out: cover, index, dividers and documents in order, labels and bookmarks decided.
  const packTitle = opts.pack ? profile.packs.find((p) => p.id === opts.pack)?.title : undefined;
  const heading = packTitle ? `${packTitle}: evidence bundle` : 'Hearing bundle';
  const today = (services.now ?? new Date()).toISOString().slice(0, 10);
  const laid = await layOutBundle(out, fonts, collection.sections, {
    anon,
    dividers: opts.dividers ?? profile.dividers,
    cover: {
      tribunal: profile.tribunal,
      heading,
      ...(opts.appealReference ? { appealReference: opts.appealReference } : {}),
      child: anon(info.childName),
      ...(info.localAuthority ? { localAuthority: info.localAuthority } : {}),
      ...(opts.hearingDate ? { hearingDate: formatDay(opts.hearingDate) } : {}),
      version: inputs.nextVersion,
      builtOn: formatDay(today),
      profileName: profile.name,
    },
  });

  // Stamp: text layers over scans, then every page's label.
  stampPages(laid, fonts, profile.stampCorner);
  out.setTitle(anon(`${heading} – ${info.childName}`));
  out.setProducer('Casebook');

  // Write: the PDF's bytes (the file itself is written when the version is saved).
  job.onProgress?.({ message: 'Saving the bundle', done: laid.documents.length, total: laid.documents.length });
  // One pass without yielding (objectsPerTick): the build runs in a worker, nothing waits on it.
  const pdf = await out.save({ useObjectStreams: false, objectsPerTick: Infinity });
  const pages = out.getPageCount();
  if (pages !== laid.frontPages + laid.documents.reduce((n, r) => n + r.pages, 0)) {
    return fail('bug', 'The bundle page count does not add up; nothing was saved. Please report this.');
  }
  return ok({
    pdf,
    profileId: profile.id,
    ...(opts.pack ? { pack: opts.pack } : {}),
    result: buildResult(inputs, plan, profile, collection, laid, pages),
    pageMap: laid.pageMap,
    inputs: fingerprint,
    renderings: collection.renderings,
  });
}
