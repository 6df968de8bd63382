import { fail, ok, type Result } from '../../../shared/result.ts';
import { DOCX_LIMITS, readZip, writeZip, type ZipEntry, type ZipLimits } from './docxPackage.ts';

/**
 * A copy of a Word file that cannot make a renderer reach outside it. A .docx can name pictures,
 * templates, OLE objects and sub-documents by address (a relationship with TargetMode="External",
 * ECMA-376 Part 2 §9.3.2) and pull content in through fields (INCLUDEPICTURE, INCLUDETEXT, LINK,
 * DDE — Part 1 §17.16.5). LibreOffice follows them while laying the file out: a web address is a
 * tracking beacon or a request into the home network, and a file: address copies a local file
 * into the bundle. Every renderer gets this copy, never the original, and so does mammoth.
 */

/** Every part may be needed to lay the file out (charts, embedded objects), within the size limits. */
const RENDER_LIMITS: ZipLimits = { ...DOCX_LIMITS, partBytes: () => 50 * 1024 * 1024, wanted: () => true };

/** Fields whose code names something outside the file. */
const LINKED_FIELD = /\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|INCLUDE)\b/i;

/** External relationships, except hyperlinks (only followed when a reader clicks one); their ids. */
function stripRelationships(xml: string): { xml: string; removed: Set<string> } {
  const removed = new Set<string>();
  const out = xml.replace(/<Relationship\b[^>]*\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g, (rel) => {
    if (!/TargetMode\s*=\s*["']External["']/i.test(rel) || /Type\s*=\s*["'][^"']*\/hyperlink["']/.test(rel)) return rel;
    const id = rel.match(/\bId\s*=\s*["']([^"']+)["']/)?.[1];
    if (id) removed.add(id);
    return '';
  });
  return { xml: out, removed };
}

/** A reference to a removed relationship would break readers: the attribute goes with it. */
function dropReferences(xml: string, removed: Set<string>): string {
  if (removed.size === 0) return xml;
  return xml.replace(/\sr:(?:link|id|embed|pict)="([^"]*)"/g, (attr, id: string) => (removed.has(id) ? '' : attr));
}

/** The relationships part of a part: word/document.xml → word/_rels/document.xml.rels. */
const relsOf = (name: string) => name.replace(/([^/]*)$/, '_rels/$1.rels');

/**
 * Blanks the code of every linked field, leaving its last shown result in place. A field code can
 * be split over several runs, so the code is gathered from begin to separate before it is judged.
 */
function stripLinkedFields(xml: string): string {
  const blank: [number, number][] = [];
  const open: { text: string; spans: [number, number][] }[] = [];
  const token =
    /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"[^>]*\/?>|<w:instrText\b[^>]*>([\s\S]*?)<\/w:instrText>/g;
  for (const m of xml.matchAll(token)) {
    const kind = m[1];
    if (kind === 'begin') open.push({ text: '', spans: [] });
    else if (kind) {
      const field = kind === 'end' ? open.pop() : open[open.length - 1];
      if (field && LINKED_FIELD.test(field.text)) blank.push(...field.spans);
      if (field) field.spans = [];
    } else if (open.length) {
      const field = open[open.length - 1]!;
      field.text += m[2] ?? '';
      field.spans.push([m.index, m.index + m[0].length]);
    }
  }
  let out = xml;
  for (const [from, to] of blank.sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, from)}<w:instrText></w:instrText>${out.slice(to)}`;
  return (
    out
      .replace(/(<w:fldSimple\b[^>]*\bw:instr=")([^"]*)(")/g, (all, a: string, instr: string, b: string) =>
        LINKED_FIELD.test(instr) ? `${a}${b}` : all,
      )
      // VML pictures can carry an address directly (o:href, src), and altChunk / subDoc pull in
      // other files whole.
      .replace(/\s(?:o:href|src)="(?!#)[^"]*"/g, (attr) =>
        /^\s(?:o:href|src)="[a-z][a-z0-9+.-]*:/i.test(attr) ? '' : attr,
      )
      .replace(/<w:(altChunk|subDoc)\b[^>]*\/>|<w:(altChunk|subDoc)\b[^>]*>[\s\S]*?<\/w:\2>/g, '')
  );
}

/** The package's parts with every way out removed; `changed` when anything was. */
export function sanitizeEntries(entries: ZipEntry[]): { entries: ZipEntry[]; changed: boolean } {
  let changed = false;
  const removedBy = new Map<string, Set<string>>();
  const text = (e: ZipEntry) => Buffer.from(e.data).toString('utf8');
  const put = (e: ZipEntry, before: string, after: string): ZipEntry => {
    if (after === before) return e;
    changed = true;
    return { name: e.name, data: new Uint8Array(Buffer.from(after, 'utf8')) };
  };
  const relsDone = entries.map((e) => {
    if (!e.name.endsWith('.rels')) return e;
    const before = text(e);
    const { xml, removed } = stripRelationships(before);
    removedBy.set(e.name, removed);
    return put(e, before, xml);
  });
  const out = relsDone.map((e) => {
    if (!/\.xml$/i.test(e.name)) return e;
    const before = text(e);
    return put(e, before, stripLinkedFields(dropReferences(before, removedBy.get(relsOf(e.name)) ?? new Set())));
  });
  return { entries: out, changed };
}

export function sanitizeDocx(docx: Uint8Array): Result<Uint8Array> {
  const zip = readZip(docx, RENDER_LIMITS);
  if (!zip.ok) return zip;
  if (zip.value.length === 0) return fail('docx-damaged', 'This Word file has nothing in it to print.');
  const clean = sanitizeEntries(zip.value);
  return ok(clean.changed ? writeZip(clean.entries) : docx);
}

/** For renderers: the safe copy, or an Error whose message says why the file cannot be printed. */
export function sanitizedOrThrow(docx: Uint8Array): Uint8Array {
  const clean = sanitizeDocx(docx);
  if (!clean.ok) throw new Error(clean.message);
  return clean.value;
}
