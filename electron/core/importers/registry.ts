import type { SourceType } from '../../../shared/documents.ts';
import { importDocx } from './docx.ts';
import { importEmail } from './email.ts';
import { importImage } from './image.ts';
import { importPdf } from './pdf.ts';
import type { Importer } from './types.ts';

/** One reader per file type the detector recognises. */
export const importers: Record<SourceType, Importer> = {
  pdf: importPdf,
  docx: importDocx,
  image: importImage,
  email: importEmail,
};
