import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { appCalls } from '../../../shared/contract/app.ts';
import { ok } from '../../../shared/result.ts';
import { getCaseInfo } from '../store/caseStore.ts';
import { forgetCase, listRecent, rememberCase } from './recentCases.ts';
import type { HandlersFor } from './types.ts';

export const CASES_FOLDER_NAME = 'Casebook cases';

/** Folder names must work on Windows too: no reserved characters, no trailing dots or spaces. */
export function safeFolderName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned || 'New case';
}

const isFreeFolder = (dir: string): boolean => !existsSync(dir) || readdirSync(dir).length === 0;

export const appHandlers: HandlersFor<typeof appCalls> = {
  getAppInfo: (_input, ctx) =>
    ok({
      canChooseFolder: ctx.options.chooseFolder !== undefined,
      canChooseFiles: ctx.options.chooseFiles !== undefined,
      defaultCasesDir: join(ctx.options.documentsDir, CASES_FOLDER_NAME),
    }),
  suggestCaseFolder: ({ childName }, ctx) => {
    const base = join(ctx.options.documentsDir, CASES_FOLDER_NAME, safeFolderName(childName));
    let dir = base;
    for (let n = 2; !isFreeFolder(dir); n++) dir = `${base} (${n})`;
    return ok(dir);
  },
  chooseFolder: async ({ purpose }, ctx) => ok((await ctx.options.chooseFolder?.(purpose)) ?? null),
  chooseFiles: async (_input, ctx) => ok((await ctx.options.chooseFiles?.()) ?? []),
  listRecentCases: (_input, ctx) => ok(listRecent(ctx.options.appDataDir)),
  openCase: ({ caseDir }, ctx) => {
    const store = ctx.store(caseDir);
    if (!store.ok) return store;
    const info = getCaseInfo(store.value);
    rememberCase(ctx.options.appDataDir, {
      caseDir: store.value.dir,
      childName: info.childName,
      ...(info.localAuthority ? { localAuthority: info.localAuthority } : {}),
    });
    return ok(info);
  },
  forgetRecentCase: ({ caseDir }, ctx) => ok({ forgotten: forgetCase(ctx.options.appDataDir, caseDir) }),
};
