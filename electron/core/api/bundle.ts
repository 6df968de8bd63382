import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleOptions, DocxRenderer } from '../../../shared/bundle.ts';
import type { bundleCalls } from '../../../shared/contract/bundle.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { buildInWorker } from '../bundle/buildInWorker.ts';
import { planBundle } from '../bundle/planBundle.ts';
import { DEFAULT_PROFILE_ID, duplicateProfile, getProfile, listProfiles, saveProfile } from '../bundle/profiles.ts';
import { moveDocument } from '../bundle/reorder.ts';
import { diffVersions } from '../bundle/versionDiff.ts';
import { defaultDocxRenderer } from '../documents/renderDocxDefault.ts';
import { readBlob } from '../store/blobs.ts';
import {
  clearPlacements,
  getBundleVersion,
  latestBundleVersion,
  listBundleVersions,
  pageMapForDocument,
} from '../store/bundle.ts';
import { setNotForTribunal } from '../store/bundleCheck.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getDocument } from '../store/documents.ts';
import type { HandlerContext, HandlersFor } from './types.ts';

function withStore<T>(ctx: HandlerContext, caseDir: string, fn: (store: CaseStore) => Result<T>): Result<T> {
  const store = ctx.store(caseDir);
  return store.ok ? fn(store.value) : store;
}

const plan = (store: CaseStore, options: BundleOptions = {}) => {
  const p = planBundle(store, options);
  return p.ok ? ok(p.value.plan) : p;
};

const missingDoc = (id: number) => fail('not-found', `Document ${id} is not in this case any more.`);

/**
 * The host may pass its own Word renderer (the desktop app: Electron's printToPDF) as
 * `docxRenderer` in the API options; otherwise LibreOffice or a system Chromium is used.
 */
const rendererFor = (ctx: HandlerContext): DocxRenderer | undefined =>
  ctx.options.docxRenderer ?? defaultDocxRenderer();

export const bundleHandlers: HandlersFor<typeof bundleCalls> = {
  listBundleProfiles: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(listProfiles(store))),
  saveBundleProfile: ({ caseDir, profile }, ctx) => withStore(ctx, caseDir, (store) => saveProfile(store, profile)),
  duplicateBundleProfile: ({ caseDir, fromId, newId, name }, ctx) =>
    withStore(ctx, caseDir, (store) => duplicateProfile(store, fromId, newId, name)),
  planBundle: ({ caseDir, options }, ctx) => withStore(ctx, caseDir, (store) => plan(store, options)),
  moveBundleDocument: ({ caseDir, profileId = DEFAULT_PROFILE_ID, documentId, section, position }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      if (!getDocument(store, documentId)) return missingDoc(documentId);
      const moved = moveDocument(store, profileId, documentId, {
        ...(section ? { section } : {}),
        ...(position ? { position } : {}),
      });
      return moved.ok ? plan(store, { profileId }) : moved;
    }),
  setBundleDocumentLeftOut: ({ caseDir, profileId = DEFAULT_PROFILE_ID, documentId, leaveOut }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const profile = getProfile(store, profileId);
      if (!profile.ok) return profile;
      if (!getDocument(store, documentId)) return missingDoc(documentId);
      // One mark for "leave out" and "not for the tribunal": see setNotForTribunal's description.
      setNotForTribunal(store, documentId, leaveOut);
      return plan(store, { profileId });
    }),
  resetBundleOrder: ({ caseDir, profileId = DEFAULT_PROFILE_ID }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const profile = getProfile(store, profileId);
      if (!profile.ok) return profile;
      clearPlacements(store, profileId);
      return plan(store, { profileId });
    }),
  buildBundle: async ({ caseDir, options = {}, outPath }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const checked = planBundle(store.value, options);
    if (!checked.ok) return checked;
    let path = outPath;
    if (!path) {
      // Each build gets its own file in the case, so an earlier version stays openable.
      const dir = join(store.value.dir, 'bundles');
      mkdirSync(dir, { recursive: true });
      path = join(dir, `bundle-v${(latestBundleVersion(store.value) ?? 0) + 1}.pdf`);
    }
    const renderer = rendererFor(ctx);
    try {
      return await buildInWorker(store.value.dir, options, path, renderer, {
        ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    } finally {
      if (renderer && renderer !== ctx.options.docxRenderer) await renderer.close?.();
    }
  },
  listBundleVersions: ({ caseDir }, ctx) => withStore(ctx, caseDir, (store) => ok(listBundleVersions(store))),
  getBundleVersion: ({ caseDir, version }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const v = getBundleVersion(store, version);
      return v ? ok(v.result) : fail('not-found', `There is no bundle version ${version} in this case.`);
    }),
  diffBundleVersions: ({ caseDir, from, to }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const a = getBundleVersion(store, from);
      const b = getBundleVersion(store, to);
      if (!a || !b) return fail('not-found', `Bundle version ${a ? to : from} is not in this case.`);
      return ok(diffVersions(a.result, b.result));
    }),
  getBundlePageMap: ({ caseDir, documentId, version }, ctx) =>
    withStore(ctx, caseDir, (store) => ok(pageMapForDocument(store, documentId, version))),
  getBundlePdf: ({ caseDir, version }, ctx) =>
    withStore(ctx, caseDir, (store) => {
      const v = getBundleVersion(store, version);
      if (!v?.sha256) return fail('not-found', `Bundle version ${version} has no saved file.`);
      return ok(new Uint8Array(readBlob(store.dir, v.sha256)));
    }),
};
