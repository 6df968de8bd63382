import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { LogEntry } from '../../../shared/deadlines.ts';
import { PdfFonts } from '../pdf/fonts.ts';
import { GREY, TextFlow } from '../pdf/textFlow.ts';
import { formatDay, localToday } from './dates.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BODY = 10;
const RED = rgb(0.6, 0, 0);

/**
 * The correspondence log as a PDF a family can hand to a new caseworker: one block per entry,
 * oldest first, Noto fonts embedded so names in any script print (the fonts every Casebook PDF uses).
 */
export async function logToPdf(entries: LogEntry[], childName: string, today = localToday()): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Correspondence log — ${childName}`);
  doc.setCreator('Casebook');
  const fonts = new PdfFonts(doc);
  const texts = entries.flatMap((e) => [e.from, e.to, e.subject, e.summary ?? '']);
  await fonts.prepare([childName, ...texts, 'Correspondence log']);
  await fonts.prepare([childName, ...entries.map((e) => e.subject), 'Correspondence log'], true);

  const flow = new TextFlow(doc, fonts, A4, MARGIN, 20);
  flow.line(`Correspondence log — ${childName}`, 16, { bold: true });
  flow.line(
    `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, printed ${formatDay(today)}. Oldest first.`,
    BODY,
    { color: GREY },
  );
  flow.y -= 8;
  for (const e of entries) {
    flow.ensure(4 * (BODY + 4));
    flow.rule(rgb(0.8, 0.8, 0.8));
    flow.y -= 4;
    flow.line(
      `${formatDay(e.date)} · ${e.direction === 'sent' ? 'Sent' : 'Received'} · ${e.channel}   #${e.entryId}`,
      BODY,
      { color: GREY },
    );
    flow.line(e.subject, 11, { bold: true });
    flow.line(`From: ${e.from}    To: ${e.to}`, BODY);
    if (e.summary) flow.line(e.summary, BODY, { indent: 10 });
    if (e.replyDue) {
      const state = e.repliedOn
        ? `replied ${formatDay(e.repliedOn)}`
        : e.overdue
          ? `OVERDUE by ${e.daysOverdue} days`
          : 'awaiting reply';
      flow.line(`Reply due by ${formatDay(e.replyDue)} — ${state}`, BODY, e.overdue ? { color: RED } : {});
    }
    if (e.documentId) flow.line(`Document ${e.documentId} in the case`, BODY, { color: GREY });
    flow.y -= 6;
  }
  flow.footers((page, count) => `Page ${page} of ${count}`, 8, GREY, 'right');
  return doc.save();
}
