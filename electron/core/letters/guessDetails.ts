import { monthNumber } from '../../../shared/deadlineWords.ts';
import { z } from 'zod';
import type { CaseDetailsView } from '../../../shared/papers.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { getPages, listDocuments } from '../store/documents.ts';
import patternsJson from './detailPatterns.json' with { type: 'json' };

const Patterns = z.object({
  details: z.array(z.object({ key: z.string(), kinds: z.array(z.string()), pattern: z.string() })),
});
const PATTERNS = Patterns.parse(patternsJson).details.map((d) => ({ ...d, re: new RegExp(d.pattern, 'imu') }));

/** "14 March 2016" or "14/03/2016" → 2016-03-14; anything else is not a date. */
function isoDate(text: string): string | undefined {
  const long = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  const short = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [d, m, y] = long
    ? [Number(long[1]), monthNumber(long[2]!), long[3]]
    : short
      ? [Number(short[1]), Number(short[2]), short[3]]
      : [0, 0, ''];
  if (!d || m < 1 || m > 12) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Details read from the case's documents (newest first), for fields the user has not filled in:
 * the plan's front page and the LA's letters. Each guess says which document it came from.
 */
export function guessDetails(store: CaseStore): CaseDetailsView['guessed'] {
  const docs = listDocuments(store).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const out: CaseDetailsView['guessed'] = {};
  for (const p of PATTERNS) {
    for (const d of docs.filter((x) => p.kinds.includes(x.kind))) {
      const text = getPages(store, d.documentId)
        .slice(0, 2)
        .map((pg) => pg.text)
        .join('\n');
      const m = p.re.exec(text);
      const raw = m?.[1]?.trim();
      const value = raw && p.key === 'dateOfBirth' ? isoDate(raw) : raw;
      if (value) {
        out[p.key] = { value, source: d.title };
        break;
      }
    }
  }
  return out;
}
