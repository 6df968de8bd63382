import type { WorkerFailure } from './pdfWorkerProtocol.ts';

/**
 * A clean copy of a PDF for the bundle: decrypted (with the password, or '' for files locked
 * only by an owner password) and/or with its cross-reference table rebuilt. pdf-lib with
 * throwOnInvalidObject: false skips objects it cannot parse, which recovers tail-truncated
 * files that qpdf cannot (../shared/STACK.md).
 *
 * Never `ignoreEncryption: true`: it copies pages without decrypting them, and every page of the
 * result is unreadable while the page count still looks right.
 */
export async function makePdfCopy(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<{ ok: true; bytes: Uint8Array } | WorkerFailure> {
  try {
    // Loaded on first use: most PDFs never need a copy, and pdf-lib adds ~0.4 s to a start.
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    // Readers accept junk before the header (a mail gateway's banner); pdf-lib does not.
    const start = Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-');
    const doc = await PDFDocument.load(start > 0 ? bytes.subarray(start) : bytes, {
      password: password ?? '',
      throwOnInvalidObject: false,
      updateMetadata: false,
    });
    const out = await doc.save({ useObjectStreams: true });
    return { ok: true, bytes: out };
  } catch (e) {
    return { ok: false, code: 'pdf-copy-failed', detail: (e as Error).message };
  }
}
