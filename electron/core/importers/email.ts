import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';
import type { EmailAddress, EmailStructure } from '../../../shared/importStructure.ts';
import { cleanName } from '../../../shared/cleanText.ts';
import { fail, ok } from '../../../shared/result.ts';
import type { Importer } from './types.ts';

/**
 * Emails (.eml, RFC 5322 / MIME): the message becomes one document — a header block (From, To,
 * Cc, Date, Subject) above the body — and every real attachment is handed back for the
 * orchestrator to import as its own document linked to the email. Parsed headers are kept as the
 * structure for the correspondence log.
 */

/**
 * Pictures shown inside the message (referenced as cid: or sent inline) below this size are
 * logos, icons and signature images, not evidence; a photo pasted into an email is larger.
 */
const SIGNATURE_IMAGE_MAX_BYTES = 64 * 1024;

/** Dates are shown and stored as the day in England, where the letters' deadlines run. */
const LONDON = 'Europe/London';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'image/gif': 'gif',
  'message/rfc822': 'eml',
  'text/plain': 'txt',
  'text/html': 'html',
};

function addresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const out: EmailAddress[] = [];
  const visit = (a: { name?: string; address?: string; group?: { name?: string; address?: string }[] }) => {
    if (a.group) a.group.forEach(visit);
    else if (a.name || a.address)
      out.push({
        ...(a.name ? { name: cleanName(a.name) } : {}),
        ...(a.address ? { address: cleanName(a.address) } : {}),
      });
  };
  for (const obj of [field ?? []].flat()) obj.value.forEach(visit);
  return out;
}

const showAddress = (a: EmailAddress) =>
  a.name && a.address ? `${a.name} <${a.address}>` : (a.name ?? a.address ?? '');
const showAddresses = (list: EmailAddress[]) => list.map(showAddress).join('; ');

export function londonDate(d: Date): string {
  // en-CA formats as yyyy-mm-dd; the time zone makes a 23:30 BST email count on its own day.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: LONDON,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

function showDate(d: Date): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
  return `${day}, ${time}`;
}

/** Why an attachment is not worth its own document, or undefined to import it. */
function skipReason(att: Attachment, html: string): string | undefined {
  const inBody =
    att.contentDisposition !== 'attachment' ||
    att.related ||
    (att.cid !== undefined && html.includes(`cid:${att.cid}`));
  if (/^image\//i.test(att.contentType) && inBody && att.size <= SIGNATURE_IMAGE_MAX_BYTES) {
    return 'a small picture shown in the message itself (a logo or signature image)';
  }
  if (att.size === 0) return 'an empty attachment';
  return undefined;
}

function attachmentName(att: Attachment, index: number): string {
  const ext = EXTENSIONS[att.contentType.toLowerCase()];
  let name = cleanName((att.filename ?? '').replace(/[/\\]/g, '_'));
  if (!name) name = `attachment ${index + 1}${ext ? `.${ext}` : ''}`;
  // A forwarded email must keep .eml so it reads as an email (and its own attachments follow).
  if (ext === 'eml' && !/\.eml$/i.test(name)) name += '.eml';
  return name;
}

function bodyText(mail: ParsedMail): string {
  const text = (mail.text ?? '').trim();
  if (text) return text;
  if (typeof mail.html === 'string' && mail.html.trim()) {
    // html-to-text failed (textConversionError): keep the words rather than lose the message.
    return mail.html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n\s*\n\s*\n+/g, '\n\n')
      .trim();
  }
  return '';
}

export const importEmail: Importer = async (input) => {
  let mail: ParsedMail;
  try {
    // keepCidLinks: leave cid: links in the HTML so we can see which pictures sit in the body.
    mail = await simpleParser(Buffer.from(input.bytes), { keepCidLinks: true, skipTextToHtml: true });
  } catch {
    return fail(
      'email-damaged',
      'This email file is damaged and cannot be read. Save the email again from your mail program (as .eml) and import the new copy.',
    );
  }
  const from = addresses(mail.from);
  const to = addresses(mail.to);
  const cc = addresses(mail.cc);
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : undefined;
  const subject = cleanName(mail.subject ?? '') || undefined;
  const html = typeof mail.html === 'string' ? mail.html : '';

  const attachments: { fileName: string; bytes: Uint8Array }[] = [];
  const listed: EmailStructure['attachments'] = [];
  mail.attachments.forEach((att, i) => {
    const fileName = attachmentName(att, i);
    const skipped = skipReason(att, html);
    listed.push({
      fileName,
      contentType: att.contentType,
      size: att.size,
      imported: !skipped,
      ...(skipped ? { skipped } : {}),
    });
    if (!skipped) attachments.push({ fileName, bytes: new Uint8Array(att.content) });
  });

  const header = [
    ['From', showAddresses(from)],
    ['To', showAddresses(to)],
    ['Cc', showAddresses(cc)],
    ['Date', date ? showDate(date) : ''],
    ['Subject', subject ?? ''],
    ['Attachments', attachments.map((a) => a.fileName).join(', ')],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const text = [header, bodyText(mail)].filter(Boolean).join('\n\n');

  const references = [mail.references ?? []].flat();
  const structure: EmailStructure = {
    format: 'email/1',
    from,
    to,
    cc,
    replyTo: addresses(mail.replyTo),
    ...(subject ? { subject } : {}),
    ...(date ? { date: date.toISOString(), dateLocal: londonDate(date) } : {}),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    references,
    attachments: listed,
  };
  const sender = from[0];
  return ok({
    sourceType: 'email',
    pages: [{ text, ocr: false }],
    structure,
    metadata: {
      kind: 'correspondence',
      ...(subject ? { title: subject } : {}),
      ...(sender ? { author: sender.name || sender.address } : {}),
      ...(date ? { date: londonDate(date) } : {}),
    },
    ...(attachments.length ? { attachments } : {}),
  });
};
