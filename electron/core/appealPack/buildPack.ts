import { PDFDocument } from '@cantoo/pdf-lib';
import type { DocxRenderer } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import type { EvidenceMap } from '../../../shared/evidence.ts';
import type { Amendment, CaseDetails, Enclosure } from '../../../shared/papers.ts';
import { type JobOptions } from '../../../shared/progress.ts';
import { jobSteps } from '../jobSteps.ts';
import { PdfFonts } from '../pdf/fonts.ts';
import { readBlob } from '../store/blobs.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getPages, getRenditionSha, listDocuments } from '../store/documents.ts';
import { enclosureStatus, ENCLOSURES, findDocument, needed } from './findEnclosures.ts';

export interface PackInput {
  map: EvidenceMap;
  details: CaseDetails;
  childName: string;
  amendments: Amendment[];
  /** The amendments sought as Word (workdoc/amendmentsDocx.ts), turned into PDF by the renderer. */
  amendmentsDocx: Uint8Array;
  renderer?: DocxRenderer;
}

/** A document's pages as PDF: the decrypted/repaired/rendered copy when there is one, else the original. */
async function pdfOf(store: CaseStore, d: DocumentSummary, renderer?: DocxRenderer): Promise<Uint8Array | undefined> {
  const sha = getRenditionSha(store, d.documentId, 'pdf') ?? (d.sourceType === 'pdf' ? d.sha256 : undefined);
  if (sha) return readBlob(store.dir, sha);
  if (d.sourceType === 'docx' && renderer) return renderer.render(readBlob(store.dir, d.sha256), d.fileName);
  return undefined;
}

/** Reports the plan's Section K lists: the evidence map flags the ones it does not. */
function appendices(docs: DocumentSummary[], map: EvidenceMap): DocumentSummary[] {
  const notInK = map.flags.filter((f) => f.kind === 'advice-not-in-K').map((f) => f.text);
  return docs.filter((d) => d.kind === 'report' && !notInK.some((t) => t.includes(d.fileName)));
}

async function cover(doc: PDFDocument, childName: string, lines: string[]): Promise<void> {
  const fonts = new PdfFonts(doc);
  const title = `Enclosures with the SEND35 appeal form: ${childName}`;
  await fonts.prepare([title], true);
  await fonts.prepare(lines);
  const page = doc.insertPage(0, [595.28, 841.89]);
  let y = 770;
  for (const l of fonts.wrap(title, 467, 16, true)) {
    fonts.draw(page, l, 64, y, 16, { bold: true });
    y -= 22;
  }
  y -= 10;
  for (const line of lines) {
    for (const l of fonts.wrap(line, 467, 11)) {
      fonts.draw(page, l, 64, y, 11);
      y -= 16;
    }
    y -= 8;
  }
}

/**
 * The appeal pack: each enclosure SEND35 needs, found in the case (or made: the amendments
 * sought), in the form's order behind a contents page, with what is missing and why.
 */
export async function buildAppealPack(
  store: CaseStore,
  input: PackInput,
  opts: JobOptions = {},
): Promise<{ pdf: Uint8Array; enclosures: Enclosure[]; warnings: string[] }> {
  const step = jobSteps(opts);
  const docs = listDocuments(store);
  const firstPage = (id: number) => getPages(store, id)[0]?.text ?? '';
  const out = await PDFDocument.create();
  const enclosures: Enclosure[] = [];
  const warnings: string[] = [];
  const contents: string[] = [];
  const append = async (bytes: Uint8Array) => {
    const src = await PDFDocument.load(bytes, { throwOnInvalidObject: false });
    for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
  };
  for (const [i, rule] of ENCLOSURES.entries()) {
    await step(`Adding the enclosures (${i + 1} of ${ENCLOSURES.length})`, i, ENCLOSURES.length, rule.name);
    if (!needed(rule, input.details)) {
      if (rule.notNeeded) warnings.push(rule.notNeeded);
      continue;
    }
    if (rule.generated) {
      if (!input.amendments.length) {
        enclosures.push(
          enclosureStatus(
            rule,
            undefined,
            'There are no amendments yet: check the evidence map, or add your own on the working-document screen.',
          ),
        );
        continue;
      }
      if (!input.renderer) {
        enclosures.push(
          enclosureStatus(
            rule,
            undefined,
            'This computer cannot turn Word files into PDF (install LibreOffice). Write the amendments sought as Word from the working-document screen and attach it yourself.',
          ),
        );
        continue;
      }
      const start = out.getPageCount() + 2;
      await append(await input.renderer.render(input.amendmentsDocx, 'amendments-sought.docx'));
      contents.push(`${rule.name}: page ${start}`);
      enclosures.push({
        name: rule.name,
        status: 'found',
        note: `Made from ${input.amendments.length} amendment${input.amendments.length === 1 ? '' : 's'} in the working document.`,
      });
      continue;
    }
    const doc = findDocument(rule, docs, firstPage);
    const extra = rule.id === 'final-plan' && doc ? appendices(docs, input.map) : [];
    const unreadable: string[] = [];
    if (doc) {
      const start = out.getPageCount() + 2;
      for (const d of [doc, ...extra]) {
        const bytes = await pdfOf(store, d, input.renderer);
        if (bytes) await append(bytes);
        else unreadable.push(d.title);
      }
      contents.push(
        `${rule.name}: page ${start} (${doc.title}${extra.length ? ` and ${extra.length} appendices` : ''})`,
      );
    } else contents.push(`${rule.name}: MISSING`);
    if (unreadable.length)
      warnings.push(`Could not add as PDF (install LibreOffice, or import a PDF copy): ${unreadable.join('; ')}.`);
    const note = extra.length ? `With ${extra.length} appendices: ${extra.map((d) => d.title).join('; ')}.` : undefined;
    enclosures.push(enclosureStatus(rule, doc, note));
  }
  const kMissing = input.map.flags.filter((f) => f.kind === 'K-entry-not-in-case').map((f) => f.text);
  if (kMissing.length)
    warnings.push(
      `Section K lists advice that is not in the case, so it is not in the pack: ${kMissing.join('; ')}. The tribunal expects the plan with all its appendices.`,
    );
  const missing = enclosures.filter((e) => e.status === 'missing');
  if (missing.length)
    warnings.unshift(
      `An appeal sent without its enclosures is returned and has not started. Missing: ${missing.map((e) => e.name).join('; ')}.`,
    );
  await step('Writing the pack');
  await cover(out, input.childName, contents);
  return { pdf: await out.save(), enclosures, warnings };
}
