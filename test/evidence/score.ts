import type { EvidenceMap, Recommendation } from '../../shared/evidence.ts';
import { normalise } from '../../electron/core/evidence/text.ts';

export interface KeyItem {
  id: string;
  document: string;
  kind: string;
  text: string;
  status: string;
  section: string | null;
  notes?: string;
}

// Letters and digits only: OCR glues words ("Ateaching assistant") and the match must survive it.
const key = (s: string) =>
  normalise(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The extracted recommendation that is this key item: same document, one text begins the other. */
export function findKeyed<R extends Pick<Recommendation, 'text'>>(
  recs: R[],
  k: KeyItem,
  fileOf: (r: R) => string,
): R | undefined {
  return recs.find(
    (x) =>
      fileOf(x) === k.document &&
      (key(x.text).includes(key(k.text).slice(0, 60)) || key(k.text).includes(key(x.text).slice(0, 60))),
  );
}

/**
 * Scores a map against an answer key: found, right status, right section, extras not in the key.
 * `pairs` and `extras` let a report (the evaluation harness) show each miss in full.
 */
export function score(
  map: Pick<EvidenceMap, 'recommendations'>,
  expected: KeyItem[],
  fileOf: (r: EvidenceMap['recommendations'][number]) => string = (r) => r.fileName,
) {
  let found = 0;
  let status = 0;
  let section = 0;
  const matched = new Set<string>();
  const wrong: string[] = [];
  const pairs: { key: KeyItem; found: Recommendation | undefined }[] = [];
  for (const k of expected) {
    const r = findKeyed(map.recommendations, k, fileOf);
    pairs.push({ key: k, found: r });
    if (!r) {
      wrong.push(`${k.id}: not found`);
      continue;
    }
    matched.add(r.id);
    found++;
    if (r.status === k.status) status++;
    else wrong.push(`${k.id}: status ${r.status}, expected ${k.status}`);
    if (r.section === k.section) section++;
    else wrong.push(`${k.id}: section ${r.section}, expected ${k.section}`);
  }
  const extras = map.recommendations.filter((r) => !matched.has(r.id));
  const extra = extras.length;
  const n = expected.length;
  return {
    found: found / n,
    status: status / n,
    section: section / n,
    extra,
    precision: found / Math.max(1, found + extra),
    wrong,
    pairs,
    extras,
  };
}
