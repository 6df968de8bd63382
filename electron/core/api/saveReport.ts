import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fail, ok, type Result } from '../../../shared/result.ts';

/** Writes a report where the user asked; a folder that cannot be written to is a plain message, not a crash. */
export function saveReportFile(outPath: string, bytes: Uint8Array): Result<{ path: string; bytes: number }> {
  const path = resolve(outPath);
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    return fail('write-failed', `The report could not be saved to ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Choose another folder.`);
  }
  return ok({ path, bytes: bytes.length });
}
