import type { PdfInfo } from '../text/pdfWorkerProtocol.ts';
import type { FileMetadata } from './types.ts';

/**
 * Titles that word processors, scanners and printer drivers write without a person choosing
 * them: "Microsoft Word - doc1.docx", "Untitled", "Scan_0001", a bare file name.
 */
const JUNK_TITLE = [
  /^microsoft (word|excel|powerpoint)\b/i,
  /\.(docx?|pdf|rtf|odt|xlsx?|pptx?|jpe?g|png|tiff?|txt|html?)$/i,
  /^(untitled|document\d*|doc\d+|title|no title|none|n\/a|\s*-\s*)$/i,
  /^(scan|img|image|dsc|pxl|page|file|print)[\s_-]*\d*/i,
  /^[\d\s_.-]+$/,
  /^[A-Z]:\\|^\/|^https?:/i,
  /^[a-f0-9-]{16,}$/i,
  // A slug such as "01-ep-report" or "EP_Report_final" is a file name, not a title.
  /^[\w.]+([-_][\w.]+)+$/,
];

/** Authors that are machine or account names, not the professional who wrote the report. */
const JUNK_AUTHOR = [
  /^(admin(istrator)?|user|owner|author|unknown|default|guest|windows user|hp|canon|epson|xerox|ricoh|scanner|sharp|konica.*|brother)$/i,
  /^[\d\s_.-]+$/,
];

const plausible = (value: string | undefined, junk: RegExp[], max: number) =>
  value !== undefined &&
  value.length >= 3 &&
  value.length <= max &&
  /\p{L}/u.test(value) &&
  !junk.some((re) => re.test(value));

/** Earliest creation date we trust: PDF 1.0 is from 1993; older dates are clock errors. */
const EARLIEST = '1993-01-01';

/** Keeps the Info dictionary fields a person would recognise; drops generator noise. */
export function pdfFileMetadata(info: PdfInfo, fileName = '', today = new Date()): FileMetadata {
  const meta: FileMetadata = {};
  const title = info.title?.replace(/\s+/g, ' ').trim();
  const author = info.author?.replace(/\s+/g, ' ').trim();
  const stem = fileName.replace(/\.[^.]*$/, '').toLowerCase();
  if (plausible(title, JUNK_TITLE, 200) && title!.toLowerCase() !== stem) meta.title = title;
  if (plausible(author, JUNK_AUTHOR, 120)) meta.author = author;
  const latest = new Date(today.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (info.created && info.created >= EARLIEST && info.created <= latest) meta.date = info.created;
  return meta;
}
