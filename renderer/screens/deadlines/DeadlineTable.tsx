import { PARTY_LABELS, type TimelineDeadline } from '../../../shared/deadlines.ts';
import { formatDate } from '../../format.ts';
import { DeadlineStatus } from './DeadlineStatus.tsx';
import { isProvisional } from './provisional.ts';
import { MissedNote } from './UpcomingDeadlines.tsx';

/** Every deadline with its status, who must act, and why this date (rule, source, reasoning). */
export function DeadlineTable({ deadlines, caseDir }: { deadlines: TimelineDeadline[]; caseDir?: string }) {
  if (deadlines.length === 0) {
    return <p className="empty">No deadlines yet: they appear as soon as you record the events that start them.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="dl-table">
        <caption className="visually-hidden">Deadlines, earliest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Deadline</th>
            <th scope="col">Who must act</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr
              key={`${d.rule}-${d.startedBy.eventId ?? ''}-${d.startedBy.orderId ?? ''}-${d.startedBy.documentId ?? ''}`}
            >
              <td className="nowrap">{formatDate(d.date)}</td>
              <td>
                <strong>{d.title}</strong>
                {isProvisional(d) ? <span className="dl-provisional-tag">Provisional</span> : null}
                <details>
                  <summary>Why this date</summary>
                  <p className="dl-basis">{d.basis}.</p>
                  <p className="dl-basis">{d.ruleText}</p>
                  <p className="dl-source">Source: {d.source}</p>
                </details>
                {d.warnings.map((w) => (
                  <p key={w} className="dl-warning">
                    {w}
                  </p>
                ))}
                {d.status === 'missed' ? <MissedNote d={d} {...(caseDir ? { caseDir } : {})} /> : null}
              </td>
              <td>{PARTY_LABELS[d.who]}</td>
              <td>
                <DeadlineStatus d={d} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
