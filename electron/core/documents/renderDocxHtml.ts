import mammoth from 'mammoth';
import type { DocxRenderer, HtmlToPdf } from '../../../shared/bundle.ts';
import { sanitizedOrThrow } from '../importers/docxSanitize.ts';

/**
 * Print CSS for a Word file turned into HTML: A4 with Word-like margins, tables with visible
 * borders (mammoth drops Word's table borders), footnotes kept as a numbered list at the end.
 */
const PRINT_CSS = `
  @page { size: A4; margin: 2.2cm 2cm 2.5cm 2cm; }
  body { font-family: 'Noto Sans', Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
  h1 { font-size: 17pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
  table { border-collapse: collapse; width: 100%; margin: 0.6em 0; page-break-inside: auto; }
  td, th { border: 0.6pt solid #444; padding: 3pt 5pt; vertical-align: top; }
  tr { page-break-inside: avoid; }
  img { max-width: 100%; }
  ol[class], section.footnotes { font-size: 9.5pt; }
  hr.footnotes-rule { margin-top: 2em; }
`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** mammoth's HTML (headings, tables, footnotes and endnotes as a linked list) as a printable page. */
export async function docxToPrintableHtml(docx: Uint8Array, title: string): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
  // mammoth puts notes in an <ol> at the end; a rule above separates them like Word's.
  const body = value.replace(/(<ol>(?:(?!<ol>)[\s\S])*?id="footnote-)/, '<hr class="footnotes-rule">$1');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head><body>${body}</body></html>`;
}

/** A DOCX renderer from any HTML → PDF printer (Electron's printToPDF, Chromium's page.pdf). */
export function htmlDocxRenderer(name: string, htmlToPdf: HtmlToPdf, close?: () => Promise<void>): DocxRenderer {
  return {
    name,
    render: async (docx, fileName) => htmlToPdf(await docxToPrintableHtml(sanitizedOrThrow(docx), fileName)),
    ...(close ? { close } : {}),
  };
}
