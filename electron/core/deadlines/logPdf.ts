import { PDFDocument, rgb, type PDFPage } from '@cantoo/pdf-lib';
import type { LogEntry } from '../../../shared/deadlines.ts';
import { BundleFonts } from '../bundle/fonts.ts';
import { formatDay, localToday } from './dates.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BODY = 10;
const GREY = rgb(0.35, 0.35, 0.35);
const RED = rgb(0.6, 0, 0);

/**
 * The correspondence log as a PDF a family can hand to a new caseworker: one block per entry,
 * oldest first, Noto fonts embedded so names in any script print (the bundle's font runs).
 */
export async function logToPdf(entries: LogEntry[], childName: string, today = localToday()): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Correspondence log — ${childName}`);
  doc.setCreator('Casebook');
  const fonts = new BundleFonts(doc);
  const texts = entries.flatMap((e) => [e.from, e.to, e.subject, e.summary ?? '']);
  await fonts.prepare([childName, ...texts, 'Correspondence log']);
  await fonts.prepare([childName, ...entries.map((e) => e.subject), 'Correspondence log'], true);
  const width = A4[0] - 2 * MARGIN;

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPageIfNeeded = (needed: number) => {
    if (y - needed >= MARGIN + 20) return;
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const line = (text: string, size = BODY, opts: { bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number } = {}) => {
    for (const l of fonts.wrap(text, width - (opts.indent ?? 0), size, opts.bold)) {
      newPageIfNeeded(size + 4);
      fonts.draw(page, l, MARGIN + (opts.indent ?? 0), y - size, size, { ...(opts.bold ? { bold: true } : {}), ...(opts.color ? { color: opts.color } : {}) });
      y -= size + 4;
    }
  };

  line(`Correspondence log — ${childName}`, 16, { bold: true });
  line(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, printed ${formatDay(today)}. Oldest first.`, BODY, { color: GREY });
  y -= 8;
  for (const e of entries) {
    newPageIfNeeded(4 * (BODY + 4));
    page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: rgb(0.8, 0.8, 0.8) });
    y -= 4;
    line(`${formatDay(e.date)} · ${e.direction === 'sent' ? 'Sent' : 'Received'} · ${e.channel}   #${e.entryId}`, BODY, { color: GREY });
    line(e.subject, 11, { bold: true });
    line(`From: ${e.from}    To: ${e.to}`);
    if (e.summary) line(e.summary, BODY, { indent: 10 });
    if (e.replyDue) {
      const state = e.repliedOn ? `replied ${formatDay(e.repliedOn)}` : e.overdue ? `OVERDUE by ${e.daysOverdue} days` : 'awaiting reply';
      line(`Reply due by ${formatDay(e.replyDue)} — ${state}`, BODY, e.overdue ? { color: RED } : {});
    }
    if (e.documentId) line(`Document ${e.documentId} in the case`, BODY, { color: GREY });
    y -= 6;
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => fonts.draw(p, `Page ${i + 1} of ${pages.length}`, A4[0] - MARGIN - 70, MARGIN / 2, 8, { color: GREY }));
  return doc.save();
}
