import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import { sanitizedOrThrow } from '../importers/docxSanitize.ts';
import { tempFolderPrefix } from './tempFolders.ts';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

export function findSoffice(): string | undefined {
  const fromEnv = process.env.CASEBOOK_SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** LibreOffice can take a while to start the first time (it builds its profile). */
const TIMEOUT_MS = 120_000;

/**
 * Renders Word files with LibreOffice (`soffice --headless --convert-to pdf`), which lays out the
 * DOCX itself: page breaks, headers, footnotes at the foot of the page as in Word. Each call uses
 * its own throwaway profile so two conversions (or an open LibreOffice window) never collide.
 */
export function libreOfficeDocxRenderer(soffice = findSoffice()): DocxRenderer | undefined {
  if (!soffice) return undefined;
  return {
    name: 'LibreOffice',
    render: (docx) =>
      new Promise((resolveBytes, reject) => {
        // LibreOffice follows external links while laying a file out: it only sees the safe copy.
        const safe = sanitizedOrThrow(docx);
        const dir = mkdtempSync(join(tmpdir(), tempFolderPrefix('docx')));
        const input = join(dir, 'document.docx');
        writeFileSync(input, safe, { mode: 0o600 });
        const profile = pathToFileURL(join(dir, 'profile')).href;
        execFile(
          soffice,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          { timeout: TIMEOUT_MS, windowsHide: true },
          (err, _stdout, stderr) => {
            try {
              const out = join(dir, 'document.pdf');
              if (err || !existsSync(out)) reject(new Error(err?.message ?? (stderr.trim() || 'no PDF was produced')));
              else resolveBytes(new Uint8Array(readFileSync(out)));
            } finally {
              rmSync(dir, { recursive: true, force: true });
            }
          },
        );
      }),
  };
}
