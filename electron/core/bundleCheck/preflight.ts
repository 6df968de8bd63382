import type { BundleOptions } from '../../../shared/bundle.ts';
import type { PreflightProblem } from '../../../shared/bundleCheck.ts';
import { ok, type Result } from '../../../shared/result.ts';
import { gatherBuildInputs } from '../bundle/gatherInputs.ts';
import { planFromInputs } from '../bundle/planBundle.ts';
import type { CaseStore } from '../store/caseStore.ts';

const WORKING_DOCUMENT = /working document/i;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The family's own bundle before it is sent, on the same rules the LA's is checked against
 * (PD 1/2025): every document dated and in date order within its section, every page with
 * searchable text, expert reports and sections within their limits, the working document at
 * most 25 pages. It reads the plan the build would start from, so documents marked not for the
 * tribunal (left out of the bundle) are not checked.
 */
export function preflightBundle(store: CaseStore, options: BundleOptions): Result<PreflightProblem[]> {
  const inputs = gatherBuildInputs(store, options);
  if (!inputs.ok) return inputs;
  const planned = planFromInputs(inputs.value);
  if (!planned.ok) return planned;
  const { plan } = planned.value;
  const problems: PreflightProblem[] = [];
  for (const s of plan.sections) {
    for (const d of s.documents) {
      const name = d.title || d.fileName;
      if (!d.date)
        problems.push({
          code: 'undated',
          message: `"${name}" has no date. Add its date, so it can go in date order and the tribunal can see how recent it is.`,
          documentIds: [d.documentId],
          section: s.letter,
        });
      const blank = (inputs.value.pages.get(d.documentId) ?? []).filter((p) => !p.text.trim()).map((p) => p.page);
      if (blank.length) {
        problems.push({
          code: 'no-text-layer',
          message: `"${name}" has ${plural(blank.length, 'page')} with no readable text (page${blank.length > 1 ? 's' : ''} ${blank.join(', ')}): scans Casebook could not read. The practice direction asks for a text-searchable bundle; scan ${blank.length > 1 ? 'them' : 'it'} again more clearly, or check ${blank.length > 1 ? 'they are' : 'it is'} meant to be blank.`,
          documentIds: [d.documentId],
          section: s.letter,
        });
      }
    }
    const dated = s.documents.filter((d) => d.date);
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1]!, dated[i]!];
      if (b.date! < a.date!) {
        problems.push({
          code: 'date-order',
          message: `In section ${s.letter}, "${b.title || b.fileName}" (${b.date}) comes after "${a.title || a.fileName}" (${a.date}). The practice direction puts evidence in date order within each section.`,
          documentIds: [a.documentId, b.documentId],
          section: s.letter,
        });
      }
    }
  }
  for (const w of plan.warnings) {
    if (w.code === 'document-rule')
      problems.push({ code: 'document-rule', message: w.message, documentIds: w.documentIds });
    if (w.code === 'page-limit' || w.code === 'total-page-limit') {
      const section = plan.sections.find((s) => s.letter === w.section);
      const working = section && WORKING_DOCUMENT.test(section.title);
      problems.push({
        code: working ? 'working-document-length' : 'page-limit',
        message: w.message,
        documentIds: w.documentIds,
        ...(w.section ? { section: w.section } : {}),
      });
    }
  }
  // A working document filed anywhere else is still held to its 25 pages (PD 1/2025).
  for (const s of plan.sections.filter((x) => !WORKING_DOCUMENT.test(x.title))) {
    for (const d of s.documents.filter((x) => WORKING_DOCUMENT.test(x.title) && x.pages > 25)) {
      problems.push({
        code: 'working-document-length',
        message: `"${d.title}" has ${d.pages} pages; the working document may have at most 25 (PD 1/2025).`,
        documentIds: [d.documentId],
        section: s.letter,
      });
    }
  }
  return ok(problems);
}
