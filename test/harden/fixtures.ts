import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

const BIN = join(import.meta.dirname, '../../bin/casebook.js');

/** Runs the real CLI; stdin is given when a test types into it. */
export function casebook(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 300_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A small, well-formed PDF whose every page says `text` (and its page number). */
export async function textPdf(text: string, pages = 1, title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) pdf.addPage().drawText(`${text} (page ${i})`, { x: 50, y: 700, size: 12, font });
  if (title) pdf.setTitle(title);
  return pdf.save();
}

/** An email whose attachment is an email whose attachment is… `depth` levels deep. */
export function nestedEml(depth: number): string {
  let inner =
    'From: school@example.org\r\nTo: parent@example.org\r\nSubject: Level 0\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nThe innermost message.\r\n';
  for (let level = 1; level <= depth; level++) {
    const boundary = `b${level}`;
    inner = [
      'From: school@example.org',
      'To: parent@example.org',
      `Subject: Level ${level}`,
      'Date: Mon, 2 Mar 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      `Forwarded, level ${level}.`,
      `--${boundary}`,
      'Content-Type: message/rfc822',
      `Content-Disposition: attachment; filename="level-${level - 1}.eml"`,
      '',
      inner,
      `--${boundary}--`,
      '',
    ].join('\r\n');
  }
  return inner;
}

/** A one-page PDF locked with a user password; made with qpdf, the referee the tests trust. */
export async function lockedPdf(password: string, dir: string): Promise<string> {
  const { writeFileSync } = await import('node:fs');
  const plain = join(dir, 'plain.pdf');
  const locked = join(dir, 'locked.pdf');
  writeFileSync(plain, await textPdf('Locked decision letter'));
  const r = spawnSync('qpdf', ['--encrypt', password, 'owner-secret', '256', '--', plain, locked]);
  if (r.status !== 0) throw new Error(`qpdf could not encrypt: ${String(r.stderr)}`);
  return locked;
}
