import type { DocxRenderer } from '../../../shared/bundle.ts';
import { chromiumDocxRenderer } from './renderDocxChromium.ts';
import { libreOfficeDocxRenderer } from './renderDocxLibreOffice.ts';

/**
 * The renderer for the CLI and tests: LibreOffice when installed (it lays out Word files as Word
 * does, with footnotes on their pages), else a system Chromium, else none (Word documents are then
 * left out of bundles with a reason saying what to install). CASEBOOK_DOCX_RENDERER=chromium|
 * libreoffice|none chooses explicitly.
 */
export function defaultDocxRenderer(): DocxRenderer | undefined {
  const choice = process.env.CASEBOOK_DOCX_RENDERER;
  if (choice === 'none') return undefined;
  if (choice === 'chromium') return chromiumDocxRenderer();
  if (choice === 'libreoffice') return libreOfficeDocxRenderer();
  return libreOfficeDocxRenderer() ?? chromiumDocxRenderer();
}
