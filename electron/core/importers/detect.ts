import type { SourceType } from '../../../shared/documents.ts';

export type DetectedType = { type: SourceType; subtype?: ImageFormat } | { type: 'unknown'; reason: string };

export type ImageFormat = 'png' | 'jpeg' | 'tiff' | 'heic' | 'webp' | 'gif' | 'bmp';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');

/** Word's name for what a file claims to be, from its extension, for messages. */
function claimed(fileName: string): string {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return ext ? `.${ext}` : 'no extension';
}

/**
 * Recognises a file by its bytes, never by its name: a .txt renamed .pdf must be rejected, and
 * a PDF saved without an extension must still import.
 */
export function detectType(fileName: string, bytes: Uint8Array): DetectedType {
  if (bytes.length === 0)
    return {
      type: 'unknown',
      reason: 'The file is empty (0 bytes). It may not have finished downloading or copying — try saving it again.',
    };
  // PDF header may follow some junk; the spec allows readers to look in the first 1024 bytes.
  if (ascii(bytes, 0, Math.min(1024, bytes.length)).includes('%PDF-')) return { type: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { type: 'image', subtype: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'image', subtype: 'jpeg' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return { type: 'image', subtype: 'tiff' };
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|mif1|msf1|heim|heis)$/.test(ascii(bytes, 8, 12)))
    return { type: 'image', subtype: 'heic' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { type: 'image', subtype: 'webp' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { type: 'image', subtype: 'gif' };
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return { type: 'image', subtype: 'bmp' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP: Word files name word/document.xml near the start; other ZIPs are not documents.
    if (ascii(bytes, 0, Math.min(bytes.length, 64 * 1024)).includes('word/')) return { type: 'docx' };
    return {
      type: 'unknown',
      reason: `This is a ZIP archive, not a Word document (${claimed(fileName)}). Unzip it and import the files inside.`,
    };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { type: 'unknown', reason: compoundFileReason(bytes) };
  if (looksLikeEmail(bytes)) return { type: 'email' };
  return { type: 'unknown', reason: unknownReason(fileName, bytes) };
}

/**
 * An OLE compound file (MS-CFB) is an old Office file, an Outlook message, or — the trap — a
 * password-protected .docx/.xlsx, which Office wraps in a compound file holding the streams
 * "EncryptionInfo" and "EncryptedPackage" (MS-OFFCRYPTO 2.3.4). Stream names are UTF-16LE.
 */
function compoundFileReason(bytes: Uint8Array): string {
  const has = (name: string) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage')) {
    return 'This Office file is locked with a password. Open it with the password, save a copy without one (or print it to PDF), and import that copy.';
  }
  if (has('__substg1.0_'))
    return 'This is an Outlook message (.msg). Print it to PDF, or save it as an .eml file, and import that.';
  return 'This is an old-style Word (.doc) or Office file. Open it and save it as .docx or PDF, then import that.';
}

function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(bytes.length, 8 * 1024));
  const headerBlock = head.split(/\r?\n\r?\n/)[0] ?? '';
  const names = [...headerBlock.matchAll(/^([A-Za-z-]+):/gm)].map((m) => m[1]!.toLowerCase());
  return names.includes('from') && (names.includes('date') || names.includes('subject') || names.includes('to'));
}

function unknownReason(fileName: string, bytes: Uint8Array): string {
  const c = claimed(fileName);
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  const printable = sample.filter((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128).length;
  const isText = printable / sample.length > 0.95;
  const said = {
    '.pdf': 'a PDF',
    '.docx': 'a Word document',
    '.png': 'a picture',
    '.jpg': 'a picture',
    '.jpeg': 'a picture',
    '.tif': 'a picture',
    '.tiff': 'a picture',
    '.heic': 'a picture',
    '.eml': 'an email',
  }[c];
  if (said) {
    return isText
      ? `This file is named as ${said} (${c}) but contains plain text. It may have been renamed; open it to check, then save it in the right format.`
      : `This file is named as ${said} (${c}) but its contents are not in that format. It may be damaged or renamed.`;
  }
  return isText
    ? `Plain text files (${c}) are not imported. Copy the text into a Word document or print it to PDF, then import that.`
    : `Casebook cannot read this kind of file (${c}). It imports PDFs, Word (.docx) files, photos and scans (PNG, JPEG, TIFF, HEIC) and emails (.eml).`;
}
