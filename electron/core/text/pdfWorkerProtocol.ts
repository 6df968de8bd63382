import type { ErrorCode } from '../../../shared/errors.ts';

/** Messages between importPdf (main thread) and the pdf.js worker thread (pdfWorker.ts). */

import type { PdfLayoutItem } from '../../../shared/importStructure.ts';

export type PdfRequest =
  | { op: 'open'; bytes: Uint8Array; password?: string }
  /** expectPages is left out when pdf.js could not open the original at all. */
  | { op: 'copy'; bytes: Uint8Array; password?: string; expectPages?: number; firstPageText: string }
  /** A page as a JPEG, or as grey pixels (a GreyImage) with `grey`. */
  | { op: 'render'; page: number; dpi?: number; grey?: boolean }
  /** The JPEG a page is drawn from when the page is a plain scan (a ScanJpeg), else null. */
  | { op: 'scan'; page: number }
  /** A picture-only copy of the open document, when pdf-lib cannot make a real one. */
  | { op: 'raster' }
  | { op: 'close' };

export interface PdfInfo {
  title?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) from the Info dictionary's CreationDate. */
  created?: string;
}

export interface OpenedPdf {
  numPages: number;
  /** items: where each run of text sits on the page (see PdfLayout in shared/importStructure.ts). */
  pages: { text: string; usable: boolean; failed?: boolean; items?: PdfLayoutItem[] }[];
  info: PdfInfo;
  /** The file has an Encrypt dictionary (owner-password-only or opened with the password). */
  encrypted: boolean;
  /** pdf.js had to rebuild the cross-reference table, or the file is cut short. */
  damaged: boolean;
}

export type WorkerFailure = { ok: false; code: ErrorCode; detail: string };

export type PdfReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: { ok: true; value: unknown } | WorkerFailure };
