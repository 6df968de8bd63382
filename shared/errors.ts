import { z } from 'zod';

/**
 * Every code an expected failure can carry, across every boundary (core → API → CLI, main →
 * renderer, job and worker processes). Callers decide what to do from the code — exit code,
 * which form field to mark, whether to ask for a password — and never from a message's words,
 * which are for people and may be reworded at any time.
 *
 * Adding a failure: add its code here, in its group, with what it means.
 */
export const ERROR_CODES = {
  // Calls and their input
  'bad-input': 'a value given is missing or not valid',
  'unknown-call': 'no API call of that name',
  'not-a-call': 'a long job was asked for as a short call',
  'not-a-job': 'a short call was asked for as a long job',
  cancelled: 'the user (or a time limit) stopped it',
  internal: 'a bug inside Casebook; nothing stored was changed',
  bug: 'a bug inside Casebook; nothing stored was changed',
  // The desktop shell and its processes
  forbidden: 'the window asked for something it may not have',
  ipc: 'the message between window and app was lost',
  'no-bridge': 'the window has no connection to the core',
  transport: 'the call to the core failed on the way',
  'pdf-display': 'the window could not draw a PDF',
  'not-available': 'only the desktop app can do this',
  'job-crashed': 'the background process stopped unexpectedly',
  'job-not-started': 'the background process could not start',
  'not-openable': 'Casebook only opens the kinds of file it makes',
  'open-failed': 'the operating system could not open the file',
  // Cases and documents
  'not-a-case': 'the folder is not a Casebook case',
  'case-exists': 'the folder already holds a case',
  'folder-not-empty': 'a new case needs an empty folder',
  'not-found': 'the document, version, order or file is not there (any more)',
  'no-document': 'the document a request names is not in the case',
  'not-deleted': 'undo asked for a document that was not removed',
  'already-back': 'a removed document was imported again since',
  'not-linked': 'a document asked to be separated from its other copy has none',
  'write-failed': 'a file could not be saved where asked',
  'case-damaged': 'the case database is damaged and cannot be opened',
  'newer-version': 'the case was made by a newer version of Casebook',
  'output-folder-missing': 'the folder chosen for a file Casebook writes does not exist',
  'output-inside-case-store': "a file Casebook writes would land on the case's own database or stored files",
  'file-not-chosen': 'the window named a file the user did not pick or drop',
  // Importing files
  timeout: 'reading a file took longer than allowed',
  'docx-damaged': 'the Word file is damaged',
  'docx-encrypted': 'the Word file is locked with a password',
  'docx-no-document': 'the Word file has no document text',
  'docx-truncated': 'the Word file is cut off',
  'docx-too-large': 'the Word file is too large once unpacked',
  'docx-timeout': 'reading the Word file took longer than allowed',
  'email-too-deep': 'emails attached inside emails more deeply than Casebook reads',
  'attachment-limit': 'more attachments in one import than Casebook takes',
  'attachment-budget': 'the attachments in one import are larger in total than Casebook takes',
  'link-loop': 'a folder link leads back into a folder already read',
  'email-damaged': 'the email file cannot be read',
  'image-bmp': 'the BMP picture cannot be read',
  'image-heic': 'the HEIC photo cannot be decoded',
  'image-unreadable': 'the picture cannot be read',
  'pdf-password-needed': 'the PDF needs a password to open',
  'pdf-password-wrong': 'the password given does not open the PDF',
  'pdf-invalid': 'a PDF header with nothing readable inside',
  'pdf-truncated': 'the PDF is cut off and could not be repaired',
  'pdf-page-unreadable': 'a page of the PDF cannot be read',
  'pdf-unreadable': 'the PDF cannot be read',
  'pdf-timeout': 'the PDF took too long to read',
  'pdf-too-big': 'the PDF is too large to read',
  'pdf-not-open': 'the PDF reader was asked about a file it has not opened',
  'pdf-worker-error': 'the PDF reader failed',
  'pdf-worker-gone': 'the PDF reader stopped (out of memory, or stopped after a time limit)',
  'pdf-copy-failed': 'a clean copy of the PDF could not be made',
  'pdf-copy-mismatch': 'the clean copy of the PDF did not match the original',
  'pdf-decrypt-failed': 'the PDF could not be decrypted for the bundle',
  'pdf-repair-failed': 'the damaged PDF could not be repaired for the bundle',
  // The bundle
  'bad-profile': 'a bundle profile is not consistent',
  'no-such-profile': 'no bundle profile of that name',
  'profile-exists': 'a bundle profile of that name exists',
  'no-such-pack': "no party's evidence pack of that name",
  'no-such-section': 'the bundle has no section of that letter',
  'too-many-stuck': 'too many documents could not be added to the bundle',
  // Deadlines
  'bad-date': 'a date is not a real date written YYYY-MM-DD',
  'missing-date': 'a rule needs a date that was not given',
  'missing-length': 'a rule needs a length that was not given',
  'unknown-event': 'the rule has no event of that name',
  'nothing-to-confirm': 'a document starts no deadline, or its date is already on the timeline',
  'unknown-rule': 'no deadline rule of that name',
  'bad-rule': 'a deadline rule is not consistent',
  'no-term-dates': 'school-day counting needs term dates',
  'term-dates-short': 'the term dates end before the deadline',
  // The papers: working document, appeal pack, letters
  'no-plan': 'there is no EHC plan in the case to build a working document from',
  'workdoc-unreadable': 'their Word version of the working document cannot be read',
  'workdoc-no-sections': 'their Word version has no EHC plan section headings',
  'template-invalid': 'a letter template has no proper header (id, title, when to use it)',
  'template-not-found': 'no letter template of that id',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ErrorCode = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);
