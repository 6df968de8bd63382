import { type PDFPage, rgb } from '@cantoo/pdf-lib';
import type { PdfFonts } from '../pdf/fonts.ts';
import { A4 } from './pageGeometry.ts';

export interface CoverDetails {
  tribunal: string;
  heading: string;
  appealReference?: string;
  child: string;
  localAuthority?: string;
  hearingDate?: string;
  version: number;
  builtOn: string;
  profileName: string;
  pages: number;
}

const M = 64;

/**
 * The cover: who and what the bundle is for, and which version, so old copies are spotted. The
 * profile's caution (check the layout against your directions) is for the user, shown in the app.
 */
export function drawCover(page: PDFPage, fonts: PdfFonts, d: CoverDetails): void {
  const width = A4.width - 2 * M;
  let y = A4.height - 150;
  const line = (text: string, size: number, opts: { bold?: boolean; gap?: number; grey?: boolean } = {}) => {
    for (const l of fonts.wrap(text, width, size, opts.bold)) {
      fonts.draw(page, l, M, y, size, { bold: opts.bold, ...(opts.grey ? { color: rgb(0.35, 0.35, 0.35) } : {}) });
      y -= size * 1.35;
    }
    y -= opts.gap ?? 0;
  };
  line(d.tribunal, 13, { gap: 18 });
  line(d.heading, 26, { bold: true, gap: 26 });
  // Only what is known: the tribunal reads this page, so no placeholders and nothing meant for the user.
  const fields: [string, string | undefined][] = [
    ['Appeal reference', d.appealReference],
    ['Child or young person', d.child],
    ['Local authority', d.localAuthority],
    ['Hearing date', d.hearingDate],
  ];
  for (const [k, v] of fields) {
    if (!v) continue;
    fonts.draw(page, k, M, y, 10, { bold: true, color: rgb(0.35, 0.35, 0.35) });
    y -= 15;
    line(v, 14, { gap: 12 });
  }
  y -= 10;
  page.drawLine({ start: { x: M, y }, end: { x: A4.width - M, y }, thickness: 0.6, color: rgb(0.6, 0.6, 0.6) });
  y -= 22;
  line(`Version ${d.version}, built ${d.builtOn}. ${d.pages} pages.`, 11, { gap: 4 });
  line(`Layout: ${d.profileName}.`, 9, { grey: true, gap: 4 });
}

/** A section divider: the section letter and title, large, so the tab is easy to find. */
export function drawDivider(page: PDFPage, fonts: PdfFonts, letter: string, title: string): void {
  fonts.draw(page, `Section ${letter}`, M, A4.height / 2 + 40, 40, { bold: true });
  let y = A4.height / 2;
  for (const l of fonts.wrap(title, A4.width - 2 * M, 18)) {
    fonts.draw(page, l, M, y, 18);
    y -= 24;
  }
}
