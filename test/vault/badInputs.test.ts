import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/core/importers/docxPackage.ts';
import { importPaths, MAX_FILE_BYTES } from '../../electron/core/importers/importFiles.ts';
import { checkCase } from '../../electron/core/store/check.ts';
import { getPages, listDocuments } from '../../electron/core/store/documents.ts';
import type { ImportOutcome } from '../../shared/documents.ts';
import { caseFolder } from '../fixtures/caseFiles/index.ts';
import { tempCase, tempDir } from '../helpers/tempCase.ts';

// The fictional case the tests make (test/fixtures/caseFiles): its reports, plan, letters and email.
const FIXTURES = await caseFolder();

/**
 * A compound file (MS-CFB v3) as Office writes a password-protected .docx: streams
 * "EncryptionInfo" and "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.10, agile encryption). The
 * contents are placeholders; the container, directory and sector chains are real.
 */
function passwordProtectedDocx(): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const streams = [
    {
      name: 'EncryptionInfo',
      data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.alloc(4088, 0x20)]),
    },
    { name: 'EncryptedPackage', data: randomBytes(4096) },
  ];
  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff: our streams live in normal sectors
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(END, 68);
  for (let i = 76; i < SECTOR; i += 4) header.writeUInt32LE(FREE, i);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(END, 4);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, right = FREE, child = FREE) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1;
    dir.writeUInt32LE(FREE, at + 68);
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END, 0, FREE, 1);
  let sector = 2;
  const starts = streams.map((s) => {
    const start = sector;
    const count = s.data.length / SECTOR;
    for (let k = 0; k < count; k++) fat.writeUInt32LE(k === count - 1 ? END : sector + k + 1, (sector + k) * 4);
    sector += count;
    return start;
  });
  entry(1, streams[0]!.name, 2, starts[0]!, streams[0]!.data.length, 2);
  entry(2, streams[1]!.name, 2, starts[1]!, streams[1]!.data.length);
  for (let i = 3; i < 4; i++) {
    dir.writeUInt32LE(FREE, i * 128 + 68);
    dir.writeUInt32LE(FREE, i * 128 + 72);
    dir.writeUInt32LE(FREE, i * 128 + 76);
  }
  return Buffer.concat([header, fat, dir, ...streams.map((s) => s.data)]);
}

/** Each bad input: how to make it, and the words its own reason must contain. */
const BAD: { name: string; file: string; make: (path: string) => void; reason: RegExp }[] = [
  { name: 'a zero-byte file', file: 'empty.pdf', make: (p) => writeFileSync(p, ''), reason: /empty \(0 bytes\)/ },
  {
    name: 'a text file renamed .pdf',
    file: 'notes.pdf',
    make: (p) => writeFileSync(p, 'Meeting notes\nAsk about Section F.\n'),
    reason: /named as a PDF.*plain text/,
  },
  {
    name: 'a PDF cut off after 2 KB',
    file: 'cut-off.pdf',
    make: (p) => writeFileSync(p, readFileSync(join(FIXTURES, '01-ep-report.pdf')).subarray(0, 2048)),
    reason: /incomplete/,
  },
  {
    name: 'random bytes named .docx',
    file: 'random.docx',
    make: (p) => writeFileSync(p, randomBytes(4096)),
    reason: /named as a Word document.*not in that format/,
  },
  {
    name: 'a ZIP that is not a Word file',
    file: 'photos.docx',
    make: (p) => writeFileSync(p, writeZip([{ name: 'holiday/notes.txt', data: Buffer.from('not a document') }])),
    reason: /ZIP archive, not a Word document/,
  },
  {
    name: 'a Word file cut off half way',
    file: 'half-plan.docx',
    make: (p) => {
      const b = readFileSync(join(FIXTURES, '05-final-ehcp.docx'));
      writeFileSync(p, b.subarray(0, b.length / 2));
    },
    reason: /Word file is incomplete/,
  },
  {
    // Saved as "Word 97–2003" by LibreOffice from the fixture plan (test/fixtures/caseFiles).
    name: 'an old Word 97 .doc',
    file: 'old-plan.doc',
    make: (p) => copyFileSync(join(import.meta.dirname, 'fixtures/old-word-97.doc'), p),
    reason: /old-style Word \(\.doc\)/,
  },
  {
    name: 'a password-protected .docx',
    file: 'locked.docx',
    make: (p) => writeFileSync(p, passwordProtectedDocx()),
    reason: /locked with a password/,
  },
  {
    name: 'a file over the size limit (sparse, never read)',
    file: 'video.pdf',
    make: (p) => {
      const fd = openSync(p, 'w');
      ftruncateSync(fd, MAX_FILE_BYTES + 1);
      closeSync(fd);
    },
    reason: new RegExp(`larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB`),
  },
  { name: 'a path that does not exist', file: 'missing/nowhere.pdf', make: () => {}, reason: /File not found/ },
];

describe('bad inputs among good ones, into a case that already holds a document', () => {
  const c = tempCase();
  const { dir, cleanup } = tempDir();
  let outcomes: ImportOutcome[] = [];
  let before: { id: number; pages: string[] };
  const GOOD = [join(FIXTURES, '05-final-ehcp.docx'), join(FIXTURES, '04-social-care-assessment.pdf')];

  beforeAll(async () => {
    const [first] = await importPaths(c.store, [join(FIXTURES, '03-ot-report.pdf')]);
    before = { id: first!.documentId!, pages: getPages(c.store, first!.documentId!).map((p) => p.text) };
    for (const b of BAD) b.make(join(dir, b.file));
    // Bad files first, between and after the good ones: none may stop the rest.
    const paths = BAD.map((b) => join(dir, b.file));
    outcomes = await importPaths(c.store, [...paths.slice(0, 5), GOOD[0]!, ...paths.slice(5), GOOD[1]!]);
  }, 180_000);

  afterAll(() => {
    cleanup();
    c.close();
  });

  it.each(BAD)('rejects $name with its own reason', ({ file, reason }) => {
    const outcome = outcomes.find((o) => o.path === join(dir, file));
    expect(outcome?.status).toBe('rejected');
    expect(outcome?.reason).toMatch(reason);
  });

  it('gives every bad file a different reason', () => {
    const reasons = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason);
    expect(reasons).toHaveLength(BAD.length);
    expect(new Set(reasons).size).toBe(BAD.length);
  });

  it('still imports the good files in the same call', () => {
    expect(outcomes.filter((o) => o.status === 'imported').map((o) => o.path)).toEqual(GOOD);
    expect(listDocuments(c.store).map((d) => d.fileName)).toEqual([
      '03-ot-report.pdf',
      '05-final-ehcp.docx',
      '04-social-care-assessment.pdf',
    ]);
  });

  it('leaves the document stored before untouched and the case consistent', () => {
    expect(getPages(c.store, before.id).map((p) => p.text)).toEqual(before.pages);
    const report = checkCase(c.store);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
