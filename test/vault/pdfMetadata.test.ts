import { describe, expect, it } from 'vitest';
import { pdfFileMetadata } from '../../electron/core/importers/pdfMetadata.ts';

const today = new Date('2026-11-23T12:00:00Z');

describe('PDF Info metadata', () => {
  it.each<[string, string, string | undefined, string]>([
    // [title in the file, file name, kept title, why]
    [
      'Educational Psychology Advice for Sam',
      'ep.pdf',
      'Educational Psychology Advice for Sam',
      'a title a person typed',
    ],
    ['Microsoft Word - doc1.docx', 'ep.pdf', undefined, 'printer-driver title'],
    ['EP report final v2.docx', 'ep.pdf', undefined, 'a file name with its extension'],
    ['01-ep-report', 'x.pdf', undefined, 'a file-name slug'],
    ['Scan_0001', 'scan.pdf', undefined, "a scanner's counter"],
    ['Untitled', 'a.pdf', undefined, 'placeholder'],
    ['Report', 'report.pdf', undefined, 'the same as the file name'],
    ['  Speech and   Language Therapy Report ', 'salt.pdf', 'Speech and Language Therapy Report', 'spacing tidied'],
  ])('title %j in %s → %j (%s)', (title, fileName, kept) => {
    expect(pdfFileMetadata({ title }, fileName, today).title).toBe(kept);
  });

  it.each<[string, string | undefined]>([
    ['Dr Amelia Hart', 'Dr Amelia Hart'],
    ['Administrator', undefined],
    ['HP', undefined],
    ['user', undefined],
  ])('author %j → %j', (author, kept) => {
    expect(pdfFileMetadata({ author }, 'a.pdf', today).author).toBe(kept);
  });

  it.each<[string, string | undefined, string]>([
    ['2026-05-20', '2026-05-20', 'a real creation date'],
    ['1970-01-01', undefined, 'a clock reset to the epoch'],
    ['2031-01-01', undefined, 'in the future'],
  ])('created %s → %j (%s)', (created, kept) => {
    expect(pdfFileMetadata({ created }, 'a.pdf', today).date).toBe(kept);
  });
});
