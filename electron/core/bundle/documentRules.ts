import type { BundleWarning, DocumentRule } from '../../../shared/bundle.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';

/** What a rule needs to know about one document. */
export interface RuleSubject {
  doc: Pick<DocumentSummary, 'documentId' | 'title' | 'fileName' | 'kind' | 'pages' | 'date'>;
  /** Page text (1-based page numbers), read only when a rule needs it. */
  pageText: (page: number) => string;
}

const matches = (pattern: string | undefined, s: RuleSubject) =>
  pattern !== undefined && new RegExp(pattern, 'im').test(`${s.doc.title}\n${s.doc.fileName}`);

export function ruleApplies(rule: DocumentRule, s: RuleSubject): boolean {
  if (rule.kinds && !rule.kinds.includes(s.doc.kind)) return false;
  if (rule.titlePattern !== undefined && !matches(rule.titlePattern, s)) return false;
  if (matches(rule.notTitlePattern, s)) return false;
  return true;
}

/** The day a document dated `date` turns `years` old (ISO strings compare as dates). */
export function anniversary(date: string, years: number): string {
  const [y, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${String(y + Math.floor(years)).padStart(4, '0')}${rest}`;
}

/** Why a document breaks a rule, or undefined when it does not (or the rule cannot be checked). */
export function breach(rule: DocumentRule, s: RuleSubject, today: string): string | undefined {
  const { doc } = s;
  if (rule.maxPages !== undefined && doc.pages > rule.maxPages) {
    return `"${doc.title}" has ${doc.pages} pages; the limit is ${rule.maxPages}.`;
  }
  if (rule.maxAgeYears !== undefined && doc.date) {
    // "No more than 3 years old": exactly 3 years on the day is still within the rule.
    if (anniversary(doc.date, rule.maxAgeYears) < today) {
      return `"${doc.title}" is dated ${doc.date}, more than ${rule.maxAgeYears} years before ${today}.`;
    }
  }
  if (rule.summaryPattern !== undefined) {
    const within = Math.min(doc.pages, rule.summaryWithinPages ?? doc.pages);
    const re = new RegExp(rule.summaryPattern, 'im');
    let found = false;
    let anyText = false;
    for (let p = 1; p <= within && !found; p++) {
      const text = s.pageText(p);
      anyText ||= text.trim().length > 0;
      found = re.test(text);
    }
    // No text at all (an unread scan) cannot show a summary is missing: say nothing.
    if (!found && anyText)
      return `"${doc.title}" has no executive summary in its first ${within} page${within === 1 ? '' : 's'}.`;
  }
  return undefined;
}

/**
 * Flags documents that break a profile's document rules (PD 1/2025: expert reports ≤ 15 pages
 * with a ≤ 2-page executive summary and ≤ 3 years old; witness statements ≤ 10 pages).
 * `today` is the hearing date when known, since age is judged at the hearing.
 */
export function checkDocumentRules(rules: DocumentRule[], subjects: RuleSubject[], today: string): BundleWarning[] {
  const warnings: BundleWarning[] = [];
  for (const s of subjects) {
    for (const rule of rules) {
      if (!ruleApplies(rule, s)) continue;
      const why = breach(rule, s, today);
      if (why)
        warnings.push({
          code: 'document-rule',
          message: `${rule.label}: ${why} (${rule.source})`,
          documentIds: [s.doc.documentId],
        });
    }
  }
  return warnings;
}
