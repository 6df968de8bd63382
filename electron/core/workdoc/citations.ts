import type { Recommendation } from '../../../shared/evidence.ts';
import type { Citation } from '../../../shared/papers.ts';
import { PROFESSIONS } from '../importers/professions.ts';
import { labelForPage, listBundleVersions } from '../store/bundle.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getDocument } from '../store/documents.ts';

/** "Dr Ruth Okafor" → "Okafor": footnotes cite surnames, as court bundles do. */
function surname(author: string): string {
  const words = author
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.at(-1) ?? author;
}

/** "Educational Psychologist" → "EP": the profession's usual short form, else as written. */
function shortProfession(profession: string): string {
  const p = PROFESSIONS.find((x) => x.canonical.toLowerCase() === profession.toLowerCase());
  return p?.abbreviations?.[0] ?? profession;
}

/** 2026-05-12 → 12/05/2026 (the form tribunal footnotes use). */
const ukDate = (iso: string | undefined): string =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : 'undated';

/**
 * The bundle version citations use: the latest full hearing bundle, since a party's evidence
 * pack numbers its pages differently; the latest pack only when no full bundle was built.
 */
export function citedBundleVersion(store: CaseStore): number | null {
  const versions = listBundleVersions(store);
  return (versions.filter((v) => v.pack === null).at(-1) ?? versions.at(-1))?.version ?? null;
}

export interface Citer {
  cite(rec: Pick<Recommendation, 'documentId' | 'page' | 'paragraph' | 'fileName'>): Citation;
  bundleVersion: number | null;
  /** Documents cited by their own page because the latest bundle does not hold them. */
  uncited: Set<string>;
}

/**
 * Cites evidence by the latest bundle's page labels ("Okafor, EP, 12/05/2026, B14 para 5"), so
 * writing the document again after a rebuild updates every citation. A document not in that
 * bundle (or no bundle at all) is cited by its own page, and the caller warns.
 */
export function createCiter(store: CaseStore): Citer {
  const bundleVersion = citedBundleVersion(store);
  const uncited = new Set<string>();
  return {
    bundleVersion,
    uncited,
    cite(rec) {
      const doc = getDocument(store, rec.documentId);
      const author = doc?.author ? surname(doc.author) : (doc?.title ?? rec.fileName);
      const profession = doc?.profession ? shortProfession(doc.profession) : '';
      const date = ukDate(doc?.date);
      const label = bundleVersion ? labelForPage(store, rec.documentId, rec.page, bundleVersion) : undefined;
      if (!label) uncited.add(doc?.title ?? rec.fileName);
      const where = label ?? `p. ${rec.page}`;
      const para = rec.paragraph ? ` para ${rec.paragraph}` : '';
      const text = [author, profession, date, `${where}${para}`].filter(Boolean).join(', ');
      return {
        documentId: rec.documentId,
        author,
        profession,
        date,
        ...(label ? { label } : {}),
        page: rec.page,
        ...(rec.paragraph ? { paragraph: rec.paragraph } : {}),
        text,
      };
    },
  };
}
