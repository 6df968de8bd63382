import { readFileSync } from 'node:fs';
import { readZip } from '../../electron/core/importers/docxPackage.ts';

/** One part of a .docx (word/document.xml, word/footnotes.xml) as text, read with the importer's own zip reader. */
export function docxPart(path: string, part: string): string {
  const entries = readZip(new Uint8Array(readFileSync(path)));
  if (!entries.ok) throw new Error(entries.message);
  const entry = entries.value.find((e) => e.name === part);
  return entry ? Buffer.from(entry.data).toString('utf8') : '';
}

/** Each run of a document part: its properties XML and its text. */
export function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(.*?)<\/w:r>/gs)].map((m) => ({
    props: m[1] ?? '',
    text: [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** The text of a document part with the XML entities Word uses decoded. */
export const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
