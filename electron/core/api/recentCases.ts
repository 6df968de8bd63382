import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../../shared/contract/app.ts';
import { isCaseDir } from '../store/caseStore.ts';

const FILE = 'recent-cases.json';
const MAX_RECENT = 12;

const Stored = z.array(
  z.object({ caseDir: z.string(), childName: z.string(), localAuthority: z.string().optional(), openedAt: z.string() }),
);

function read(appDataDir: string): z.infer<typeof Stored> {
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(join(appDataDir, FILE), 'utf8')));
    // A damaged list is not worth an error message: the cases themselves are safe in their folders.
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function write(appDataDir: string, list: z.infer<typeof Stored>): void {
  mkdirSync(appDataDir, { recursive: true });
  const tmp = join(appDataDir, `${FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(list, null, 2));
  renameSync(tmp, join(appDataDir, FILE));
}

export function listRecent(appDataDir: string): RecentCase[] {
  return read(appDataDir).map((r) => ({ ...r, available: existsSync(r.caseDir) && isCaseDir(r.caseDir) }));
}

export function rememberCase(
  appDataDir: string,
  entry: { caseDir: string; childName: string; localAuthority?: string },
): void {
  const caseDir = resolve(entry.caseDir);
  const rest = read(appDataDir).filter((r) => r.caseDir !== caseDir);
  write(appDataDir, [{ ...entry, caseDir, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT));
}

export function forgetCase(appDataDir: string, caseDirInput: string): boolean {
  const caseDir = resolve(caseDirInput);
  const list = read(appDataDir);
  const rest = list.filter((r) => r.caseDir !== caseDir);
  if (rest.length === list.length) return false;
  write(appDataDir, rest);
  return true;
}
