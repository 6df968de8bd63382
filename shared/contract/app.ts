import { z } from 'zod';
import { CaseInfo } from '../documents.ts';
import { CaseRef, defineCall } from './define.ts';

export const RecentCase = z.object({
  caseDir: z.string(),
  childName: z.string(),
  localAuthority: z.string().optional(),
  openedAt: z.string(),
  /** False when the folder has gone (moved, deleted, on a disconnected drive). */
  available: z.boolean(),
});
export type RecentCase = z.infer<typeof RecentCase>;

export const AppInfo = z.object({
  /** The shell has native pickers; in a plain browser the UI asks for a typed folder path instead. */
  canChooseFolder: z.boolean(),
  canChooseFiles: z.boolean(),
  /** Where new cases go unless the user picks somewhere else. */
  defaultCasesDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** App-wide calls: recent cases, choosing folders. Not tied to one case. */
export const appCalls = {
  getAppInfo: defineCall({
    description: 'What this app can do on this machine (native pickers) and where cases go by default.',
    input: z.object({}),
    output: AppInfo,
  }),
  suggestCaseFolder: defineCall({
    description: 'A new, empty folder for a case about this child, under the default cases folder.',
    input: z.object({ childName: z.string() }),
    output: z.string(),
  }),
  chooseFolder: defineCall({
    description: 'Ask the user for a folder with the system dialog; null when they cancel.',
    input: z.object({ purpose: z.enum(['new-case', 'open-case']) }),
    output: z.string().nullable(),
  }),
  chooseFiles: defineCall({
    description: 'Ask the user for files to import with the system dialog; empty when they cancel.',
    input: z.object({}),
    output: z.array(z.string()),
  }),
  listRecentCases: defineCall({
    description: 'Cases opened on this computer, most recent first.',
    input: z.object({}),
    output: z.array(RecentCase),
  }),
  openCase: defineCall({
    description: 'Open an existing case folder (and remember it in recent cases).',
    input: CaseRef,
    output: CaseInfo,
  }),
  forgetRecentCase: defineCall({
    description: 'Remove a case from the recent list. The case folder itself is not touched.',
    input: CaseRef,
    output: z.object({ forgotten: z.boolean() }),
  }),
};
