import { PDFHexString, PDFName, type PDFDocument, type PDFDict, type PDFRef } from '@cantoo/pdf-lib';

export interface Bookmark {
  title: string;
  target: PDFRef;
  children?: Bookmark[];
}

/**
 * Writes the outline (PDF 32000-1 §12.3.3): top-level entries (cover, index, each section) with
 * the section's documents under them, each opening its first page. Sections start open.
 */
export function addBookmarks(doc: PDFDocument, items: Bookmark[]): void {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const build = (list: Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } | undefined => {
    if (list.length === 0) return undefined;
    const refs = list.map(() => ctx.nextRef());
    let count = 0;
    list.forEach((b, i) => {
      const dict: Record<string, unknown> = {
        Title: PDFHexString.fromText(b.title),
        Parent: parent,
        Dest: [b.target, 'Fit'],
      };
      if (i > 0) dict.Prev = refs[i - 1];
      if (i < list.length - 1) dict.Next = refs[i + 1];
      const kids = build(b.children ?? [], refs[i]!);
      if (kids) {
        dict.First = kids.first;
        dict.Last = kids.last;
        dict.Count = kids.count;
        count += kids.count;
      }
      count += 1;
      ctx.assign(refs[i]!, ctx.obj(dict as never) as unknown as PDFDict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = build(items, rootRef);
  if (!top) return;
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
