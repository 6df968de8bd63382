import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import sharp from 'sharp';

/**
 * Writes a ZIP whose entries are deflated (as Word writes them), with the size each entry
 * declares chosen by the test: a zip bomb may state its real size or lie about it.
 */
type Entry =
  | { name: string; data: Buffer; declaredSize?: number }
  | { name: string; packed: Buffer; size: number; crc: number; declaredSize?: number };

export function deflatedZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = 'packed' in e ? e.packed : deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? ('packed' in e ? e.size : e.data.length);
    const crc = 'packed' in e ? e.crc : crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** Deflates `head`, then `chunk` `times` times, then `tail`, streaming: the inflated size never sits in memory. */
async function deflateRepeated(
  head: Buffer,
  chunk: Buffer,
  times: number,
  tail: Buffer,
): Promise<{ packed: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise((r) => z.on('end', r));
  const write = (b: Buffer) => new Promise<void>((r) => (z.write(b) ? r() : z.once('drain', () => r())));
  let crc = crc32(head);
  await write(head);
  const block = Buffer.concat(Array.from({ length: 1024 }, () => chunk));
  let left = times;
  while (left > 0) {
    const n = Math.min(1024, left);
    const b = n === 1024 ? block : block.subarray(0, n * chunk.length);
    crc = crc32(b, crc);
    await write(b);
    left -= n;
  }
  crc = crc32(tail, crc);
  z.end(tail);
  await ended;
  return { packed: Buffer.concat(out), size: head.length + times * chunk.length + tail.length, crc };
}

/**
 * A Word file of a few hundred KB whose document.xml unpacks to `mb` megabytes: one paragraph
 * repeated, which deflate squeezes about a thousand to one. Made by streaming, so making it costs
 * little memory (the bench measures the import's peak, not the fixture's).
 */
export async function docxBomb(mb: number, opts: { lie?: boolean } = {}): Promise<Buffer> {
  const para = Buffer.from('<w:p><w:r><w:t>All work and no play makes a dull report.</w:t></w:r></w:p>');
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  );
  const tail = Buffer.from('</w:body></w:document>');
  const xml = await deflateRepeated(head, para, Math.ceil((mb * 1024 * 1024) / para.length), tail);
  return deflatedZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'word/document.xml', ...xml, ...(opts.lie ? { declaredSize: 4096 } : {}) },
  ]);
}

/** A real Word file with one picture, then edited so the picture is linked (r:link) to `target`. */
export async function docxWithLinkedPicture(targets: string[]): Promise<Buffer> {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } })
    .png()
    .toBuffer();
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Report with a linked picture.'),
          ...targets.map(
            () =>
              new Paragraph({
                children: [new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 30 } })],
              }),
          ),
          new Paragraph('End of report.'),
        ],
      },
    ],
  });
  const { readZip, writeZip, NO_LIMITS } = await import('../../electron/core/importers/docxPackage.ts');
  const zip = readZip(new Uint8Array(await Packer.toBuffer(doc)), NO_LIMITS);
  if (!zip.ok) throw new Error(zip.message);
  let n = 0;
  const entries = zip.value.map((e) => {
    const text = Buffer.from(e.data).toString('utf8');
    if (e.name === 'word/_rels/document.xml.rels') {
      // Every picture relationship now points outside the file.
      const edited = text.replace(
        /<Relationship ([^>]*Type="[^"]*\/image"[^>]*?)Target="[^"]*"\s*\/>/g,
        (_all, attrs: string) => {
          const target = targets[n++ % targets.length]!;
          return `<Relationship ${attrs}Target="${target}" TargetMode="External"/>`;
        },
      );
      return { name: e.name, data: new Uint8Array(Buffer.from(edited)) };
    }
    if (e.name === 'word/document.xml') {
      const field = targets
        .map(
          (t) =>
            `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r><w:r><w:instrText xml:space="preserve">PICTURE "${t}" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>picture</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
        )
        .join('');
      const edited = text.replace(/r:embed=/g, 'r:link=');
      const withField = edited.includes('<w:sectPr')
        ? edited.replace(/<w:sectPr/, `${field}<w:sectPr`)
        : edited.replace('</w:body>', `${field}</w:body>`);
      return { name: e.name, data: new Uint8Array(Buffer.from(withField)) };
    }
    return e;
  });
  return Buffer.from(writeZip(entries));
}
