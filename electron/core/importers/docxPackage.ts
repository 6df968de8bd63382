import { crc32, inflateRawSync } from 'node:zlib';
import { fail, ok, type Result } from '../../../shared/result.ts';

/**
 * A minimal reader and writer for the ZIP container of a .docx (ECMA-376 Part 2, using the ZIP
 * format of PKWARE's APPNOTE.TXT). We read it ourselves, before mammoth, for two reasons: to tell
 * a parent precisely what is wrong with a damaged Word file (cut off, not a Word file, damaged
 * inside) instead of a library's stack trace, and to read parts mammoth ignores (the document's
 * own title and author in docProps/core.xml, Word's page-break markers).
 */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/**
 * What a .docx may unpack to. A real report's document.xml is well under a few MB (a long plan
 * with tables is rarely 5); a 367 KB file whose document.xml inflates to 100 MB is a zip bomb
 * and once took the process to 4.5 GB. Declared sizes can lie, so every inflate is also capped as
 * it runs. Parsing is bounded apart, by the worker's heap (docxWorkerClient.ts).
 */
export interface ZipLimits {
  /** The most one part may unpack to. */
  partBytes(name: string): number;
  /** The most all the parts read may unpack to together. */
  totalBytes: number;
  /** Only these parts are unpacked at all; the rest (embedded files, fonts, thumbnails) stay packed. */
  wanted(name: string): boolean;
}

const MB = 1024 * 1024;
/** Generous for any real file; small enough that parsing stays well inside the worker's heap. */
export const DOCX_LIMITS: ZipLimits = {
  partBytes: (name) => (/^word\/media\//.test(name) ? 50 * MB : /document\d*\.xml$/.test(name) ? 12 * MB : 10 * MB),
  totalBytes: 150 * MB,
  // What mammoth and we read: the package and document relationships, the document's own XML
  // parts (document, styles, numbering, notes, comments), its pictures, and the core properties.
  wanted: (name) =>
    /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/core\.xml)$/.test(name) ||
    /^word\/(?:[^/]+\.xml|_rels\/[^/]+\.rels|media\/[^/]+)$/.test(name),
};

/** Tests and tools that read every part of a small archive they made themselves. */
export const NO_LIMITS: ZipLimits = {
  partBytes: () => 200 * MB,
  totalBytes: Number.MAX_SAFE_INTEGER,
  wanted: () => true,
};

const TRUNCATED =
  'This Word file is incomplete: it seems to have been cut off while downloading or copying. Download or copy it again, or ask the sender for a new copy.';
const DAMAGED =
  'This Word file is damaged and cannot be read. Try opening it in Word and saving a new copy, or ask the sender for it again.';
export const TOO_LARGE =
  'This Word file is too large once unpacked: its contents expand to far more than any real document, which is how a damaged or booby-trapped file looks. Open it in Word and save it as PDF, or ask the sender for a PDF copy.';

export function readZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Result<ZipEntry[]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 64 KB).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail('docx-truncated', TRUNCATED);
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return fail('docx-damaged', DAMAGED); // ZIP64: never a real .docx
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) return fail('docx-damaged', DAMAGED);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString(flags & 0x800 ? 'utf8' : 'latin1');
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) {
      return fail(
        'docx-encrypted',
        'This Word file is locked with a password. Open it in Word with the password, save a copy without one (or print it to PDF), and import that copy.',
      );
    }
    if (!limits.wanted(name)) continue;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIG) return fail('docx-damaged', DAMAGED);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return fail('docx-truncated', TRUNCATED);
    const cap = Math.min(limits.partBytes(name), limits.totalBytes - total);
    if (size > cap) return fail('docx-too-large', TOO_LARGE);
    const raw = buf.subarray(start, start + compressed);
    let data: Buffer | undefined;
    try {
      // maxOutputLength stops inflating at the cap even when the declared size lied.
      data = method === 0 ? raw : method === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) }) : undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return fail('docx-too-large', TOO_LARGE);
      return fail('docx-damaged', DAMAGED);
    }
    if (!data) return fail('docx-damaged', DAMAGED);
    if (data.length > cap) return fail('docx-too-large', TOO_LARGE);
    total += data.length;
    entries.push({ name, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
  }
  return ok(entries);
}

/** Writes entries as a stored (uncompressed) ZIP: only used to hand mammoth an adjusted copy. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

export interface CoreProperties {
  title?: string;
  creator?: string;
  lastModifiedBy?: string;
  created?: string;
  modified?: string;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** docProps/core.xml (Dublin Core): what Word shows under File › Info › Properties. */
export function readCoreProperties(xml: string): CoreProperties {
  const field = (tag: string) => {
    const m = xml.match(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`));
    const v = m ? decodeXml(m[1]!).trim() : '';
    return v || undefined;
  };
  const out: CoreProperties = {};
  for (const [key, tag] of [
    ['title', 'dc:title'],
    ['creator', 'dc:creator'],
    ['lastModifiedBy', 'cp:lastModifiedBy'],
    ['created', 'dcterms:created'],
    ['modified', 'dcterms:modified'],
  ] as const) {
    const v = field(tag);
    if (v) out[key] = v;
  }
  return out;
}

const SECTION_END = '<!--casebook-section-end-->';

/**
 * Turns the places where a new page starts into explicit page breaks mammoth understands.
 * Word records `w:lastRenderedPageBreak` where each page began when it last laid the file out
 * (ECMA-376 Part 1 §17.3.3.13), so page numbers match what the author saw; files written by other
 * tools carry only explicit breaks, `w:pageBreakBefore` on a paragraph (§17.3.1.23), and section
 * breaks (`w:sectPr` in a paragraph, new page unless `continuous`, §17.6.22). Breaks set in a
 * paragraph *style* are not followed: reading styles.xml for them is not worth the risk.
 */
export function markPageStarts(documentXml: string): string {
  const pageBreakRun = '<w:r><w:br w:type="page"/></w:r>';
  let xml = documentXml.replace(/<w:lastRenderedPageBreak\s*\/>/g, '<w:br w:type="page"/>');
  xml = xml.replace(/<w:pPr(?:\s[^>]*)?>[\s\S]*?<\/w:pPr>/g, (pPr) => {
    // A tracked formatting change nests an old pPr inside: leave such paragraphs alone.
    if (pPr.includes('<w:pPrChange')) return pPr;
    if (/<w:pageBreakBefore(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(pPr)) return pPr + pageBreakRun;
    // A section break: the next page starts after this paragraph, so mark the paragraph's end.
    if (/<w:sectPr\b/.test(pPr) && !/<w:type\s+w:val="continuous"/.test(pPr)) return pPr + SECTION_END;
    return pPr;
  });
  return xml.replace(
    new RegExp(`${SECTION_END}([\\s\\S]*?)</w:p>`, 'g'),
    (_, body: string) => `${body}${pageBreakRun}</w:p>`,
  );
}
