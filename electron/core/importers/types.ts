import type { DocumentKind, SourceType } from '../../../shared/documents.ts';
import type { Result } from '../../../shared/result.ts';
import type { RenditionPurpose } from '../store/documents.ts';
import type { OcrEngine } from '../text/ocr.ts';

/** What the orchestrator hands every importer: one file's bytes, never a path. */
export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
}

export interface ImportContext {
  ocr: OcrEngine;
  signal?: AbortSignal;
  /** Per-page progress within this file (pages read or OCRed so far). */
  onPage?: (done: number, total: number, what: 'text' | 'ocr') => void;
}

/** Metadata a reader could see in the file itself (PDF info, email headers, DOCX core props). */
export interface FileMetadata {
  title?: string;
  author?: string;
  date?: string;
  kind?: DocumentKind;
}

export interface ImportedFile {
  sourceType: SourceType;
  pages: { text: string; ocr: boolean }[];
  renditions?: Partial<Record<RenditionPurpose, Uint8Array>>;
  structure?: unknown;
  metadata?: FileMetadata;
  /** Things a parent should check (a repaired file's doubtful pages), shown with the outcome. */
  warnings?: string[];
  /** Files carried inside this one (email attachments): imported as their own documents. */
  attachments?: { fileName: string; bytes: Uint8Array }[];
}

/** Reasons are shown to a parent as they are: say what happened and what to do next. */
export type ImportResult = Result<ImportedFile>;

export type Importer = (input: ImportInput, ctx: ImportContext) => Promise<ImportResult>;
