import { fail, type Failure } from '../../../shared/result.ts';
import type { WorkerFailure } from '../text/pdfWorkerProtocol.ts';

const HOW_TO_GIVE_PASSWORD =
  'In the app, Casebook asks for the password when you add the file; on the command line, add --ask-password to casebook add and type it when asked (or pipe it in with --password-stdin).';

/** What a parent reads when a PDF cannot be imported: what happened, and what to do next. */
export function pdfFailure(f: WorkerFailure): Failure {
  switch (f.code) {
    case 'pdf-password-needed':
      return fail(
        'pdf-password-needed',
        `This PDF is locked with a password, so it cannot be read without it. Councils often send the password in a separate email — look for it, then add the file again with the password. ${HOW_TO_GIVE_PASSWORD}`,
      );
    case 'pdf-password-wrong':
      return fail(
        'pdf-password-wrong',
        'The password given does not open this PDF. Check it against the email it came in (passwords are case-sensitive, and a space copied at the end counts) and try again.',
      );
    case 'pdf-invalid':
      return fail(
        'pdf-invalid',
        'This file starts like a PDF but there is no readable PDF inside it. It may be damaged or only partly downloaded; download it again or ask the sender for a new copy.',
      );
    case 'pdf-truncated':
      return fail(
        'pdf-truncated',
        'This PDF is incomplete: the end of the file is missing, as happens when a download or copy is interrupted, and it could not be repaired. Download or copy it again, or ask the sender for a new copy.',
      );
    case 'pdf-page-unreadable':
      return fail(
        'pdf-page-unreadable',
        `This PDF is damaged: page ${f.detail} cannot be read, so it could not be imported. The file may be cut short (an incomplete download or copy); download it again or ask the sender for a new copy.`,
      );
    case 'pdf-repair-failed':
      return fail(
        'pdf-repair-failed',
        'This PDF is damaged (it may be cut short by an incomplete download) and Casebook could not repair it. Download it again or ask the sender for a new copy.',
      );
    case 'pdf-decrypt-failed':
      return fail(
        'pdf-decrypt-failed',
        'This PDF is protected in a way Casebook cannot unlock. Open it, print it to a new PDF ("Microsoft Print to PDF" or "Save as PDF"), and add that copy instead.',
      );
    case 'pdf-timeout':
      return fail(
        'pdf-timeout',
        'Reading this PDF took too long, so it was stopped. It may be damaged or unusually complex; open it, print it to a new PDF, and add that copy instead.',
      );
    case 'pdf-too-big':
      return fail(
        'pdf-too-big',
        'This PDF needs more memory to read than Casebook allows. Split it into smaller parts or print it to a new PDF, and add those instead.',
      );
    case 'cancelled':
      return fail('cancelled', 'Import was cancelled. Nothing from this file was stored.');
    default:
      return fail(
        'pdf-unreadable',
        `This PDF could not be read (${f.detail}). It may be damaged; try opening it and printing it to a new PDF, then add that copy.`,
      );
  }
}
