import type { EvidenceStatus, Recommendation } from '../../../shared/evidence.ts';
import { STATUS_GROUPS, STATUS_MEANING } from '../../../shared/evidenceWords.ts';

export interface EvidenceGroup {
  id: string;
  heading: string;
  meaning: string;
  items: Recommendation[];
}

/**
 * The findings in the order a parent should read them: what the plan leaves out, then what it
 * puts in the wrong place, then what it waters down, and what it has right last; within a group,
 * report by report in page order.
 */
export function groupFindings(recs: Recommendation[]): EvidenceGroup[] {
  const byPlace = (a: Recommendation, b: Recommendation) => a.documentId - b.documentId || a.page - b.page;
  return STATUS_GROUPS.map(({ status, heading }) => ({
    id: status,
    heading,
    meaning: STATUS_MEANING[status as EvidenceStatus],
    items: recs.filter((r) => r.status === status).sort(byPlace),
  })).filter((g) => g.items.length > 0);
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
                <button id={rowId(r.id)} type="button" className="ev-row" aria-current={r.id === currentId} onClick={() => onOpen(r.id)}>
                  <span className="sub">
                    {names.get(r.documentId) ?? r.fileName}, page {r.page}
                    {r.confirmed ? <span className="ev-checked"> · checked ✓</span> : null}
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
