import type { BundleOptions, BundleChange, BundleBuildResult } from '../../../shared/bundle.ts';
import type { ProgressEvent } from '../../../shared/progress.ts';
import type { Result } from '../../../shared/result.ts';

/** Messages between the thread that asked for a bundle and the worker thread building it. */
export type ToWorker =
  | {
      type: 'build';
      caseDir: string;
      options: BundleOptions;
      outPath: string;
      skip: [number, string][];
      hasRenderer: boolean;
      rendererName?: string;
    }
  | { type: 'rendered'; id: number; bytes?: Uint8Array; error?: string }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'document-start'; documentId: number }
  | { type: 'render'; id: number; docx: Uint8Array; fileName: string }
  | { type: 'done'; result: Result<{ result: BundleBuildResult; outPath: string; changes: BundleChange[] }> };
