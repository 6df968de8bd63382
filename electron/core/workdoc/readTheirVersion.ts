import mammoth from 'mammoth';
import type { SectionId } from '../../../shared/evidence.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import { sectionHeading } from '../evidence/sectionHeadings.ts';
import { readZip } from '../importers/docxPackage.ts';
import type { MammothDocument, MammothElement } from '../importers/docxWalk.ts';
import type { Mark, Span, WdBlock, WdLayout } from './layout.ts';

interface RunElement extends MammothElement {
  isItalic?: boolean;
  isStrikethrough?: boolean;
  isUnderline?: boolean;
}

/** A run's typeface read back as the key: the marks the LA (or the family before) made. */
function markOf(r: RunElement): Mark {
  const strike = Boolean(r.isStrikethrough);
  if (r.isUnderline) return strike ? 'agreed-delete' : 'agreed';
  if (r.isItalic) return strike ? 'la-delete' : 'la-insert';
  if (r.isBold) return strike ? 'delete' : 'insert';
  return strike ? 'la-delete' : 'plan';
}

class Reader {
  readonly footnotes: string[] = [];
  constructor(private doc: MammothDocument) {}

  private noteText(el: MammothElement): string {
    const body = this.doc.notes?.resolve(el)?.body ?? [];
    return body
      .map((p) =>
        this.spans(p)
          .map((s) => s.text)
          .join(''),
      )
      .join(' ')
      .trim();
  }

  /** A paragraph's runs with their marks; their footnotes are kept, renumbered in order. */
  spans(el: MammothElement, mark: Mark = 'plan'): Span[] {
    const out: Span[] = [];
    for (const c of el.children ?? []) {
      if (c.type === 'text') {
        const last = out.at(-1);
        if (last && last.mark === mark && last.footnote === undefined) last.text += c.value ?? '';
        else out.push({ text: c.value ?? '', mark });
      } else if (c.type === 'tab' || c.type === 'break') out.push({ text: ' ', mark });
      else if (c.type === 'noteReference') {
        this.footnotes.push(this.noteText(c));
        if (!out.length) out.push({ text: '', mark });
        out.at(-1)!.footnote = this.footnotes.length;
      } else if (c.type === 'run') out.push(...this.spans(c, markOf(c as RunElement)));
      else out.push(...this.spans(c, mark));
    }
    return out.filter((s) => s.text || s.footnote);
  }
}

/**
 * Reads a working document sent back as Word (the LA's, or the family's own earlier version):
 * every paragraph and table row with its runs' typefaces, from the first section heading on
 * (their title, header and key are replaced by ours). Nothing of theirs is dropped or re-marked.
 */
/**
 * Word's tracked changes are not the tribunal's key: mammoth keeps their insertions as plain text
 * and drops their deletions, so the marks would be lost. Say so rather than guess.
 */
export function usesTrackChanges(bytes: Uint8Array): boolean {
  const entries = readZip(bytes);
  const doc = entries.ok ? entries.value.find((e) => e.name === 'word/document.xml') : undefined;
  return doc ? /<w:(ins|del)\b/.test(Buffer.from(doc.data).toString('utf8')) : false;
}

export async function readTheirVersion(bytes: Uint8Array): Promise<Result<WdLayout>> {
  let doc: MammothDocument | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (d: MammothDocument) => {
          doc = d;
          return d;
        },
      },
    );
  } catch {
    return fail(
      'workdoc-unreadable',
      'That Word file could not be read. Open it in Word, save a fresh copy as .docx, and try again.',
    );
  }
  if (!doc)
    return fail(
      'workdoc-unreadable',
      'That Word file could not be read. Open it in Word, save a fresh copy as .docx, and try again.',
    );
  const reader = new Reader(doc);
  const blocks: WdBlock[] = [];
  let section: SectionId | undefined;
  const visit = (els: MammothElement[]) => {
    for (const el of els) {
      if (el.type === 'paragraph') {
        const runs = reader.spans(el);
        const text = runs
          .map((s) => s.text)
          .join('')
          .trim();
        if (!text) continue;
        const opens = sectionHeading(text, el.styleName?.toLowerCase().startsWith('heading') ?? false);
        if (opens && text.length < 160) {
          section = opens;
          blocks.push({ kind: 'heading', section, runs });
        } else if (section) blocks.push({ kind: 'para', section, runs });
      } else if (el.type === 'table') {
        for (const rowEl of el.children ?? []) {
          const cells = (rowEl.children ?? []).map((cellEl) =>
            (cellEl.children ?? []).flatMap((p, i) => [
              ...(i > 0 ? [{ text: ' ', mark: 'plan' as const }] : []),
              ...reader.spans(p),
            ]),
          );
          const first =
            cells[0]
              ?.map((s) => s.text)
              .join('')
              .trim() ?? '';
          // Plans often put section headings in a table's first cell: such a row opens the section.
          const opens = first.length < 160 ? sectionHeading(first, true) : undefined;
          if (
            opens &&
            cells.slice(1).every(
              (c) =>
                !c
                  .map((s) => s.text)
                  .join('')
                  .trim(),
            )
          ) {
            section = opens;
            blocks.push({ kind: 'heading', section, runs: cells[0]! });
          } else if (section && cells.some((c) => c.length)) blocks.push({ kind: 'row', section, runs: [], cells });
        }
      } else visit(el.children ?? []);
    }
  };
  visit(doc.children ?? []);
  if (!blocks.length)
    return fail(
      'workdoc-no-sections',
      'No EHC plan section headings (such as "Section F") were found in that Word file, so it cannot be used as the working document.',
    );
  return ok({ blocks, footnotes: reader.footnotes });
}
