import type { EvidenceStatus, Recommendation } from '../../../shared/evidence.ts';
import { STATUS_GROUPS, STATUS_MEANING } from '../../../shared/evidenceWords.ts';
import { StatusChip } from './StatusChip.tsx';

export interface EvidenceGroup {
  id: string;
  heading: string;
  meaning: string;
  items: Recommendation[];
}

/** The group of findings Casebook is unsure of: first, so they are never read as fact. */
export const CHECK_GROUP = 'check';

/**
 * The findings in the order a parent should read them: those Casebook is unsure of ("Please
 * check"), then what the plan leaves out, puts in the wrong place or waters down, and what it
 * has right last; within a group, report by report in page order.
 */
export function groupFindings(recs: Recommendation[]): EvidenceGroup[] {
  const byPlace = (a: Recommendation, b: Recommendation) => a.documentId - b.documentId || a.page - b.page;
  const sure = recs.filter((r) => !r.needsCheck);
  return [
    {
      id: CHECK_GROUP,
      heading: 'Please check',
      meaning: 'Casebook is not sure of these. Read each against the report’s own words before relying on it.',
      items: recs.filter((r) => r.needsCheck).sort(byPlace),
    },
    ...STATUS_GROUPS.map(({ status, heading }) => ({
      id: status,
      heading,
      meaning: STATUS_MEANING[status as EvidenceStatus],
      items: sure.filter((r) => r.status === status).sort(byPlace),
    })),
  ].filter((g) => g.items.length > 0);
}

/** The grouped list on the left of the map; each row opens the finding beside it. */
export function EvidenceList({
  groups,
  currentId,
  rowId,
  names,
  onOpen,
}: {
  groups: EvidenceGroup[];
  currentId: string | undefined;
  rowId: (recId: string) => string;
  names: Map<number, string>;
  onOpen: (recId: string) => void;
}) {
  return (
    <div className="ev-list" role="region" aria-label="Recommendations, most serious first">
      {groups.map((g) => (
        <section key={g.id} className="ev-group" data-group={g.id} aria-labelledby={`ev-group-${g.id}`}>
          <h3 id={`ev-group-${g.id}`} className="ev-group-h">
            {g.heading} <span className="ev-count">({g.items.length})</span>
          </h3>
          <p className="ev-group-meaning">{g.meaning}</p>
          <ul aria-labelledby={`ev-group-${g.id}`}>
            {g.items.map((r) => (
              <li key={r.id}>
                <button
                  id={rowId(r.id)}
                  type="button"
                  className="ev-row"
                  aria-current={r.id === currentId}
                  onClick={() => onOpen(r.id)}
                >
                  {g.id === CHECK_GROUP ? <StatusChip status={r.status} confirmed={r.confirmed} /> : null}
                  <span className="sub">
                    {names.get(r.documentId) ?? r.fileName}, page {r.page}
                    {r.changedSinceChecked ? (
                      ' · changed since you checked it'
                    ) : r.confirmed ? (
                      <span className="ev-checked"> · checked ✓</span>
                    ) : null}
                  </span>
                  <span className="ev-text">{r.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
